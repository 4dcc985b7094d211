#include "server/servercli.h"

#include "importer/checklistimporter.h"
#include "importer/permitimporter.h"
#include "importer/reportimporter.h"
#include "importer/staffimporter.h"
#include "server/generatedemocommand.h"
#include "server/serverstore.h"
#include "server/storesummary.h"

#include <QFileInfo>

#include <cstdio>
#include <exception>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

const QString kUsage = u"usage: outfall-server COMMAND --data DIR [ARGS]\n"
                       u"commands:\n"
                       u"  init    --data DIR                     create a new store in DIR\n"
                       u"  import  --data DIR permits FILE.jsonl  load permits (docs/formats.md)\n"
                       u"  import  --data DIR reports FILE.csv    load reported data\n"
                       u"  import  --data DIR checklists FILE.json load checklist templates\n"
                       u"  import  --data DIR staff FILE.csv      load inspectors and supervisors\n"
                       u"  summary --data DIR                     print what the store holds\n"
                       u"  generate-demo --out DIR [OPTIONS]      write the demo data set\n"_s;

} // namespace

ServerCli::ServerCli()
    : m_stdout(stdout)
    , m_stderr(stderr)
    , m_out(&m_stdout)
    , m_err(&m_stderr)
{ }

ServerCli::ServerCli(QTextStream *out, QTextStream *err)
    : m_out(out)
    , m_err(err)
{ }

int ServerCli::usage(const QString &problem)
{
    *m_err << u"outfall-server: "_s << problem << u'\n' << kUsage;
    m_err->flush();
    return 2;
}

int ServerCli::run(const QStringList &arguments)
{
    // generate-demo needs no store and has options of its own.
    if (arguments.value(1) == u"generate-demo")
        return GenerateDemoCommand(*m_out, *m_err).run(arguments.mid(2));
    QStringList positional;
    QString dataDir;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == u"--data") {
            if (i + 1 >= arguments.size())
                return usage(u"--data needs a directory"_s);
            dataDir = arguments[++i];
        } else if (arg.startsWith(u"--data=")) {
            dataDir = arg.mid(7);
        } else if (arg == u"--help" || arg == u"-h") {
            *m_out << kUsage;
            return 0;
        } else if (arg.startsWith(u"--")) {
            return usage(u"unknown option "_s + arg);
        } else {
            positional.append(arg);
        }
    }
    if (positional.isEmpty())
        return usage(u"no command given"_s);
    const QString command = positional.takeFirst();
    if (dataDir.isEmpty())
        return usage(command + u": --data DIR is required"_s);

    try {
        if (command == u"init") {
            if (!positional.isEmpty())
                return usage(u"init takes no arguments, got "_s + positional.join(u' '));
            return init(dataDir);
        }
        if (command == u"import") {
            static const QStringList kinds = {
                u"permits"_s, u"reports"_s, u"checklists"_s, u"staff"_s};
            if (positional.size() != 2)
                return usage(u"import needs a KIND (%1) and a FILE"_s.arg(kinds.join(u", "_s)));
            if (!kinds.contains(positional[0]))
                return usage(
                    u"import KIND must be %1, not %2"_s.arg(kinds.join(u", "_s), positional[0]));
            if (!QFileInfo(positional[1]).isFile())
                return usage(u"import: no such file "_s + positional[1]);
            return import(dataDir, positional[0], positional[1]);
        }
        if (command == u"summary") {
            if (!positional.isEmpty())
                return usage(u"summary takes no arguments, got "_s + positional.join(u' '));
            return summary(dataDir);
        }
        return usage(u"unknown command "_s + command);
    } catch (const std::exception &e) {
        *m_err << u"outfall-server: "_s << command << u": "_s << QString::fromStdString(e.what())
               << u'\n';
        m_err->flush();
        return 1;
    }
}

int ServerCli::init(const QString &dataDir)
{
    auto db = ServerStore::initialise(dataDir);
    *m_out << u"initialised store "_s << db->path() << u" (schema version "_s << db->userVersion()
           << u")\n"_s;
    m_out->flush();
    return 0;
}

int ServerCli::import(const QString &dataDir, const QString &kind, const QString &file)
{
    auto db = ServerStore::open(dataDir);
    const importer::ImportReport report = kind == u"permits"
        ? importer::PermitImporter(*db).importFile(file)
        : kind == u"reports"    ? importer::ReportImporter(*db).importFile(file)
        : kind == u"checklists" ? importer::ChecklistImporter(*db).importFile(file)
                                : importer::StaffImporter(*db).importFile(file);
    if (!report.ok()) {
        for (const auto &issue : report.issues())
            *m_err << issue.toString() << u'\n';
        *m_err << report.summary() << u'\n';
        m_err->flush();
        return 1;
    }
    *m_out << report.summary() << u'\n';
    m_out->flush();
    return 0;
}

int ServerCli::summary(const QString &dataDir)
{
    auto db = ServerStore::open(dataDir);
    *m_out << StoreSummary::read(*db).toText();
    m_out->flush();
    return 0;
}

} // namespace outfall::server
