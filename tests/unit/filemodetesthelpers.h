#pragma once
// File modes for tests of what must be owner-only: a file's permission bits, and a umask set
// for a scope (as a shell with umask 022 has it).

#include <QFile>
#include <QString>

#include <sys/stat.h>

namespace filemodetest {

// The permission bits of a file, 0 when it does not exist.
inline mode_t modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}

class Umask
{
public:
    explicit Umask(mode_t mask)
        : m_previous(::umask(mask))
    { }
    ~Umask() { ::umask(m_previous); }
    Umask(const Umask &) = delete;
    Umask &operator=(const Umask &) = delete;

private:
    mode_t m_previous;
};

} // namespace filemodetest
