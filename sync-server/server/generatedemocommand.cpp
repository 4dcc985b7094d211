#include "server/generatedemocommand.h"

#include "cli/commandline.h"
#include "demo/demogenerator.h"

#include <QElapsedTimer>

#include <exception>
#include <optional>

using namespace Qt::StringLiterals;

namespace outfall::server {

const QString GenerateDemoCommand::kUsage =
    u"usage: outfall-server generate-demo --out DIR [--seed N] [--enterprises N] [--months N]\n"
    u"                                    [--as-of YYYY-MM-DD] [--no-reports]\n"
    u"  --out DIR          directory for permits.jsonl, reports.csv, checklists.json,\n"
    u"                     staff.csv and anomalies.json\n"
    u"  --seed N           seed (default 1); the same seed and options give the same bytes\n"
    u"  --enterprises N    enterprises in the district (default 200)\n"
    u"  --months N         months of reported data before the month of --as-of (default 12)\n"
    u"  --as-of DATE       the demo's today (default 2026-11-01)\n"
    u"  --no-reports       permits only (benchmark sets): no reports.csv\n"_s;

GenerateDemoCommand::GenerateDemoCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

int GenerateDemoCommand::usage(const QString &problem)
{
    return cli::usageError(m_err, u"outfall-server"_s, u"generate-demo: "_s + problem);
}

int GenerateDemoCommand::run(const QStringList &arguments)
{
    demo::DemoOptions options;
    QString outDir;
    try {
        const cli::CommandLine line(arguments,
            {u"out"_s, u"seed"_s, u"enterprises"_s, u"months"_s, u"as-of"_s}, {u"no-reports"_s});
        if (line.helpAsked()) {
            m_out << kUsage;
            m_out.flush();
            return 0;
        }
        line.allowPositionals(0, u"generate-demo"_s);
        options.reports = !line.flag(u"no-reports"_s);
        for (const QString &name : line.given()) {
            if (name == u"no-reports")
                continue;
            const QString value = line.text(name);
            bool ok = false;
            if (name == u"out") {
                outDir = value;
                ok = true;
            } else if (name == u"seed") {
                options.seed = value.toULongLong(&ok);
            } else if (name == u"enterprises") {
                options.enterprises = value.toLongLong(&ok);
                ok = ok && options.enterprises >= 1;
            } else if (name == u"months") {
                options.months = value.toInt(&ok);
                ok = ok && options.months >= 1 && options.months <= 120;
            } else {
                options.asOf = QDate::fromString(value, Qt::ISODate);
                ok = options.asOf.isValid() && value.size() == 10;
            }
            if (!ok)
                return usage(u"invalid value for --%1: \"%2\""_s.arg(name, value));
        }
    } catch (const cli::UsageError &e) {
        return usage(e.message());
    }
    if (outDir.isEmpty())
        return usage(u"--out DIR is required"_s);

    try {
        demo::DemoGenerator generator(options);
        generator.setProgress([this](qint64 done, qint64 total) {
            m_err << u"generate-demo: %1/%2 enterprises\n"_s.arg(done).arg(total);
            m_err.flush();
        });
        QElapsedTimer timer;
        timer.start();
        const demo::DemoSummary summary = generator.generate(outDir);
        m_out << u"wrote %1 enterprises, %2 outlets, %3 report rows, %4 planted anomalies "
                 u"(%5 bytes) to %6 in %7 s\n"_s.arg(summary.enterprises)
                     .arg(summary.outlets)
                     .arg(summary.reportRows)
                     .arg(summary.anomalies)
                     .arg(summary.bytes)
                     .arg(outDir)
                     .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1);
        m_out.flush();
        return 0;
    } catch (const std::exception &e) {
        m_err << u"outfall-server: generate-demo: "_s << QString::fromStdString(e.what()) << u'\n';
        m_err.flush();
        return 1;
    }
}

} // namespace outfall::server
