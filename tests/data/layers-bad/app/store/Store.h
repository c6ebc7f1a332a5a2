#pragma once

#include "domain/Money.h"

class Store
{
};
