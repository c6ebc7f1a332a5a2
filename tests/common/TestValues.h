#pragma once

#include "domain/Money.h"

#include <QString>

#include <optional>

#include <cstdio>
#include <cstdlib>

namespace DepositDesk::Testing {

// An amount written as Alipay writes it ("12.50"). A malformed literal is a mistake in the test
// itself: the test stops at once with the text it could not read.
inline Money yuan(const char *text)
{
    const std::optional<Money> money = Money::fromYuan(QString::fromLatin1(text));
    if (!money) {
        std::fprintf(stderr, "test data: \"%s\" is not an amount in yuan\n", text);
        std::abort();
    }
    return *money;
}

} // namespace DepositDesk::Testing
