#include "domain/ZipArchive.h"

#include <QBuffer>
#include <QFile>

#include <cstring>
#include <limits>

namespace DepositDesk {

namespace {

// minizip's file functions over a QIODevice (the opaque pointer): a file or a buffer.
QIODevice *deviceOf(voidpf opaque)
{
    return static_cast<QIODevice *>(opaque);
}

voidpf ZCALLBACK openDevice(voidpf opaque, const void *, int mode)
{
    QIODevice *device = deviceOf(opaque);
    QIODevice::OpenMode wanted = QIODevice::ReadOnly;
    if (mode & ZLIB_FILEFUNC_MODE_CREATE)
        wanted = QIODevice::WriteOnly | QIODevice::Truncate;
    else if (mode & ZLIB_FILEFUNC_MODE_WRITE)
        wanted = QIODevice::ReadWrite;
    if (device->isOpen())
        device->close();
    return device->open(wanted) ? opaque : nullptr;
}

uLong ZCALLBACK readDevice(voidpf, voidpf stream, void *buffer, uLong size)
{
    const qint64 got = deviceOf(stream)->read(static_cast<char *>(buffer), qint64(size));
    return got < 0 ? 0 : uLong(got);
}

uLong ZCALLBACK writeDevice(voidpf, voidpf stream, const void *buffer, uLong size)
{
    const qint64 put = deviceOf(stream)->write(static_cast<const char *>(buffer), qint64(size));
    return put < 0 ? 0 : uLong(put);
}

ZPOS64_T ZCALLBACK tellDevice(voidpf, voidpf stream)
{
    return ZPOS64_T(deviceOf(stream)->pos());
}

long ZCALLBACK seekDevice(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    QIODevice *device = deviceOf(stream);
    qint64 to = qint64(offset);
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        to += device->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        to += device->size();
    else if (origin != ZLIB_FILEFUNC_SEEK_SET)
        return -1;
    return device->seek(to) ? 0 : -1;
}

int ZCALLBACK closeDevice(voidpf, voidpf stream)
{
    deviceOf(stream)->close();
    return 0;
}

int ZCALLBACK deviceError(voidpf, voidpf)
{
    return 0;
}

zlib_filefunc64_def functionsFor(QIODevice *device)
{
    zlib_filefunc64_def functions{};
    functions.zopen64_file = openDevice;
    functions.zread_file = readDevice;
    functions.zwrite_file = writeDevice;
    functions.ztell64_file = tellDevice;
    functions.zseek64_file = seekDevice;
    functions.zclose_file = closeDevice;
    functions.zerror_file = deviceError;
    functions.opaque = device;
    return functions;
}

// minizip wants a name for the stream; the device is what is opened.
constexpr char StreamName[] = "zip";

} // namespace

// What a ZipReader's minizip reads through: the device, with a window of its bytes in memory.
// minizip reads an archive's directory a few bytes at a time and seeks between the reads (an
// entry's extra field is walked four bytes at a time). On a QFile each seek is a system call
// that also drops the file's buffer, so a crafted 1.5 KB archive whose entries carry long runs
// of extra fields took a million system calls to open. Here a seek only moves `pos`, and the
// device is read again only when `pos` leaves the window, never past its end: minizip goes on
// reading an extra field that claims more bytes than the file has, two bytes at a time.
struct ZipReader::Source
{
    static constexpr qint64 WindowBytes = 64 * 1024;

    std::unique_ptr<QIODevice> device;
    QByteArray window;
    qint64 windowStart = 0;
    qint64 pos = 0;
    qint64 deviceSize = 0; // taken when opened

    // Up to `size` bytes at pos, read straight into `out` when they are more than a window.
    qint64 read(char *out, qint64 size)
    {
        size = qMin(size, qMax<qint64>(0, deviceSize - pos));
        qint64 done = 0;
        while (done < size) {
            const qint64 offset = pos - windowStart;
            if (offset >= 0 && offset < window.size()) {
                const qint64 n = qMin(size - done, qint64(window.size()) - offset);
                memcpy(out + done, window.constData() + offset, size_t(n));
                done += n;
                pos += n;
                continue;
            }
            if (!device->seek(pos))
                break;
            if (size - done >= WindowBytes) {
                const qint64 got = device->read(out + done, size - done);
                if (got <= 0)
                    break;
                done += got;
                pos += got;
                continue;
            }
            window = device->read(WindowBytes);
            windowStart = pos;
            if (window.isEmpty())
                break;
        }
        return done;
    }

    static Source *of(voidpf stream) { return static_cast<Source *>(stream); }

