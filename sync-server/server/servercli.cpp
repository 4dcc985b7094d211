#include "server/servercli.h"

#include "cli/commandline.h"
#include "importer/checklistimporter.h"
#include "importer/echoimporter.h"
#include "importer/importrun.h"
#include "importer/permitimporter.h"
#include "importer/reportimporter.h"
#include "importer/staffimporter.h"
#include "rules/evaluationdate.h"
#include "server/evaluationreport.h"
#include "server/fileblobbytes.h"
#include "server/flagevaluator.h"
#include "server/generatedemocommand.h"
#include "server/importprogressline.h"
#include "server/pgblobbytes.h"
#include "server/pgurl.h"
#include "server/publish/publishcommand.h"
#include "server/serverkeys.h"
#include "server/serverstore.h"
#include "server/sqlitetopostgres.h"
#include "server/storedasof.h"
#include "server/storesummary.h"
#include "server/syncserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <exception>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

// An import shares the machine with the sync server, and on two cores it would take both
// (its reading and its writing threads): devices then waited on the CPU more than on the
// store's lock. At nice 10 it runs as fast on an idle machine and gives way to the server
// (docs/formats.md, "An import beside a running server"). Never raised back: an operator who
// started it nicer keeps that.
void yieldCpuToTheServer()
{
    constexpr int kImportNice = 10;
    errno = 0;
    const int current = ::getpriority(PRIO_PROCESS, 0);
    if (errno == 0 && current < kImportNice)
        ::setpriority(PRIO_PROCESS, 0, kImportNice);
}

const QString kUsage =
    u"usage: outfall-server COMMAND --data DIR [ARGS]\n"
    u"commands:\n"
    u"  init    --data DIR [--as-of YYYY-MM-DD] create a new store in DIR; with --as-of the\n"
    u"                                         store is evaluated as of that date from then\n"
    u"                                         on (a demo's or a replay's own today)\n"
    u"  import  --data DIR permits FILE.jsonl  load permits (docs/formats.md)\n"
    u"  import  --data DIR reports FILE.csv    load reported data\n"
    u"  import  --data DIR checklists FILE.json load checklist templates\n"
    u"  import  --data DIR staff FILE.csv      load inspectors and supervisors\n"
    u"  import  --data DIR echo FILE.csv       load US NPDES DMR values from an ECHO\n"
    u"                                         effluent chart or bulk DMR file (docs/echo.md)\n"
    u"          (an import re-evaluates the flags of the permits it touched,\n"
    u"          as of --as-of YYYY-MM-DD, the store's date from init --as-of, or\n"
    u"          today in China Standard Time; on a terminal it shows its progress\n"
    u"          on one line, which --quiet leaves out)\n"
    u"  evaluate --data DIR [--as-of YYYY-MM-DD] [--rules FILE] [--quiet]\n"
    u"                                         evaluate every permit's flags (issue 11)\n"
    u"  summary --data DIR                     print what the store holds\n"
    u"  every command but generate-demo: --db postgresql://...\n"
    u"                                         the store in PostgreSQL, keys in DIR; several\n"
    u"                                         run front-ends may share it (docs/deploy.md)\n"
    u"  run     --data DIR --bind ENDPOINT [--as-of YYYY-MM-DD] [--rules FILE]\n"
    u"                                         serve devices (CURVE); stops on SIGTERM;\n"
    u"                                         pushes re-evaluate their permits' flags;\n"
    u"          [--blobs postgresql://...]     photos in PostgreSQL, not DIR/blobs/\n"
    u"  supervisor-credential --data DIR --out FILE\n"
    u"                                         a new supervisor (admin) credential, for\n"
    u"                                         whoever can read DIR (recovery)\n"
    u"  migrate --from-sqlite DIR --db postgresql://... [--blobs postgresql://...]\n"
    u"                                         move DIR's store into an empty PostgreSQL\n"
    u"                                         database, verified by row counts and digests;\n"
    u"                                         with --blobs its photos too (docs/deploy.md)\n"
    u"  generate-demo --out DIR [OPTIONS]      write the demo data set\n"
    u"  publish --data DIR --out OUTDIR [--as-of YYYY-MM-DD]\n"
    u"                                         write the static bilingual public site\n"
    u"                                         (docs/publish.md)\n"_s;

std::atomic<bool> g_stopRequested {false};

