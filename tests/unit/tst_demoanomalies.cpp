// The demo district against the rules: generate it (shared/demo), import it, plant the field
// visits the anomalies need (the `truth` of anomalies.json: where a moved outlet really is, the
// undeclared outlet, the plant seen running while it reported shutdown, a visit to the
// enterprise whose permit expired), evaluate as of the demo's date, and check that every planted
// anomaly is found by its intended rule and that no enterprise generated clean has any flag.
// A rule not written yet (the rules land on their own branch) skips its anomalies, named.
#include "domain/uuidv7.h"
#include "rules/ruleset.h"
#include "server/serverstore.h"
#include "servertesthelpers.h"
#include "store/database.h"
#include "store/flagrecords.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace outfall;

namespace {

// The rule each kind of planted anomaly is for (docs/demo-data.md, issue 11).
const QHash<QString, QString> kIntendedRule = {
    {u"concentration_exceedance"_s, u"R3"_s},
    {u"annual_total_exceeded"_s, u"R4"_s},
    {u"missing_execution_report"_s, u"R6"_s},
    {u"late_execution_report"_s, u"R6"_s},
    {u"missing_sample"_s, u"R5"_s},
    {u"cems_flatline"_s, u"R7"_s},
    {u"expired_permit"_s, u"R11"_s},
    {u"shutdown_while_running"_s, u"R13"_s},
    {u"moved_outlet"_s, u"R8"_s},
    {u"undeclared_outlet"_s, u"R9"_s},
};

std::int64_t cstMs(QDate date, int hour)
{
    return QDateTime(date, QTime(hour, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

QString one(store::Database &db, const QString &sql, const QString &a, const QString &b = {})
{
    auto row = db.prepare(sql);
    row.bind(1, a);
    if (!b.isNull())
        row.bind(2, b);
    return row.step() ? row.text(0) : QString();
}

bool ruleExists(const QString &id)
{
    for (const rules::Rule &rule : rules::allRules()) {
        if (rule.id == id)
            return true;
    }
    return false;
}

} // namespace

class TestDemoAnomalies : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_data;
    QDate m_asOf;
    QJsonArray m_anomalies;
    QList<store::FlagRecord> m_flags;
    QString m_evaluateOutput;

    // A submitted inspection of the permit, started at `startedAt`, as a device syncs it.
    QString inspect(
        store::Database &db, const QString &permitId, std::int64_t startedAt, const QString &load)
    {
        domain::UuidV7Generator ids;
        const QString id = ids.next();
        const QString inspector = one(db,
            u"SELECT id FROM inspector WHERE role = ?1 ORDER BY code LIMIT 1"_s, u"inspector"_s);
        db.prepare(uR"(INSERT INTO inspection (id, permit_id, inspector_id, phase, status,
                           started_at, submitted_at, production_load)
                       VALUES (?1, ?2, ?3, 'post_issuance', 'submitted', ?4, ?5, ?6))"_s)
            .bind(1, id)
            .bind(2, permitId)
            .bind(3, inspector)
            .bind(4, startedAt)
            .bind(5, startedAt + 3'600'000)
            .bind(6, load)
            .exec();
        return id;
    }

    QString fix(store::Database &db, const QString &inspection, const QString &outletId,
        const QString &purpose, double lat, double lon, std::int64_t at)
    {
        const QString id = domain::UuidV7Generator().next();
        db.prepare(uR"(INSERT INTO position_fix (id, inspection_id, outlet_id, purpose, lat, lon,
                           accuracy_m, samples, recorded_at)
                       VALUES (?1, ?2, ?3, ?4, ?5, ?6, 4, 10, ?7))"_s)
            .bind(1, id)
            .bind(2, inspection)
            .bind(3, outletId.isEmpty() ? QString() : outletId)
            .bind(4, purpose)
            .bind(5, lat)
            .bind(6, lon)
            .bind(7, at)
            .exec();
        return id;
    }

