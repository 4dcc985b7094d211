#include "server/publish/publishcommand.h"

#include "cli/commandline.h"
#include "rules/evaluationdate.h"
#include "server/publish/publicdataloader.h"
#include "server/publish/routedrawreader.h"
#include "server/publish/sitepublisher.h"
#include "server/serverstore.h"

#include <QFileInfo>

#include <exception>

using namespace Qt::StringLiterals;

namespace outfall::server::publish {

const QString PublishCommand::kUsage =
    u"usage: outfall-server publish --data DIR --out OUTDIR [--as-of YYYY-MM-DD]\n"
    u"                              [--db postgresql://...]\n"
    u"  --data DIR         the server's store\n"
    u"  --db URL           the store in PostgreSQL (DIR then holds the front-end's keys)\n"
    u"  --out OUTDIR       where the site goes: a new or empty directory, or one an earlier\n"
    u"                     publish wrote (it is replaced whole)\n"
    u"  --as-of DATE       the site's date: validity and the inspections shown (default\n"
    u"                     today in China Standard Time); the same store and date give\n"
    u"                     the same bytes\n"_s;

PublishCommand::PublishCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

int PublishCommand::usage(const QString &problem)
{
    return cli::usageError(m_err, u"outfall-server"_s, u"publish: "_s + problem);
}

int PublishCommand::run(const QStringList &arguments)
{
    QString dataDir;
    QString outDir;
    QString asOfText;
    QString dbUrl;
    try {
        const cli::CommandLine line(arguments, {u"data"_s, u"out"_s, u"as-of"_s, u"db"_s});
        if (line.helpAsked()) {
            m_out << kUsage;
            m_out.flush();
            return 0;
        }
        if (line.positionalCount() > 0)
            return usage(u"takes no arguments, got "_s + line.positionals().first());
        dataDir = line.optionalText(u"data"_s);
        outDir = line.optionalText(u"out"_s);
        asOfText = line.optionalText(u"as-of"_s);
        dbUrl = line.optionalText(u"db"_s);
    } catch (const cli::UsageError &e) {
        return usage(e.message());
    }
    if (dataDir.isEmpty())
        return usage(u"--data DIR is required"_s);
    if (outDir.isEmpty())
        return usage(u"--out OUTDIR is required"_s);
    QDate asOf = rules::todayInChina();
    if (!asOfText.isEmpty()) {
        QString problem;
        asOf = rules::parseAsOf(asOfText, problem);
        if (!asOf.isValid())
            return usage(problem);
    }
    if (!dbUrl.isEmpty() && !dbUrl.startsWith(u"postgresql://"_s)
        && !dbUrl.startsWith(u"postgres://"_s))
        return usage(u"--db must be a PostgreSQL URL (postgresql://...), not "_s + dbUrl);
    // Checked before the store is opened: opening migrates it, which a typo should not do.
    const QString database = ServerStore::databasePath(dataDir);
    if (dbUrl.isEmpty() && !QFileInfo(database).isFile())
        return usage(
            u"--data: no store at %1 (outfall-server init --data DIR makes one)"_s.arg(database));
    if (const QString reason = SitePublisher::unusableReason(outDir); !reason.isEmpty())
        return usage(u"--out: "_s + reason);

    try {
        auto db = ServerStore::open(dataDir, dbUrl);
        PublicSite site;
        site.asOf = asOf;
        site.permits = PublicDataLoader(*db).permits(asOf);
        site.draws = StoreRouteDrawReader(*db).draws();
        const auto result = SitePublisher::publish(site, outDir);
        m_out << u"published %1 permit(s) and %2 random draw(s) as of %3: %4 pages, %5 bytes, "
                 u"in %6\n"_s.arg(site.permits.size())
                     .arg(site.draws.size())
                     .arg(asOf.toString(Qt::ISODate))
                     .arg(result.pages)
                     .arg(result.bytes)
                     .arg(outDir);
        m_out.flush();
        return 0;
    } catch (const std::exception &e) {
        m_err << u"outfall-server: publish: "_s << QString::fromUtf8(e.what()) << u'\n';
        m_err.flush();
        return 1;
    }
}

} // namespace outfall::server::publish
