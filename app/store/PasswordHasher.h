#pragma once

#include <QString>

namespace DepositDesk {

// Salted, slow password hashes with OpenSSL's scrypt (EVP_PBE_scrypt).
//
// Encoded as "scrypt$<log2 N>$<r>$<p>$<salt base64>$<hash base64>": the cost travels with the
// hash, so it can be raised later without breaking stored passwords. Salt: 16 random bytes per
// hash. Comparison: CRYPTO_memcmp (constant time). The password's bytes are wiped after use.
class PasswordHasher
{
public:
    struct Cost
    {
        int log2N = 15; // N = 32768: 32 MiB and about 0.1 s per hash
        int r = 8;
        int p = 1;
    };

    // Empty on failure (no randomness, out of memory).
    static QString hash(const QString &password);
    static QString hash(const QString &password, Cost cost);
    static bool verify(const QString &password, const QString &encoded);
};

} // namespace DepositDesk
