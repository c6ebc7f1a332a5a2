#pragma once

#include <QString>

#include <optional>

namespace DepositDesk::PasswordInput {

// The first line of file descriptor `fd` (at most 4 KiB, without its line end); nullopt when
// the descriptor cannot be read.
std::optional<QString> fromDescriptor(int fd);
// Asks on the controlling terminal with `prompt`, without echo; nullopt when there is no
// terminal (a script must use --password-fd).
std::optional<QString> fromTerminal(const QString &prompt);

} // namespace DepositDesk::PasswordInput