extern "C" void requestStop(int)
{
    g_stopRequested = true;
}

} // namespace

ServerCli::ServerCli()
    : m_stderrIsTerminal(::isatty(STDERR_FILENO) == 1)
{ }

ServerCli::ServerCli(QTextStream *out, QTextStream *err)
    : m_io(out, err)
    , m_out(&m_io.out())
    , m_err(&m_io.err())
{ }

int ServerCli::usage(const QString &problem)
{
    return m_io.usage(u"outfall-server"_s, problem);
}

int ServerCli::run(const QStringList &arguments)
{
    // generate-demo needs no store and has options of its own.
    if (arguments.value(1) == u"generate-demo")
        return GenerateDemoCommand(*m_out, *m_err).run(arguments.mid(2));
    // publish has options of its own too (docs/publish.md): --data, --out OUTDIR, --as-of.
    if (arguments.value(1) == u"publish")
        return publish::PublishCommand(*m_out, *m_err).run(arguments.mid(2));
    QStringList positional;
    QString dataDir;
    QString bind;
    QString outFile;
    QString asOfText;
    QString rulesFile;
    QString blobsUrl;
    QString dbUrl;
    QString fromSqlite;
    try {
        const cli::CommandLine line(arguments.mid(1),
            {u"as-of"_s, u"rules"_s, u"data"_s, u"bind"_s, u"out"_s, u"blobs"_s, u"db"_s,
                u"from-sqlite"_s},
            {u"quiet"_s});
        if (line.helpAsked()) {
            *m_out << kUsage;
            return 0;
        }
        asOfText = line.optionalText(u"as-of"_s);
        rulesFile = line.optionalText(u"rules"_s);
        dataDir = line.optionalText(u"data"_s);
        bind = line.optionalText(u"bind"_s);
        outFile = line.optionalText(u"out"_s);
        blobsUrl = line.optionalText(u"blobs"_s);
        dbUrl = line.optionalText(u"db"_s);
        fromSqlite = line.optionalText(u"from-sqlite"_s);
        m_quiet = line.flag(u"quiet"_s);
        positional = line.positionals();
    } catch (const cli::UsageError &e) {
        return usage(e.message());
    }
    if (positional.isEmpty())
        return usage(u"no command given"_s);
    const QString command = positional.takeFirst();
    if (command == u"migrate") {
        // Its directory is where the store comes from, and stays the front-end's (its keys).
        if (!dataDir.isEmpty())
            return usage(u"migrate takes --from-sqlite DIR, not --data"_s);
        if (fromSqlite.isEmpty() || dbUrl.isEmpty())
            return usage(u"migrate needs --from-sqlite DIR and --db postgresql://..."_s);
        dataDir = fromSqlite;
    } else if (!fromSqlite.isEmpty()) {
        return usage(command + u" takes no --from-sqlite"_s);
    }
    if (dataDir.isEmpty())
        return usage(command + u": --data DIR is required"_s);
    const bool evaluates = command == u"evaluate" || command == u"import" || command == u"run";
    if (!asOfText.isEmpty() && !evaluates && command != u"init")
        return usage(command + u" takes no --as-of"_s);
    if (!rulesFile.isEmpty() && !evaluates)
        return usage(command + u" takes no --rules"_s);
    if (!blobsUrl.isEmpty() && command != u"run" && command != u"migrate")
        return usage(command + u" takes no --blobs"_s);
    if (!blobsUrl.isEmpty() && !blobsUrl.startsWith(u"postgresql://"_s)
        && !blobsUrl.startsWith(u"postgres://"_s))
        return usage(u"--blobs must be a PostgreSQL URL (postgresql://...), not "_s + blobsUrl);
    if (!dbUrl.isEmpty() && !dbUrl.startsWith(u"postgresql://"_s)
        && !dbUrl.startsWith(u"postgres://"_s))
        return usage(u"--db must be a PostgreSQL URL (postgresql://...), not "_s + dbUrl);
    if (m_quiet && command != u"import" && command != u"evaluate")
        return usage(command + u" takes no --quiet"_s);
    QDate asOf = rules::todayInChina();
    std::optional<QDate> givenAsOf; // --as-of, or the store's own date (init --as-of)
    if (!asOfText.isEmpty()) {
        QString problem;
        asOf = rules::parseAsOf(asOfText, problem);
        if (!asOf.isValid())
            return usage(problem);
        givenAsOf = asOf;
    }
    if (!rulesFile.isEmpty() && !QFileInfo(rulesFile).isFile())
        return usage(u"--rules: no such file "_s + rulesFile);

    try {
        if (command == u"init") {
            if (!positional.isEmpty())
                return usage(u"init takes no arguments, got "_s + positional.join(u' '));
            return init(dataDir, givenAsOf, dbUrl);
        }
        if (evaluates && !givenAsOf) {
            givenAsOf = StoredAsOf::read(dataDir);
            if (givenAsOf)
                asOf = *givenAsOf;
        }
        if (command == u"import") {
            static const QStringList kinds = {
                u"permits"_s, u"reports"_s, u"checklists"_s, u"staff"_s, u"echo"_s};
            if (positional.size() != 2)
                return usage(u"import needs a KIND (%1) and a FILE"_s.arg(kinds.join(u", "_s)));
            if (!kinds.contains(positional[0]))
                return usage(
                    u"import KIND must be %1, not %2"_s.arg(kinds.join(u", "_s), positional[0]));
            if (!QFileInfo::exists(positional[1]))
                return usage(u"import: no such file "_s + positional[1]);
            // A directory, FIFO or device is named as what it is, and never opened for reading.
            if (const QString what = importer::ImportRun::nonRegularKind(positional[1]);
                !what.isEmpty())
                return usage(u"import: %1 is %2, not a file"_s.arg(positional[1], what));
            m_asOf = asOf;
            m_rulesFile = rulesFile;
            return import(dataDir, dbUrl, positional[0], positional[1]);
        }
        if (command == u"evaluate") {
            if (!positional.isEmpty())
                return usage(u"evaluate takes no arguments, got "_s + positional.join(u' '));
            return evaluate(dataDir, dbUrl, asOf, rulesFile);
        }
        if (command == u"run") {
            if (bind.isEmpty())
                return usage(u"run needs --bind ENDPOINT, e.g. tcp://*:5570"_s);
            return runServer(dataDir, dbUrl, bind, blobsUrl, givenAsOf, rulesFile);
        }
        if (command == u"supervisor-credential") {
            if (!positional.isEmpty() || outFile.isEmpty())
                return usage(u"supervisor-credential needs --out FILE and no arguments"_s);
            return supervisorCredential(dataDir, dbUrl, outFile);
        }
        if (command == u"migrate") {
            if (!positional.isEmpty())
                return usage(u"migrate takes no arguments, got "_s + positional.join(u' '));
            return migrate(dataDir, dbUrl, blobsUrl);
        }
        if (command == u"summary") {
            if (!positional.isEmpty())
                return usage(u"summary takes no arguments, got "_s + positional.join(u' '));
            return summary(dataDir, dbUrl);
        }
        return usage(u"unknown command "_s + command);
    } catch (const std::exception &e) {
        *m_err << u"outfall-server: "_s << command << u": "_s << QString::fromStdString(e.what())
               << u'\n';
        m_err->flush();
        return 1;
    }
}

