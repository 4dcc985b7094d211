#pragma once

#include "server/publish/publicdata.h"

#include <QString>

namespace outfall::server::publish {

// Writes the whole site into a directory: index, draws and one page a permit, each in Chinese
// (NAME.html) and English (NAME.en.html), and outfall-site.txt, the marker that says the
// directory is a generated site.
//
// The site is written beside the target first (OUTDIR.publishing) and then put in its place,
// so a reader never sees half a site and a permit that disappeared from the store leaves no
// stale page behind. An existing OUTDIR is replaced only when it is empty or holds the marker:
// publishing never deletes a directory it did not make.
class SitePublisher
{
public:
    struct Result
    {
        int pages = 0;
        qint64 bytes = 0;
    };

    static constexpr auto kMarkerFile = "outfall-site.txt";

    // Throws std::runtime_error naming the path when the site cannot be written.
    static Result publish(const PublicSite &site, const QString &outDir);

    // Why outDir cannot take a site (not a directory, a directory with other content, a parent
    // that cannot be made or written), or empty when it can. Checked before anything is read.
    static QString unusableReason(const QString &outDir);
};

} // namespace outfall::server::publish
