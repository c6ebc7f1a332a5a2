#pragma once

#include <QString>

namespace DepositDesk {

// The OpenSSL library that signs and verifies at run time ("OpenSSL 3.0.15 3 Sep 2024"), for the
// About box and the log.
QString openSslVersion();

} // namespace DepositDesk
