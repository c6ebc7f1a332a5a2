// Resolves: docs/alipay-protocol.md §1, docs/ARCHITECTURE.md principle 1, app/Cites.h.
// Dangling: docs/alipay-protocol.md §2.1, docs/ARCHITECTURE.md principle 7, docs/missing.md,
// app/nowhere/Gone.h.
