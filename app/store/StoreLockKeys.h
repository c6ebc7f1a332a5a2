#pragma once

#include <QtGlobal>

namespace DepositDesk {

// Names of the writer locks taken by SqlDialect::TransactionMode::Serialised transactions
// (PostgreSQL advisory locks; on SQLite the single writer lock covers them all).
namespace StoreLockKeys {
constexpr qint64 Migration = 0x4444'0001;
constexpr qint64 AuditChain = 0x4444'0002;
constexpr qint64 Operators = 0x4444'0003;
constexpr qint64 RefundRequests = 0x4444'0004;
// Writers of facts wait for each other, so two desks applying the same answer at once never
// move a figure twice (OrderFactsWriter).
constexpr qint64 OrderFacts = 0x4444'0010;
} // namespace StoreLockKeys

} // namespace DepositDesk
