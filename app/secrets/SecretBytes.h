#pragma once

#include <QByteArray>

namespace DepositDesk {

// Wiping key bytes held in QByteArray. Qt shares a buffer between copies, so a buffer is
// overwritten by whoever holds it last: wipe() cleanses it when this array is its only owner and
// otherwise just lets go of it (the remaining owner, itself wiping, cleanses it later).
namespace SecretBytes {

// OPENSSL_cleanse over the bytes when this array owns its buffer alone, then clear().
void wipe(QByteArray &bytes);

// Cleanses the buffer in place even when it is shared: for a buffer shared with a finished
// QtKeychain job, whose own copy would otherwise stay in memory. Never use it on a buffer that
// another live owner still needs.
void wipeShared(QByteArray &bytes);

// Key bytes that are wiped when the holder goes: pass them through callbacks in a shared_ptr.
struct Buffer
{
    QByteArray bytes;
    explicit Buffer(QByteArray value)
        : bytes(std::move(value))
    {}
    Buffer(const Buffer &) = delete;
    Buffer &operator=(const Buffer &) = delete;
    ~Buffer() { wipe(bytes); }
};

} // namespace SecretBytes

} // namespace DepositDesk
