#pragma once

#include <QByteArray>
#include <QString>

namespace outfall::store {

// Files only their owner may read: stores (the device's holds its CURVE secret key) and key
// and credential files. Created with mode 0600 from the first moment, whatever the umask
// (open(2) with 0600, then fchmod, since a umask only takes bits away), so no other user can
// open them even while they are written. POSIX only; failures throw std::runtime_error
// naming the file.
class PrivateFile
{
public:
    // Makes sure the file exists with mode 0600: created empty if missing, narrowed if it is
    // there with more (a store made by an earlier version). For a SQLite store, call before
    // opening it: SQLite gives its -wal and -shm files the mode of the database file.
    static void prepare(const QString &path);
    // Writes the whole file (replacing any content), mode 0600 before the first byte.
    static void write(const QString &path, const QByteArray &bytes);
    // A store with its SQLite companions (-wal, -shm, -journal), those that exist, at 0600.
    // Safe while this process has the store open: an existing store is never opened here.
    static void prepareDatabase(const QString &path);
    // A directory only its owner may enter (0700) when it is made here (with its parents);
    // an existing directory is left as it is.
    static void prepareDirectory(const QString &path);
};

} // namespace outfall::store
