#pragma once

// yuanText() lives in the domain: finance's sentences format amounts the same way as tables.
#include "domain/YuanText.h"
