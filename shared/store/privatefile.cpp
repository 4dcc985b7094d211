#include "store/privatefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace outfall::store {

namespace {

constexpr mode_t kOwnerOnly = S_IRUSR | S_IWUSR;

[[noreturn]] void fail(const char *what, const QString &path)
{
    throw std::runtime_error(
        std::string("cannot ") + what + " " + path.toStdString() + ": " + std::strerror(errno));
}

// Opens (creating with 0600) and narrows the mode to 0600; returns the descriptor. A symlink
// is followed (a store may be linked elsewhere): its target is what is narrowed.
int openOwnerOnly(const QString &path, int flags)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), flags | O_CREAT | O_CLOEXEC, kOwnerOnly);
    if (fd < 0)
        fail("create", path);
    if (::fchmod(fd, kOwnerOnly) != 0) {
        const int saved = errno;
        ::close(fd);
        errno = saved;
        fail("restrict the mode of", path);
    }
    return fd;
}

} // namespace

void PrivateFile::prepare(const QString &path)
{
    const int fd = openOwnerOnly(path, O_RDWR);
    if (::close(fd) != 0)
        fail("close", path);
}

void PrivateFile::write(const QString &path, const QByteArray &bytes)
{
    const int fd = openOwnerOnly(path, O_WRONLY | O_TRUNC);
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n =
            ::write(fd, bytes.constData() + written, std::size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int saved = errno;
            ::close(fd);
            errno = saved;
            fail("write", path);
        }
        written += n;
    }
    if (::close(fd) != 0)
        fail("close", path);
}

void PrivateFile::prepareDatabase(const QString &path)
{
    // Never open and close an existing store here: closing any descriptor of a file drops
    // every POSIX lock this process holds on it, including those of SQLite connections already
    // open on it (a second session of the same process). Another process closing the store then
    // takes it for unused and deletes the WAL under them ("disk I/O error"). An existing file is
    // narrowed by path; a missing one is created (no connection can have it open yet).
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, kOwnerOnly);
    if (fd >= 0) {
        const bool narrowed = ::fchmod(fd, kOwnerOnly) == 0;
        const int saved = errno;
        ::close(fd);
        errno = saved;
        if (!narrowed)
            fail("restrict the mode of", path);
    } else if (errno != EEXIST) {
        fail("create", path);
    } else if (::chmod(native.constData(), kOwnerOnly) != 0) {
        fail("restrict the mode of", path);
    }
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString companion = path + QLatin1String(suffix);
        if (QFileInfo::exists(companion)
            && ::chmod(QFile::encodeName(companion).constData(), kOwnerOnly) != 0)
            fail("restrict the mode of", companion);
    }
}

void PrivateFile::prepareDirectory(const QString &path)
{
    if (QFileInfo(path).isDir())
        return; // someone's existing directory: its mode is theirs to choose
    if (!QDir().mkpath(path))
        fail("create directory", path);
    if (::chmod(QFile::encodeName(path).constData(), S_IRWXU) != 0)
        fail("restrict the mode of", path);
}

} // namespace outfall::store
