// The device's flags: the server's rows as they were pulled, and the verdicts of the rules
// that run offline on what the device holds, provisional until the server's row with the same
// id arrives; `outfall-device flags` lists both.
#include "core/deviceflags.h"
#include "core/devicesession.h"
#include "core/flagcomputation.h"
#include "inspectionfixture.h"
#include "rules/ruleset.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace inspectiontest;
using outfall::mobile::DeviceFlags;

namespace {

const QDate kAsOf(2026, 11, 1);

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// A server row as the pull writes it.
void insertServerFlag(outfall::store::Database &db, const QString &id, const QString &status)
{
    db.prepare(uR"(INSERT INTO flag (id, rule_id, severity, permit_id, outlet_id, pollutant,
                       period, compared, message_en, message_zh, status, raised_at, updated_at,
                       rule_version, computation)
                   VALUES (?1, 'R3', 'violation', 'permit-1', 'outlet-dw001', 'COD', '2026-10-02',
                           '[]', 'COD over the limit.', '化学需氧量超标。', ?2, 1, 2, 1,
                           '{"inputs":[],"steps":["120 > 90"]}'))"_s)
        .bind(1, id)
        .bind(2, status)
        .exec();
}

// What an inspection on 2026-10-20 found: a checklist item not complied with, an SO2 reading
// far above its limit, and the permit expired in June (R10, R1, R11 run on the device).
void plantFindings(outfall::store::Database &db)
{
    db.exec(uR"(
        UPDATE permit SET valid_to = '2026-06-30' WHERE id = 'permit-1';
        INSERT INTO inspection (id, permit_id, inspector_id, phase, template_id, status, started_at)
        VALUES ('insp-1', 'permit-1', '0190a000-0000-7000-8000-000000000001', 'post_issuance',
                't-post-4411', 'in_progress', 1792461600000);
        INSERT INTO checklist_answer (id, inspection_id, item_id, answer, note, recorded_at)
        VALUES ('ans-1', 'insp-1', 'i-k02', 'non_compliant', 'CEMS switched off', 1792461700000);
        INSERT INTO measurement (id, inspection_id, outlet_id, pollutant, value, unit, o2_pct, recorded_at)
        VALUES ('m-1', 'insp-1', 'outlet-da001', 'SO2', 80, 'mg/Nm3', 6, 1792461800000);
    )"_s);
}

} // namespace

class TestDeviceFlags : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_profile;
    int m_profiles = 0;

    Run run(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(OUTFALL_DEVICE_EXE),
            QStringList {u"--profile"_s, m_profile} + arguments);
        Run result;
        if (!process.waitForFinished(120'000))
            return result;
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_profile = m_dir.filePath(u"profile-%1"_s.arg(++m_profiles));
        outfall::mobile::DeviceSession session(m_profile);
        prepareDevice(session);
    }

    void serverRowsAreListedAsTheServerSaysThem()
    {
        {
            outfall::mobile::DeviceSession session(m_profile);
            insertServerFlag(session.database(), u"flag-1"_s, u"acknowledged"_s);
        }
        const Run r = run({u"flags"_s, u"--as-of"_s, u"2026-11-01"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject out = r.json();
        QCOMPARE(out.value(u"as_of"_s).toString(), u"2026-11-01"_s);
        const QJsonArray flags = out.value(u"flags"_s).toArray();
        QCOMPARE(out.value(u"count"_s).toInt(), flags.size());
        QCOMPARE(flags[0].toObject().value(u"id"_s).toString(), u"flag-1"_s);
        QCOMPARE(flags[0].toObject().value(u"status"_s).toString(), u"acknowledged"_s);
        QCOMPARE(flags[0].toObject().value(u"provisional"_s).toBool(), false);
        QCOMPARE(flags[0]
                     .toObject()
                     .value(u"computation"_s)
                     .toObject()
                     .value(u"steps"_s)
                     .toArray()
                     .first()
                     .toString(),
            u"120 > 90"_s);
        const Run human = run({u"flags"_s, u"--as-of"_s, u"2026-11-01"_s});
        QVERIFY2(human.out.contains(u"flag-1  R3  violation  acknowledged  COD over the limit."_s),
            qPrintable(human.out));
        QVERIFY2(human.out.contains(u"\n    120 > 90\n"_s), qPrintable(human.out));
        // A flag stored before the computation was bilingual: its steps stay English in zh.
        const Run zh = run({u"flags"_s, u"--as-of"_s, u"2026-11-01"_s, u"--lang"_s, u"zh"_s});
        QVERIFY2(zh.out.contains(u"flag-1  R3  violation  acknowledged  化学需氧量超标。"_s),
            qPrintable(zh.out));
        QVERIFY2(zh.out.contains(u"\n    120 > 90\n"_s), qPrintable(zh.out));
        QCOMPARE(run({u"flags"_s, u"--lang"_s, u"fr"_s}).exitCode, 2);
    }

    void provisionalUntilTheServersRowArrives()
    {
        outfall::mobile::DeviceSession session(m_profile);
        plantFindings(session.database());
        const auto provisional = DeviceFlags(session.database()).provisional(kAsOf);
        if (provisional.isEmpty()) {
            QStringList deviceRules;
            for (const auto &rule : outfall::rules::allRules())
                deviceRules << rule.id;
            QSKIP(qPrintable(u"no rule that runs on the device raises a flag on these findings"
                             u" yet (rules present: %1)"_s.arg(deviceRules.join(u' '))));
        }
        for (const auto &flag : provisional) {
            QVERIFY(flag.provisional);
            QCOMPARE(flag.record.permitId, u"permit-1"_s);
            QCOMPARE(flag.record.status, u"open"_s);
            const auto *rule = [&]() -> const outfall::rules::Rule * {
                for (const auto &r : outfall::rules::allRules()) {
                    if (r.id == flag.record.ruleId)
                        return &r;
                }
                return nullptr;
            }();
            QVERIFY2(rule && rule->runsOnDevice, qPrintable(flag.record.ruleId));
            // Its computation reads in Chinese: every input name and every step.
            const auto computation =
                outfall::mobile::FlagComputation::parse(flag.record.computation, {});
            QVERIFY(!computation.steps.isEmpty());
            for (const auto &input : computation.inputs)
                QVERIFY2(!input.nameZh.isEmpty(), qPrintable(input.name));
            for (const auto &step : computation.steps)
                QVERIFY2(!step.textZh.isEmpty(), qPrintable(step.textEn));
        }
        // The server's verdict on the first arrives: it is the server's from then on.
        const QString confirmed = provisional.first().record.id;
        insertServerFlag(session.database(), confirmed, u"open"_s);
        const auto all = DeviceFlags(session.database()).list(kAsOf);
        QCOMPARE(all.size(), provisional.size());
        int withId = 0;
        for (const auto &flag : all) {
            if (flag.record.id == confirmed) {
                ++withId;
                QVERIFY(!flag.provisional);
            }
        }
        QCOMPARE(withId, 1);
    }

    void badAsOfIsAUsageError()
    {
        const Run r = run({u"flags"_s, u"--as-of"_s, u"2026-02-30"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--as-of must be a date YYYY-MM-DD, not '2026-02-30'"_s),
            qPrintable(r.err));
        QCOMPARE(run({u"flags"_s, u"extra"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestDeviceFlags)
#include "tst_deviceflags.moc"
