#pragma once

#include "secrets/Credentials.h"

#include <QByteArray>

#include <optional>

namespace DepositDesk {

// The keychain entry of one app_id: "DDC1", then for the app_id and each part that is set a tag
// byte (0 = app_id, else the Part number), a 4-byte big-endian length and the bytes. Written
// into one buffer of the exact size, so no reallocation leaves a stray copy of a key behind.
namespace CredentialsCodec {

QByteArray encode(const Credentials &credentials);

// nullopt when the bytes are not such an entry (damaged, or written by another program).
std::optional<Credentials> decode(const QByteArray &entry);

} // namespace CredentialsCodec

} // namespace DepositDesk