int ServerCli::init(const QString &dataDir, std::optional<QDate> asOf, const QString &dbUrl)
{
    // With --db the store is in PostgreSQL; DIR keeps what is the front-end's: its keys.
    auto db = dbUrl.isEmpty() ? ServerStore::initialise(dataDir)
                              : ServerStore::initialisePostgres(dataDir, dbUrl);
    ServerKeys::create(dataDir, *db);
    if (asOf) {
        StoredAsOf::write(dataDir, *asOf);
        *m_out << u"evaluates as of "_s << asOf->toString(Qt::ISODate) << u" ("_s
               << StoredAsOf::path(dataDir) << u")\n"_s;
    }
    *m_out << u"initialised store "_s << db->path() << u" (schema version "_s << db->userVersion()
           << u")\n"_s;
    *m_out << u"server public key "_s << ServerKeys::publicKeyPath(dataDir)
           << u", supervisor credential "_s << ServerKeys::credentialPath(dataDir) << u'\n';
    m_out->flush();
    return 0;
}

int ServerCli::import(
    const QString &dataDir, const QString &dbUrl, const QString &kind, const QString &file)
{
    yieldCpuToTheServer();
    auto db = ServerStore::open(dataDir, dbUrl);
    const std::int64_t seqBefore = FlagEvaluator::currentSeq(*db);
    // On a terminal, one line says how far the import is (a 900 MB file takes minutes); a
    // file or a pipe, or --quiet, gets the summary alone.
    QElapsedTimer clock; // outlives the line that reads it
    std::optional<ImportProgressLine> progressLine;
    importer::ImportRun::ProgressSink progress;
    if (m_stderrIsTerminal && !m_quiet) {
        clock.start();
        winsize size {};
        const int columns = ::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 ? size.ws_col : 0;
        progressLine.emplace(
            *m_err, kind, [&clock] { return clock.elapsed(); }, columns);
        progress = [&progressLine](const importer::ImportRun::Progress &p) {
            progressLine->update(p);
        };
    }
    const importer::ImportReport report = kind == u"echo"
        ? importer::EchoImporter(*db).importFile(file, progress)
        : kind == u"permits"    ? importer::PermitImporter(*db).importFile(file, progress)
        : kind == u"reports"    ? importer::ReportImporter(*db).importFile(file, progress)
        : kind == u"checklists" ? importer::ChecklistImporter(*db).importFile(file, progress)
                                : importer::StaffImporter(*db).importFile(file, progress);
    if (progressLine)
        progressLine->finish();
    for (const QString &note : report.notes())
        *m_err << u"outfall-server: "_s << note << u'\n';
    if (!report.ok()) {
        for (const auto &issue : report.issues())
            *m_err << issue.toString() << u'\n';
        *m_err << report.summary() << u'\n';
        m_err->flush();
        return 1;
    }
    *m_out << report.summary() << u'\n';
    m_out->flush();
    // Only the permits this import touched are evaluated again (their reference rows changed
    // after seqBefore; the change capture of 0005 recorded them).
    FlagEvaluator evaluator(*db, ruleConfig(m_rulesFile));
    const auto summary = evaluator.evaluateTouchedSince(seqBefore, m_asOf);
    if (summary.permits == 0)
        return 0; // staff, checklists, or nothing changed: no permit's flags to say anything of
    *m_out << u"flags: %1 permit(s) touched, evaluated as of %2 in %3 ms: %4 raised"
              u" (new %5, resolved %6)\n"_s.arg(summary.permits)
                  .arg(m_asOf.toString(Qt::ISODate))
                  .arg(summary.elapsedMs)
                  .arg(summary.flagsRaised())
                  .arg(summary.counts.raised)
                  .arg(summary.counts.resolved);
    m_out->flush();
    return 0;
}

