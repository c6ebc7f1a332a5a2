#pragma once

#include <QString>

namespace DepositDesk {

// A size for people, in the binary units every limit of the desk is set in: "64 KiB", "1 GiB",
// "100 bytes" for exact multiples, one decimal otherwise ("2.3 GiB", "1.5 KiB"). Translated in
// the context "DepositDesk::ByteSize".
QString formatByteSize(qint64 bytes);

} // namespace DepositDesk
