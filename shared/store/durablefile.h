#pragma once

#include <QString>

namespace outfall::store {

// Files that must survive a crash or power cut once they are acknowledged (photo
// originals on the device, uploaded blobs on the server). rename(2) alone is atomic but
// not durable: the data may still be in the page cache and the new name only in the
// directory's. So the file is fsync'ed before the rename that publishes it, and the
// directory after it. POSIX only (Linux, Android); every call reports failure with false.
class DurableFile
{
public:
    // fsync(2) of a file (data and size) or of a directory (its entries).
    static bool sync(const QString &path);
    // Moves a complete file into place: syncs it, renames it over `to` (replacing an
    // existing file atomically), then syncs the directory of `to`.
    static bool publish(const QString &from, const QString &to);
    // mkpath, and when it created the directory, syncs the parent so the new entry is
    // durable too.
    static bool makeDirectory(const QString &path);
};

} // namespace outfall::store