rules::RuleConfig ServerCli::ruleConfig(const QString &rulesFile)
{
    return rulesFile.isEmpty() ? rules::RuleConfig::defaults()
                               : rules::RuleConfig::fromFile(rulesFile);
}

int ServerCli::evaluate(
    const QString &dataDir, const QString &dbUrl, QDate asOf, const QString &rulesFile)
{
    auto db = ServerStore::open(dataDir, dbUrl);
    FlagEvaluator evaluator(*db, ruleConfig(rulesFile));
    int lastTenth = -1;
    const auto summary = evaluator.evaluateAll(asOf, [&](int done, int total) {
        // Progress on stderr, a line every tenth, so stdout is the summary alone.
        if (m_quiet)
            return;
        const int tenth = total > 0 ? done * 10 / total : 10;
        if (tenth != lastTenth) {
            lastTenth = tenth;
            *m_err << u"evaluate: %1/%2 permits\n"_s.arg(done).arg(total);
            m_err->flush();
        }
    });
    *m_out << evaluationReport(summary, asOf);
    m_out->flush();
    return 0;
}

int ServerCli::runServer(const QString &dataDir, const QString &dbUrl, const QString &bind,
    const QString &blobsUrl, std::optional<QDate> flagsAsOf, const QString &rulesFile)
{
    SyncServer::Config config;
    config.flagsAsOf = flagsAsOf;
    config.ruleConfig = ruleConfig(rulesFile);
    config.dataDir = dataDir;
    config.dbUrl = dbUrl;
    config.endpoint = bind;
    config.blobsUrl = blobsUrl;
    config.curve = ServerKeys::load(dataDir);
    SyncServer server(config);
    server.start();
    *m_out << u"serving "_s << server.endpoint() << u" from "_s
           << (dbUrl.isEmpty()
                      ? dataDir
                      : u"PostgreSQL "_s + redactedPgUrl(dbUrl) + u" (keys in "_s + dataDir + u')')
           << u"; photos in "_s
           << (blobsUrl.isEmpty() ? QDir(dataDir).filePath(u"blobs"_s)
                                  : u"PostgreSQL "_s + redactedPgUrl(blobsUrl))
           << u'\n';
    m_out->flush();
    g_stopRequested = false;
    std::signal(SIGTERM, requestStop);
    std::signal(SIGINT, requestStop);
    while (!g_stopRequested)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    // The message in hand finishes (its transaction commits) before the thread ends.
    server.stop();
    *m_out << u"stopped\n"_s;
    m_out->flush();
    return 0;
}

