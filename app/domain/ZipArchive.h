#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <minizip/unzip.h>
#include <minizip/zip.h>

#include <memory>

class QIODevice;

namespace DepositDesk {

// Thin owners of the system minizip's handles (Debian libminizip): they open an archive on a file
// or in memory and close it when they go; everything else is minizip's own API on handle().
// Entry names are bytes as stored: callers encode and decode them (Alipay's bills use GBK).

// A zip opened for reading; handle() is null when it is not a readable zip.
class ZipReader
{
public:
    explicit ZipReader(const QString &path);
    explicit ZipReader(const QByteArray &bytes);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    unzFile handle() const { return m_zip; }
    bool isOpen() const { return m_zip != nullptr; }

    // The current entry's name bytes and information (false on a minizip error).
    bool currentEntry(QByteArray *name, unz_file_info64 *info) const;
    // The whole current entry (false when it cannot be unpacked or its checksum is wrong).
    bool readCurrentEntry(QByteArray *content) const;
    // The same, never holding more than `maxBytes`: TooLong as soon as the entry has more.
    enum class Read { Whole, Damaged, TooLong };
    Read readCurrentEntry(QByteArray *content, qint64 maxBytes) const;

    struct Source; // the device as minizip reads it

private:
    void open(std::unique_ptr<QIODevice> device);

    QByteArray m_bytes;
    std::unique_ptr<Source> m_source;
    unzFile m_zip = nullptr;
};

// A zip created for writing; handle() is null when it cannot be created. close() writes the
// central directory; the destructor closes what is still open.
class ZipWriter
{
public:
    explicit ZipWriter(const QString &path);
    explicit ZipWriter(QByteArray *target);
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    zipFile handle() const { return m_zip; }
    bool isOpen() const { return m_zip != nullptr; }

    // One deflated entry named by `name` (bytes as stored, no UTF-8 flag) holding `content`,
    // dated `wallClock` (the DOS time, taken as shown), with the Unix file mode `unixMode` (for
    // example 0100644; 0 for none) in its attributes; false on a minizip error.
    bool addEntry(const QByteArray &name, const QByteArray &content, const QDateTime &wallClock,
                  unsigned unixMode = 0);
    // ZIP_OK when the archive was finished.
    int close();

private:
    void open(std::unique_ptr<QIODevice> device);

    std::unique_ptr<QIODevice> m_device;
    zipFile m_zip = nullptr;
};

} // namespace DepositDesk
