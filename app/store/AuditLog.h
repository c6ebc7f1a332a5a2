#pragma once

#include "store/AuditEntry.h"
#include "store/StoreResult.h"

#include <QList>

#include <optional>

class QIODevice;

namespace DepositDesk {

class Clock;
class Store;

// The audit log: append-only and hash-chained (docs/ARCHITECTURE.md principle 5).
//
// Each entry stores the SHA-256 of its canonical form, which includes the previous entry's hash;
// a head row holds the last sequence number and hash. append() locks the head inside its
// transaction (PostgreSQL: an advisory lock plus SELECT … FOR UPDATE; SQLite: BEGIN IMMEDIATE),
// so desks and threads appending at once still form one chain. verify() walks the chain and
// names the first entry that does not match.
//
// Secrets are never written: append() refuses (does not redact) an event whose detail keys name
// a secret (password, secret, private key, token, credential …) or whose values look like one
// (looksLikeSecret: PEM blocks, long base64 runs, "password=…"). Refusing makes the caller's
// mistake visible in tests instead of silently storing a half-masked value. Services check free
// text an operator typed (a reason, a comment, a note) with looksLikeSecret before they write or
// send anything, so such text is refused at once, not when its audit entry fails.
class AuditLog
{
public:
    explicit AuditLog(const Store &store);
    AuditLog(const Store &store, const Clock &clock);

    StoreResult append(const AuditEvent &event, AuditEntry *written = nullptr);
    AuditVerification verify() const;
    // The start-up check: fast, it reads only the entries written since the last check.
    // audit_checkpoint holds the last entry a check verified (its seq and hash). This checks that
    // that entry is still there with the recorded hash (and that its hash still matches its
    // content), walks the entries after it as verify() does (sequence, link to the previous
    // entry, hash of the content, head record), and on success moves the checkpoint to the last
    // entry. The result's `entries` counts the entries read after `fromSeq`, the checkpoint.
    //
    // Detected: any change to an entry after the checkpoint, entries removed or inserted after
    // it or cut off the end, the checkpoint entry changed or removed, and any rewrite of earlier
    // entries that recomputes the hashes through the checkpoint (that changes its hash).
    // Not detected: an entry before the checkpoint whose content was changed without fixing the
    // hashes (its stored hash still links; verify() finds it), and a rewrite of the chain, head
    // and checkpoint made consistently by someone with write access to the database; the chain
    // proves order and completeness against the desk's own mistakes and casual edits, not against
    // the database's owner (docs/ARCHITECTURE.md, "Threat model").
    AuditVerification verifyFromCheckpoint() const;
    // Up to filter.limit entries in seq order (newest first when filter.newestFirst): a page
    // continues after the last one shown with afterSeq (oldest first) or beforeSeq (newest first).
    QList<AuditEntry> entries(const AuditFilter &filter = {}) const;
    // The last entry written (nullopt when the log is empty or cannot be read).
    std::optional<AuditEntry> last() const;

    // seq, at (ISO 8601 UTC), operator, action, order, detail, prev_hash, hash.
    StoreResult exportCsv(const AuditFilter &filter, QIODevice *device) const;
    StoreResult exportJson(const AuditFilter &filter, QIODevice *device) const;

    // Why an event may not be written (translated), or empty when it may.
    static QString secretProblem(const AuditEvent &event);
    // Whether text is or holds something that looks like a secret: key material (a PEM block, a
    // long base64 run) or a secret's name with a value ("password=…", "token: …", "密码：…").
    // The one test append() applies to every detail value.
    static bool looksLikeSecret(const QString &text);

private:
    const Store &m_store;
    const Clock &m_clock;
};

} // namespace DepositDesk
