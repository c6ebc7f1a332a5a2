#pragma once

#include "Money.h"
#include "store/Store.h"

struct Price
{
    Money amount;
};