    static voidpf ZCALLBACK open(voidpf opaque, const void *, int mode)
    {
        Source *source = of(opaque);
        if (mode & (ZLIB_FILEFUNC_MODE_CREATE | ZLIB_FILEFUNC_MODE_WRITE))
            return nullptr; // a reader only
        if (source->device->isOpen())
            source->device->close();
        source->window.clear();
        source->windowStart = source->pos = 0;
        if (!source->device->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return nullptr;
        source->deviceSize = source->device->size();
        return opaque;
    }
    static uLong ZCALLBACK read(voidpf, voidpf stream, void *buffer, uLong size)
    {
        return uLong(of(stream)->read(static_cast<char *>(buffer), qint64(size)));
    }
    static uLong ZCALLBACK write(voidpf, voidpf, const void *, uLong) { return 0; }
    static ZPOS64_T ZCALLBACK tell(voidpf, voidpf stream) { return ZPOS64_T(of(stream)->pos); }
    static long ZCALLBACK seek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
    {
        Source *source = of(stream);
        qint64 to = qint64(offset);
        if (origin == ZLIB_FILEFUNC_SEEK_CUR)
            to += source->pos;
        else if (origin == ZLIB_FILEFUNC_SEEK_END)
            to += source->deviceSize;
        else if (origin != ZLIB_FILEFUNC_SEEK_SET)
            return -1;
        if (to < 0)
            return -1;
        source->pos = to;
        return 0;
    }
    static int ZCALLBACK close(voidpf, voidpf stream)
    {
        of(stream)->device->close();
        return 0;
    }

    zlib_filefunc64_def functions()
    {
        zlib_filefunc64_def f{};
        f.zopen64_file = open;
        f.zread_file = read;
        f.zwrite_file = write;
        f.ztell64_file = tell;
        f.zseek64_file = seek;
        f.zclose_file = close;
        f.zerror_file = deviceError;
        f.opaque = this;
        return f;
    }
};

ZipReader::ZipReader(const QString &path)
{
    open(std::make_unique<QFile>(path));
}

ZipReader::ZipReader(const QByteArray &bytes)
    : m_bytes(bytes)
{
    open(std::make_unique<QBuffer>(&m_bytes));
}

ZipReader::~ZipReader()
{
    if (m_zip)
        unzClose(m_zip);
}

void ZipReader::open(std::unique_ptr<QIODevice> device)
{
    m_source = std::make_unique<Source>();
    m_source->device = std::move(device);
    zlib_filefunc64_def functions = m_source->functions();
    m_zip = unzOpen2_64(StreamName, &functions);
}

bool ZipReader::currentEntry(QByteArray *name, unz_file_info64 *info) const
{
    unz_file_info64 local{};
    unz_file_info64 &entry = info ? *info : local;
    if (unzGetCurrentFileInfo64(m_zip, &entry, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return false;
    if (!name)
        return true;
    name->resize(qsizetype(entry.size_filename));
    return unzGetCurrentFileInfo64(m_zip, &entry, name->data(), uLong(name->size()), nullptr, 0,
                                   nullptr, 0) == UNZ_OK;
}

ZipReader::Read ZipReader::readCurrentEntry(QByteArray *content, qint64 maxBytes) const
{
    if (unzOpenCurrentFile(m_zip) != UNZ_OK)
        return Read::Damaged;
    QByteArray bytes;
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    int got = 0;
    while ((got = unzReadCurrentFile(m_zip, chunk.data(), unsigned(chunk.size()))) > 0) {
        if (bytes.size() + got > maxBytes) {
            unzCloseCurrentFile(m_zip);
            return Read::TooLong;
        }
        bytes.append(chunk.constData(), got);
    }
    const bool closed = unzCloseCurrentFile(m_zip) == UNZ_OK;
    if (got < 0 || !closed)
        return Read::Damaged;
    *content = bytes;
    return Read::Whole;
}

bool ZipReader::readCurrentEntry(QByteArray *content) const
{
    return readCurrentEntry(content, std::numeric_limits<qint64>::max()) == Read::Whole;
}

ZipWriter::ZipWriter(const QString &path)
{
    open(std::make_unique<QFile>(path));
}

ZipWriter::ZipWriter(QByteArray *target)
{
    open(std::make_unique<QBuffer>(target));
}

ZipWriter::~ZipWriter()
{
    close();
}

void ZipWriter::open(std::unique_ptr<QIODevice> device)
{
    m_device = std::move(device);
    zlib_filefunc64_def functions = functionsFor(m_device.get());
    m_zip = zipOpen2_64(StreamName, APPEND_STATUS_CREATE, nullptr, &functions);
}

bool ZipWriter::addEntry(const QByteArray &name, const QByteArray &content,
                         const QDateTime &wallClock, unsigned unixMode)
{
    if (!m_zip)
        return false;
    zip_fileinfo info{};
    const QDate date = wallClock.date();
    const QTime time = wallClock.time();
    info.tmz_date.tm_sec = uInt(time.second());
    info.tmz_date.tm_min = uInt(time.minute());
    info.tmz_date.tm_hour = uInt(time.hour());
    info.tmz_date.tm_mday = uInt(date.day());
    info.tmz_date.tm_mon = uInt(date.month() - 1);
    info.tmz_date.tm_year = uInt(date.year());
    info.external_fa = uLong(unixMode) << 16;
    // Made by Unix (host 3), zip 3.0, so that the mode in the attributes counts.
    constexpr uLong MadeByUnix = (3u << 8) | 30u;
    if (zipOpenNewFileInZip4_64(m_zip, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0, -MAX_WBITS, DEF_MEM_LEVEL,
                                Z_DEFAULT_STRATEGY, nullptr, 0, MadeByUnix, 0, 0) != ZIP_OK)
        return false;
    const bool written =
        content.isEmpty() ||
        zipWriteInFileInZip(m_zip, content.constData(), unsigned(content.size())) == ZIP_OK;
    return zipCloseFileInZip(m_zip) == ZIP_OK && written;
}

int ZipWriter::close()
{
    if (!m_zip)
        return ZIP_ERRNO;
    const int result = zipClose(m_zip, nullptr);
    m_zip = nullptr;
    return result;
}

} // namespace DepositDesk
