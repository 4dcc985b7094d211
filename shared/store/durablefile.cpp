#include "store/durablefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace outfall::store {

bool DurableFile::sync(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    return ::close(fd) == 0 && synced;
}

bool DurableFile::publish(const QString &from, const QString &to)
{
    return sync(from)
        && std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0
        && sync(QFileInfo(to).absolutePath());
}

bool DurableFile::makeDirectory(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return true;
    return QDir().mkpath(path) && sync(info.absolutePath());
}

} // namespace outfall::store
