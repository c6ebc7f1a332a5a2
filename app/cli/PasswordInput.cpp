#include "cli/PasswordInput.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <string>

namespace DepositDesk::PasswordInput {

namespace {

constexpr std::size_t MaxBytes = 4096;

#ifdef Q_OS_UNIX
// Reads one line from `fd`, byte by byte (nothing past the line is consumed).
std::optional<std::string> readLine(int fd)
{
    std::string line;
    char c = 0;
    for (;;) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0)
            return std::nullopt;
        if (n == 0 || c == '\n')
            break;
        if (line.size() >= MaxBytes)
            return std::nullopt;
        line.push_back(c);
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}
#endif

QString take(std::string &bytes)
{
    const QString text = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    std::fill(bytes.begin(), bytes.end(), '\0');
    return text;
}

} // namespace

std::optional<QString> fromDescriptor(int fd)
{
#ifdef Q_OS_UNIX
    if (fd < 0)
        return std::nullopt;
    std::optional<std::string> line = readLine(fd);
    if (!line)
        return std::nullopt;
    return take(*line);
#else
    Q_UNUSED(fd);
    return std::nullopt;
#endif
}

std::optional<QString> fromTerminal(const QString &prompt)
{
#ifdef Q_OS_UNIX
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (tty < 0)
        return std::nullopt;
    termios saved{};
    if (::tcgetattr(tty, &saved) != 0) {
        ::close(tty);
        return std::nullopt;
    }
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= ICANON;
    const QByteArray question = prompt.toLocal8Bit();
    if (::write(tty, question.constData(), size_t(question.size())) < 0 ||
        ::tcsetattr(tty, TCSAFLUSH, &quiet) != 0) {
        ::close(tty);
        return std::nullopt;
    }
    std::optional<std::string> line = readLine(tty);
    ::tcsetattr(tty, TCSAFLUSH, &saved);
    if (::write(tty, "\n", 1) < 0) {
        // the answer was read; a missing line end on the terminal changes nothing
    }
    ::close(tty);
    if (!line)
        return std::nullopt;
    return take(*line);
#else
    Q_UNUSED(prompt);
    return std::nullopt;
#endif
}

} // namespace DepositDesk::PasswordInput