int ServerCli::supervisorCredential(
    const QString &dataDir, const QString &dbUrl, const QString &outFile)
{
    auto db = ServerStore::open(dataDir, dbUrl);
    ServerKeys::issueCredential(dataDir, *db, outFile);
    *m_out << u"wrote supervisor credential "_s << outFile
           << u" (mode 0600; use it with outfallctl --credential)\n"_s;
    m_out->flush();
    return 0;
}

int ServerCli::summary(const QString &dataDir, const QString &dbUrl)
{
    auto db = ServerStore::open(dataDir, dbUrl);
    *m_out << StoreSummary::read(*db).toText();
    m_out->flush();
    return 0;
}

int ServerCli::migrate(const QString &dataDir, const QString &dbUrl, const QString &blobsUrl)
{
    auto sqlite = ServerStore::open(dataDir);
    auto postgres = ServerStore::initialisePostgres(dataDir, dbUrl);
    *m_out << u"copying "_s << sqlite->path() << u" (schema version "_s << sqlite->userVersion()
           << u") into "_s << postgres->path() << u'\n';
    m_out->flush();
    QElapsedTimer clock;
    clock.start();
    // A line a table, and one every 100,000 rows of a large one, so that a province's store
    // (tables of millions of rows) shows it is moving.
    const auto result = SqliteToPostgres(*sqlite, *postgres)
                            .run([this, &clock](const QString &table, std::int64_t copied,
                                     std::int64_t rows, bool done) {
                                if (done)
                                    *m_out << u"  %1 %2 rows (%3 s)\n"_s.arg(table, -28)
                                                  .arg(copied, 10)
                                                  .arg(clock.elapsed() / 1000.0, 0, 'f', 1);
                                else
                                    *m_out << u"  %1 %2 of %3 rows (%4 s)\n"_s.arg(table, -28)
                                                  .arg(copied, 10)
                                                  .arg(rows)
                                                  .arg(clock.elapsed() / 1000.0, 0, 'f', 1);
                                m_out->flush();
                            });
    std::int64_t rows = 0;
    for (const TableDigest &table : result.postgres)
        rows += table.rows;
    if (!result.differences.isEmpty()) {
        for (const QString &line : result.differences)
            *m_err << u"outfall-server: migrate: "_s << line << u'\n';
        *m_err << u"outfall-server: migrate: the copy in "_s << postgres->path()
               << u" does not match the SQLite store; do not serve from it\n"_s;
        m_err->flush();
        return 1;
    }
    *m_out << u"verified: %1 tables, %2 rows; row counts and digests agree on both engines\n"_s
                  .arg(result.postgres.size())
                  .arg(rows);
    if (blobsUrl.isEmpty()) {
        *m_out << u"photos stay in "_s << QDir(dataDir).filePath(u"blobs"_s)
               << u" (a front-end run without --blobs reads them there)\n"_s;
    } else {
        FileBlobBytes from(dataDir);
        PgBlobBytes to(blobsUrl);
        const std::int64_t photos = SqliteToPostgres::copyBlobs(*sqlite, from, to);
        *m_out << u"photos: %1 copied into PostgreSQL "_s.arg(photos) << redactedPgUrl(blobsUrl)
               << u", each checked against its SHA-256\n"_s;
    }
    *m_out << u"serve it with: outfall-server run --data "_s << dataDir
           << u" --db URL --bind ENDPOINT"_s << (blobsUrl.isEmpty() ? u""_s : u" --blobs URL"_s)
           << u'\n';
    m_out->flush();
    return 0;
}

} // namespace outfall::server
