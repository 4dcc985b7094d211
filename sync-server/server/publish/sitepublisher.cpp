#include "server/publish/sitepublisher.h"

#include "server/publish/drawspage.h"
#include "server/publish/pagewriter.h"
#include "server/publish/permitpage.h"
#include "server/publish/siteindex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::server::publish {

namespace {

const QString kMarkerText =
    u"Outfall public site (排污许可信息公开), written by `outfall-server publish`.\n"
    u"The whole directory is replaced at each run; do not keep other files in it.\n"_s;

void writeFile(const QString &path, const QString &content, SitePublisher::Result &result)
{
    QFile file(path);
    const QByteArray bytes = content.toUtf8();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()
        || !file.flush())
        throw std::runtime_error(
            "cannot write " + path.toStdString() + ": " + file.errorString().toStdString());
    ++result.pages;
    result.bytes += bytes.size();
}

QString otherLanguage(const QString &file, Lang lang)
{
    // "index.html" <-> "index.en.html"; pages link to their twin by its file name alone.
    const QString name = QFileInfo(file).fileName();
    return lang == Lang::Zh ? name.chopped(5) + u".en.html"_s : name.chopped(8) + u".html"_s;
}

void removeTree(const QString &path)
{
    if (QFileInfo::exists(path) && !QDir(path).removeRecursively())
        throw std::runtime_error("cannot remove " + path.toStdString());
}

} // namespace

QString SitePublisher::unusableReason(const QString &outDir)
{
    const QFileInfo info(outDir);
    if (info.exists()) {
        if (!info.isDir())
            return u"%1 exists and is not a directory"_s.arg(outDir);
        const QDir dir(outDir);
        const bool empty = dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        if (!empty && !dir.exists(QString::fromLatin1(kMarkerFile)))
            return u"%1 holds files that are not a published site (no %2); choose an empty or "
                   u"new directory"_s.arg(outDir, QString::fromLatin1(kMarkerFile));
    }
    // The site is written beside OUTDIR and renamed into place: the parent must be writable.
    const QString parent = QFileInfo(info.absoluteFilePath()).absolutePath();
    if (!QDir().mkpath(parent))
        return u"cannot create %1"_s.arg(parent);
    // Tried, not inferred from permission bits (root passes those, and /proc says writable).
    const QString probe = info.absoluteFilePath() + u".publishing"_s;
    if (!QFileInfo::exists(probe)) {
        if (!QDir().mkdir(probe))
            return u"cannot write in %1"_s.arg(parent);
        QDir().rmdir(probe);
    }
    return {};
}

SitePublisher::Result SitePublisher::publish(const PublicSite &site, const QString &outDir)
{
    if (const QString reason = unusableReason(outDir); !reason.isEmpty())
        throw std::runtime_error(reason.toStdString());
    const QString target = QFileInfo(outDir).absoluteFilePath();
    const QString staging = target + u".publishing"_s;
    const QString previous = target + u".previous"_s;
    removeTree(staging); // what an interrupted run left
    if (!QDir().mkpath(staging + u"/permit"_s))
        throw std::runtime_error("cannot create " + staging.toStdString());

    Result result;
    for (const Lang lang : {Lang::Zh, Lang::En}) {
        PageFrame frame;
        frame.lang = lang;
        frame.asOf = site.asOf;

        const QString index = pageFile(u"index"_s, lang);
        frame.title = text(Text::Home, lang);
        frame.otherLanguageHref = otherLanguage(index, lang);
        frame.section = PageFrame::Section::Enterprises;
        frame.script = searchScript();
        writeFile(staging + u'/' + index, writePage(frame, siteIndexBody(site, lang)), result);
        frame.script.clear();

        const QString draws = pageFile(u"draws"_s, lang);
        frame.title = text(Text::Draws, lang);
        frame.otherLanguageHref = otherLanguage(draws, lang);
        frame.section = PageFrame::Section::Draws;
        writeFile(staging + u'/' + draws, writePage(frame, drawsPageBody(site, lang)), result);

        frame.root = u"../"_s;
        frame.section = PageFrame::Section::Enterprises;
        for (const PublicPermit &permit : site.permits) {
            const QString path = permitPagePath(permit, lang);
            frame.title = holderName(permit, lang);
            frame.otherLanguageHref = otherLanguage(path, lang);
            writeFile(staging + u'/' + path,
                writePage(frame, permitPageBody(permit, lang, site.asOf)), result);
        }
    }
    writeFile(staging + u'/' + QString::fromLatin1(kMarkerFile), kMarkerText, result);
    --result.pages; // the marker is not a page

    removeTree(previous);
    if (QFileInfo::exists(target) && !QDir().rename(target, previous))
        throw std::runtime_error("cannot move the old site " + target.toStdString() + " aside");
    if (!QDir().rename(staging, target))
        throw std::runtime_error(
            "cannot move " + staging.toStdString() + " to " + target.toStdString());
    removeTree(previous);
    return result;
}

} // namespace outfall::server::publish
