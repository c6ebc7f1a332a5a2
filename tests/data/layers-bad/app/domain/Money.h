#pragma once

struct Money
{
    long long fen = 0;
};
