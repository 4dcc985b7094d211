// R3 on real US EPA ECHO data agrees with ECHO's own figures (issue 11, docs/echo.md): every
// file of ../shared/data/echo is imported into a store of its own, R3 runs over every NPDES
// permit through the snapshot loader, and each file row is compared with the flag of its DMR
// value. Every disagreement is printed; docs/echo.md explains each one.
#include "importer/echodmrreader.h"
#include "importer/echoimporter.h"
#include "importer/importreport.h"
#include "importtesthelpers.h"
#include "rules/r03_dmrexceedance.h"
#include "rules/ruleset.h"
#include "store/npdessnapshotloader.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall;

namespace {

const QString kEchoDir = QStringLiteral(OUTFALL_ECHO_DATA_DIR);

QStringList echoFiles()
{
    QStringList files;
    for (const QString &folder : {u"effluent-charts"_s, u"dmr-fy2026"_s}) {
        const QDir dir(kEchoDir + u'/' + folder);
        for (const QString &name : dir.entryList({u"*.csv"_s}, QDir::Files, QDir::Name))
            files << dir.filePath(name);
    }
    return files;
}

// The file's rows as the import reads them.
QList<std::pair<qint64, importer::EchoDmrRow>> readRows(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    importer::ImportReport report(u"echo"_s, path);
    importer::EchoDmrReader reader(&file, report);
    QList<std::pair<qint64, importer::EchoDmrRow>> rows;
    if (reader.readHeader()) {
        importer::EchoDmrRow row;
        while (reader.next(row))
            rows.append({reader.line(), row});
    }
    if (!report.ok())
        qFatal("%s does not read: %s", qPrintable(path), qPrintable(report.issues()[0].toString()));
    return rows;
}

QString input(const rules::Flag &flag, const QString &name)
{
    for (const auto &in : flag.inputs) {
        if (in.name == name)
            return in.value;
    }
    return {};
}

// R3 flags of every NPDES permit in the store, by ECHO's DMR value id.
QHash<QString, rules::Flag> flagsByEchoId(store::Database &db, int &permits)
{
    QHash<QString, QString> echoIdOf; // npdes_dmr_value.id → ECHO's id
    {
        auto stmt = db.prepare(u"SELECT id, echo_dmr_value_id FROM npdes_dmr_value"_s);
        while (stmt.step())
            echoIdOf.insert(stmt.text(0), stmt.text(1));
    }
    const rules::RuleConfig config;
    QHash<QString, rules::Flag> flags;
    const QStringList ids = store::NpdesSnapshotLoader::permitIds(db);
    permits = int(ids.size());
    for (const QString &id : ids) {
        const auto snapshot = store::NpdesSnapshotLoader::load(db, id);
        const rules::EvaluationContext context {*snapshot, config, QDate(2026, 12, 1)};
        for (const rules::Flag &flag : rules::evaluatePermit(context)) {
            if (flag.ruleId != u"R3" || flag.evidence.value(0).kind != u"npdes_dmr_value")
                continue;
            const QString echoId = echoIdOf.value(flag.evidence[0].id);
            if (flags.contains(echoId))
                qFatal("two R3 flags for DMR value %s", qPrintable(echoId));
            flags.insert(echoId, flag);
        }
    }
    return flags;
}

} // namespace

class TestEchoAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDir(kEchoDir).exists())
            QSKIP(qPrintable(u"no ECHO data at %1 (../shared/data/echo)"_s.arg(kEchoDir)));
        QVERIFY2(echoFiles().size() >= 10, qPrintable(kEchoDir));
    }

    // The whole comparison, file by file; the figures are printed for docs/echo.md.
    void percentsAndViolationsAgreeWithEcho()
    {
        qint64 filled = 0, agreed = 0, rowsTotal = 0, violationsOurs = 0, alertWarnings = 0;
        QStringList percentDisagreements, violationDisagreements, notE90;
        for (const QString &path : echoFiles()) {
            const QString name = QFileInfo(path).fileName();
            auto db = importtest::freshStore();
            const importer::ImportReport report = importer::EchoImporter(*db).importFile(path);
            QVERIFY2(report.ok(), qPrintable(importtest::issueTexts(report).join(u'\n')));
            int permits = 0;
            const QHash<QString, rules::Flag> flags = flagsByEchoId(*db, permits);
            QVERIFY(permits >= 1);

            // Stored violation codes: ECHO's codes of the value over all its rows.
            QHash<QString, QString> codes;
            {
                auto stmt = db->prepare(
                    u"SELECT echo_dmr_value_id, echo_violation_codes FROM npdes_dmr_value"_s);
                while (stmt.step())
                    codes.insert(stmt.text(0), stmt.text(1));
            }
            for (const auto &[line, row] : readRows(path)) {
                ++rowsTotal;
                const auto flag = flags.constFind(row.dmrValueId);
                const bool flagged = flag != flags.constEnd();
                const QString where =
                    u"%1:%2 %3 %4 %5 %6 %7%8 %9 limit %10%11"_s.arg(name).arg(line).arg(row.permit,
                        row.outfall, row.parameterCode, row.statisticalBase, row.dmrQualifier,
                        row.dmrValue ? QString::number(*row.dmrValue) : row.nodiCode, row.dmrUnit,
                        row.limitQualifier,
                        row.limitValue ? QString::number(*row.limitValue) : u"-"_s)
                    + u' ' + row.limitUnit;
                if (row.exceedancePct) {
                    ++filled;
                    const QString ours =
                        flagged ? input(*flag, u"percent as ECHO stores it"_s) : u"no flag"_s;
                    bool isNumber = false;
                    if (ours.toDouble(&isNumber) == *row.exceedancePct && isNumber)
                        ++agreed;
                    else
                        percentDisagreements << u"%1: ECHO %2, ours %3"_s.arg(where)
                                                    .arg(*row.exceedancePct, 0, 'g', 15)
                                                    .arg(ours.isEmpty() ? u"none"_s : ours);
                }
                if (!flagged)
                    continue;
                // Alert limits are kept apart: a warning, never a violation.
                if (row.limitType == u"ALR") {
                    QCOMPARE(flag->severity, rules::Severity::Warning);
                    ++alertWarnings;
                    continue;
                }
                QCOMPARE(flag->severity, rules::Severity::Violation);
                ++violationsOurs;
                const QString echoCodes = codes.value(row.dmrValueId);
                if (echoCodes.isEmpty())
                    violationDisagreements << u"%1: our violation, ECHO none"_s.arg(where);
                else if (!echoCodes.contains(u"E90"))
                    notE90 << u"%1: ECHO %2"_s.arg(where, echoCodes);
            }
            // ECHO's E90 values we do not flag.
            auto e90 = db->prepare(u"SELECT echo_dmr_value_id, parameter_code, dmr_value,"
                                   u" limit_value FROM npdes_dmr_value WHERE limit_type = 'ENF'"
                                   u" AND echo_violation_codes LIKE '%E90%'"_s);
            while (e90.step()) {
                if (!flags.contains(e90.text(0)))
                    violationDisagreements << u"%1: ECHO E90 on DMR value %2 (%3, value %4,"
                                              u" limit %5), no flag"_s.arg(name, e90.text(0),
                                                  e90.text(1), e90.text(2), e90.text(3));
            }
        }
        const double share = filled ? 100.0 * double(agreed) / double(filled) : 0;
        qInfo().noquote() << u"ECHO agreement: %1 of %2 rows with exceedence_pct agree (%3 %),"
                             u" over %4 rows; %5 violation rows flagged, %6 alert excursions"_s
                                 .arg(agreed)
                                 .arg(filled)
                                 .arg(share, 0, 'f', 2)
                                 .arg(rowsTotal)
                                 .arg(violationsOurs)
                                 .arg(alertWarnings);
        for (const QString &line : std::as_const(percentDisagreements))
            qInfo().noquote() << u"percent disagreement: "_s + line;
        for (const QString &line : std::as_const(violationDisagreements))
            qInfo().noquote() << u"violation disagreement: "_s + line;
        for (const QString &line : std::as_const(notE90))
            qInfo().noquote() << u"flagged, ECHO's code is not E90: "_s + line;

        QVERIFY(filled > 5000);
        QVERIFY2(share >= 99.0, qPrintable(u"%1 %"_s.arg(share)));
        QVERIFY(alertWarnings > 1000);
        // Never a violation where ECHO reports none.
        QCOMPARE(violationDisagreements.filter(u"ECHO none"_s), QStringList());
        // Stronger, and true of these files: every value we call a violation has an E90.
        QCOMPARE(notE90, QStringList());
    }

    // The flow-only permit is the clean control: every value within its limit, no flag at all.
    void flowOnlyPermitRaisesNoFlag()
    {
        for (const QString &file :
            {u"TX0124362_2021-2024_flow.csv"_s, u"TX0119407_effluent_chart.csv"_s}) {
            auto db = importtest::freshStore();
            const auto report =
                importer::EchoImporter(*db).importFile(kEchoDir + u"/effluent-charts/"_s + file);
            QVERIFY(report.ok());
            QVERIFY(importtest::count(*db, u"npdes_dmr_value"_s) > 50);
            int permits = 0;
            QCOMPARE(flagsByEchoId(*db, permits).size(), 0);
            QCOMPARE(permits, 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestEchoAgreement)
#include "tst_echoagreement.moc"