    // What inspectors saw on site, as the anomalies' truth says (the data files cannot show it).
    void plantFieldVisits(store::Database &db)
    {
        const QDate visit = m_asOf.addDays(-5);
        for (const QJsonValue &value : std::as_const(m_anomalies)) {
            const QJsonObject a = value.toObject();
            const QString kind = a.value(u"kind"_s).toString();
            const QString permitId = one(
                db, u"SELECT id FROM permit WHERE number = ?1"_s, a.value(u"permit"_s).toString());
            const QJsonObject truth = a.value(u"truth"_s).toObject();
            if (kind == u"moved_outlet") {
                const QString outletId =
                    one(db, u"SELECT id FROM outlet WHERE permit_id = ?1 AND code = ?2"_s, permitId,
                        a.value(u"outlet"_s).toString());
                const QString inspection = inspect(db, permitId, cstMs(visit, 9), u"running"_s);
                fix(db, inspection, outletId, u"outlet_check"_s, truth.value(u"lat"_s).toDouble(),
                    truth.value(u"lon"_s).toDouble(), cstMs(visit, 10));
            } else if (kind == u"undeclared_outlet") {
                const QString inspection = inspect(db, permitId, cstMs(visit, 9), u"running"_s);
                const QString fixId = fix(db, inspection, {}, u"undeclared_outlet"_s,
                    truth.value(u"lat"_s).toDouble(), truth.value(u"lon"_s).toDouble(),
                    cstMs(visit, 10));
                db.prepare(uR"(INSERT INTO observed_outlet (id, inspection_id, fix_id, medium,
                                   description, recorded_at)
                               VALUES (?1, ?2, ?3, ?4, ?5, ?6))"_s)
                    .bind(1, domain::UuidV7Generator().next())
                    .bind(2, inspection)
                    .bind(3, fixId)
                    .bind(4, truth.value(u"medium"_s).toString())
                    .bind(5, truth.value(u"description_zh"_s).toString())
                    .bind(6, cstMs(visit, 10))
                    .exec();
            } else if (kind == u"shutdown_while_running") {
                // Inside the reported shutdown: the plant seen running.
                const QDate from = QDate::fromString(
                    a.value(u"period"_s).toString().section(u'/', 0, 0), Qt::ISODate);
                inspect(
                    db, permitId, cstMs(from.addDays(7), 10), truth.value(u"status"_s).toString());
            } else if (kind == u"expired_permit") {
                inspect(db, permitId, cstMs(visit, 9), u"running"_s);
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_data = m_dir.path() + u"/data"_s;
        const QString demo = m_dir.path() + u"/demo"_s;
        // 40 enterprises: the 28 planted anomalies, each on its own, and 12 clean ones.
        const auto generated =
            servertest::run({u"generate-demo"_s, u"--out"_s, demo, u"--enterprises"_s, u"40"_s});
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
        QFile file(demo + u"/anomalies.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject anomalies = QJsonDocument::fromJson(file.readAll()).object();
        m_anomalies = anomalies.value(u"anomalies"_s).toArray();
        QCOMPARE(m_anomalies.size(), 28);
        m_asOf = QDate::fromString(
            anomalies.value(u"generator"_s).toObject().value(u"as_of"_s).toString(), Qt::ISODate);
        QVERIFY(m_asOf.isValid());

        QCOMPARE(servertest::run({u"init"_s, u"--data"_s, m_data}).exitCode, 0);
        for (const auto &[kind, name] :
            {std::pair {u"checklists"_s, u"checklists.json"_s}, {u"staff"_s, u"staff.csv"_s},
                {u"permits"_s, u"permits.jsonl"_s}, {u"reports"_s, u"reports.csv"_s}}) {
            const auto imported = servertest::run({u"import"_s, u"--data"_s, m_data, u"--as-of"_s,
                m_asOf.toString(Qt::ISODate), kind, demo + u'/' + name});
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        }
        {
            auto db = server::ServerStore::open(m_data);
            plantFieldVisits(*db);
        }
        const auto evaluated = servertest::run(
            {u"evaluate"_s, u"--data"_s, m_data, u"--as-of"_s, m_asOf.toString(Qt::ISODate)});
        QVERIFY2(evaluated.exitCode == 0, qPrintable(evaluated.err));
        m_evaluateOutput = evaluated.out;
        qInfo().noquote() << evaluated.out;
        auto db = server::ServerStore::open(m_data);
        m_flags = store::FlagRecords(*db).list();
    }

    void everyAnomalyFoundByItsRule_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("permitId");
        QTest::addColumn<QString>("outletId");
        QTest::addColumn<QString>("pollutant");
        auto db = server::ServerStore::open(m_data);
        for (const QJsonValue &value : std::as_const(m_anomalies)) {
            const QJsonObject a = value.toObject();
            const QString permitId = one(
                *db, u"SELECT id FROM permit WHERE number = ?1"_s, a.value(u"permit"_s).toString());
            const QString outletId =
                one(*db, u"SELECT id FROM outlet WHERE permit_id = ?1 AND code = ?2"_s, permitId,
                    a.value(u"outlet"_s).toString());
            QTest::newRow(
                qPrintable(a.value(u"id"_s).toString() + u' ' + a.value(u"kind"_s).toString()))
                << a.value(u"kind"_s).toString() << permitId << outletId
                << a.value(u"pollutant"_s).toString();
        }
    }

    void everyAnomalyFoundByItsRule()
    {
        QFETCH(QString, kind);
        QFETCH(QString, permitId);
        QFETCH(QString, outletId);
        QFETCH(QString, pollutant);
        QVERIFY(!permitId.isEmpty());
        const QString rule = kIntendedRule.value(kind);
        QVERIFY2(!rule.isEmpty(), qPrintable(u"no intended rule for "_s + kind));
        if (!ruleExists(rule))
            QSKIP(qPrintable(u"%1 is not written yet (rules branch)"_s.arg(rule)));
        QStringList near;
        for (const store::FlagRecord &flag : std::as_const(m_flags)) {
            if (flag.permitId != permitId)
                continue;
            near << flag.ruleId + u' ' + flag.outletId + u' ' + flag.pollutant + u' ' + flag.period;
            if (flag.ruleId != rule || flag.status != u"open")
                continue;
            // A flag that names an outlet or a pollutant must name the anomaly's.
            if (!flag.outletId.isEmpty() && !outletId.isEmpty() && flag.outletId != outletId)
                continue;
            if (!flag.pollutant.isEmpty() && !pollutant.isEmpty() && flag.pollutant != pollutant)
                continue;
            return;
        }
        QFAIL(qPrintable(u"%1 raised no flag for this %2; the permit's flags: %3"_s.arg(
            rule, kind, near.isEmpty() ? u"none"_s : near.join(u"; "_s))));
    }

    void noFlagOnCleanEnterprises()
    {
        QSet<QString> planted;
        for (const QJsonValue &value : std::as_const(m_anomalies))
            planted.insert(value.toObject().value(u"permit"_s).toString());
        auto db = server::ServerStore::open(m_data);
        QStringList wrong;
        int clean = 0;
        auto permits = db->prepare(u"SELECT id, number FROM permit ORDER BY number"_s);
        while (permits.step()) {
            if (planted.contains(permits.text(1)))
                continue;
            ++clean;
            for (const store::FlagRecord &flag : std::as_const(m_flags)) {
                if (flag.permitId == permits.text(0))
                    wrong << permits.text(1) + u": "_s + flag.ruleId + u' ' + flag.messageEn;
            }
        }
        QCOMPARE(clean, 12);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    void everyFlagReadsInChinese()
    {
        // What the server stored: each input with its Chinese name, a Chinese line per step.
        QVERIFY(!m_flags.isEmpty());
        QStringList missing;
        for (const store::FlagRecord &flag : std::as_const(m_flags)) {
            const QJsonObject computation =
                QJsonDocument::fromJson(flag.computation.toUtf8()).object();
            for (const QJsonValue &input : computation.value(u"inputs"_s).toArray()) {
                if (input.toObject().value(u"name_zh"_s).toString().isEmpty())
                    missing << flag.ruleId + u" input "_s
                            + input.toObject().value(u"name"_s).toString();
            }
            const QJsonArray en = computation.value(u"steps"_s).toArray();
            const QJsonArray zh = computation.value(u"steps_zh"_s).toArray();
            if (en.isEmpty() || zh.size() != en.size())
                missing << flag.ruleId + u" steps"_s;
            for (const QJsonValue &line : zh) {
                if (line.toString().isEmpty())
                    missing << flag.ruleId + u" step"_s;
            }
        }
        missing.removeDuplicates();
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void storeKeepsTheDemosDate()
    {
        // init --as-of: every later import and evaluate of the store is as of the demo's date
        // without being told, and finds what the explicit --as-of found.
        const QString data = m_dir.path() + u"/dated"_s;
        const QString demo = m_dir.path() + u"/demo"_s;
        const QString date = m_asOf.toString(Qt::ISODate);
        QCOMPARE(servertest::run({u"init"_s, u"--data"_s, data, u"--as-of"_s, date}).exitCode, 0);
        for (const auto &[kind, name] :
            {std::pair {u"checklists"_s, u"checklists.json"_s}, {u"staff"_s, u"staff.csv"_s},
                {u"permits"_s, u"permits.jsonl"_s}, {u"reports"_s, u"reports.csv"_s}}) {
            const auto imported =
                servertest::run({u"import"_s, u"--data"_s, data, kind, demo + u'/' + name});
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
            if (kind == u"permits")
                QVERIFY2(
                    imported.out.contains(u"evaluated as of "_s + date), qPrintable(imported.out));
        }
        const auto evaluated = servertest::run({u"evaluate"_s, u"--data"_s, data});
        QVERIFY2(evaluated.exitCode == 0, qPrintable(evaluated.err));
        auto db = server::ServerStore::open(data);
        const QList<store::FlagRecord> flags = store::FlagRecords(*db).list();
        // No field visits were planted here: the reference data's flags only, the same as
        // those of the explicit evaluation (R6 included: no false "report missing").
        auto byRule = [](const QList<store::FlagRecord> &list, bool field) {
            QStringList rules;
            for (const store::FlagRecord &flag : list) {
                const bool fieldRule =
                    QStringList {u"R1"_s, u"R2"_s, u"R8"_s, u"R9"_s, u"R10"_s, u"R12"_s, u"R13"_s}
                        .contains(flag.ruleId)
                    || (flag.ruleId == u"R11"_s && flag.detail != u"renewal"_s);
                if (fieldRule == field)
                    rules << flag.ruleId + u' ' + flag.period;
            }
            rules.sort();
            return rules;
        };
        QCOMPARE(byRule(flags, false), byRule(m_flags, false));
        QVERIFY(byRule(flags, true).isEmpty());

        // A stored date that is not one is an error naming the file; an explicit --as-of
        // still wins over a good one.
        QFile file(data + u"/as-of"_s);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("2026-13-01\n");
        file.close();
        const auto refused = servertest::run({u"evaluate"_s, u"--data"_s, data});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(data + u"/as-of: must hold one date YYYY-MM-DD"_s),
            qPrintable(refused.err));
        const auto explicitDate =
            servertest::run({u"evaluate"_s, u"--data"_s, data, u"--as-of"_s, date});
        QVERIFY2(explicitDate.exitCode == 0, qPrintable(explicitDate.err));
    }

    // Which intended rules exist yet, said once (the skips above name them one by one).
    void rulesStillMissing()
    {
        QStringList missing;
        for (const QString &rule : kIntendedRule) {
            if (!ruleExists(rule) && !missing.contains(rule))
                missing << rule;
        }
        missing.sort();
        if (!missing.isEmpty())
            qWarning().noquote() << "rules not written yet:" << missing.join(u", "_s);
        QVERIFY(m_evaluateOutput.contains(u"evaluated 40 permit(s)"_s));
    }
};

QTEST_GUILESS_MAIN(TestDemoAnomalies)
#include "tst_demoanomalies.moc"
