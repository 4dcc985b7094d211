// The demo data set: deterministic bytes, valid codes and pollutants, the district's
// industry order, and planted anomalies that really are in the data files (and no
// others: honest values never break a limit).
#include "demo/demogenerator.h"
#include "domain/permitcodes.h"
#include "domain/pollutant.h"
#include "server/servercli.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace outfall;

namespace {

struct Bounds
{
    std::optional<double> min;
    std::optional<double> max;
};

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QList<QJsonObject> readPermits(const QString &path)
{
    QList<QJsonObject> permits;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return permits;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            permits.append(QJsonDocument::fromJson(line).object());
    }
    return permits;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                          : QJsonObject();
}

// The permit's outlet with `code`, or an empty object.
QJsonObject outletOf(const QJsonObject &permit, const QString &code)
{
    for (const QJsonValue &outlet : permit[u"outlets"_s].toArray()) {
        if (outlet[u"code"_s].toString() == code)
            return outlet.toObject();
    }
    return {};
}

QJsonObject limitOf(const QJsonObject &outlet, const QString &pollutant)
{
    for (const QJsonValue &limit : outlet[u"limits"_s].toArray()) {
        if (limit[u"pollutant"_s].toString() == pollutant)
            return limit.toObject();
    }
    return {};
}

enum Column { Record, Permit, Outlet, Pollutant, Period, Value, Unit, Qualifier, Validity, NoData };

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_first; // seed 1, defaults
    QList<QJsonObject> m_permits;
    QHash<QString, QJsonObject> m_permitByNumber;
    QJsonObject m_anomalies;
    // reports.csv rows of the permits that carry an anomaly, split into columns.
    QHash<QByteArray, QList<QList<QByteArray>>> m_anomalyRows;
    QStringList m_honestViolations;

    static demo::DemoSummary generate(const QString &dir, demo::DemoOptions options = {})
    {
        return demo::DemoGenerator(options).generate(dir);
    }

    QString path(const QString &name) const { return m_first + u'/' + name; }

    QList<QList<QByteArray>> rows(const QString &permit, const char *record) const
    {
        QList<QList<QByteArray>> result;
        for (const auto &row : m_anomalyRows.value(permit.toUtf8())) {
            if (row[Record] == record)
                result.append(row);
        }
        return result;
    }

    // One pass over reports.csv: keeps the rows of anomalous permits and notes every
    // valid value outside its limit, which only a planted anomaly may cause.
    void scanReports()
    {
        QSet<QByteArray> anomalous;
        for (const QJsonValue &a : m_anomalies[u"anomalies"_s].toArray())
            anomalous.insert(a[u"permit"_s].toString().toUtf8());
        QHash<QByteArray, Bounds> bounds;
        for (const QJsonObject &permit : m_permits) {
            for (const QJsonValue &outlet : permit[u"outlets"_s].toArray()) {
                for (const QJsonValue &limit : outlet[u"limits"_s].toArray()) {
                    Bounds b;
                    if (limit.toObject().contains(u"min"_s))
                        b.min = limit[u"min"_s].toDouble();
                    if (limit.toObject().contains(u"max"_s))
                        b.max = limit[u"max"_s].toDouble();
                    bounds.insert(
                        (permit[u"number"_s].toString() + u'/' + outlet[u"code"_s].toString() + u'/'
                            + limit[u"pollutant"_s].toString())
                            .toUtf8(),
                        b);
                }
            }
        }
        QFile file(path(u"reports.csv"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readLine(),
            QByteArray("record,permit,outlet,pollutant,period,value,unit,qualifier,validity,"
                       "no_data,o2_pct,flow_m3h,valid_count,filed_on\n"));
        while (!file.atEnd()) {
            const QList<QByteArray> row = file.readLine().chopped(1).split(',');
            QCOMPARE(row.size(), 14);
            if (anomalous.contains(row[Permit]))
                m_anomalyRows[row[Permit]].append(row);
            if ((row[Record] != "cems_day" && row[Record] != "sample") || row[Value].isEmpty()
                || row[Validity] != "valid" || row[Qualifier] == "<")
                continue;
            const Bounds b = bounds.value(row[Permit] + '/' + row[Outlet] + '/' + row[Pollutant]);
            const double value = row[Value].toDouble();
            if ((b.max && value > *b.max) || (b.min && value < *b.min))
                m_honestViolations.append(QString::fromUtf8(row.join(',')));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_first = m_dir.filePath(u"seed1"_s);
        const demo::DemoSummary summary = generate(m_first);
        QCOMPARE(summary.enterprises, 200);
        m_permits = readPermits(path(u"permits.jsonl"_s));
        for (const QJsonObject &permit : std::as_const(m_permits))
            m_permitByNumber.insert(permit[u"number"_s].toString(), permit);
        m_anomalies = readJson(path(u"anomalies.json"_s));
        scanReports();
    }

    void sameSeedGivesIdenticalBytes()
    {
        const QString again = m_dir.filePath(u"seed1-again"_s);
        generate(again);
        for (const QString &name : {u"permits.jsonl"_s, u"reports.csv"_s, u"checklists.json"_s,
                 u"staff.csv"_s, u"anomalies.json"_s}) {
            const QByteArray hash = fileHash(path(name));
            QVERIFY2(!hash.isEmpty(), qPrintable(name));
            QCOMPARE(fileHash(again + u'/' + name), hash);
        }
    }

    void differentSeedGivesDifferentData()
    {
        const QString other = m_dir.filePath(u"seed2"_s);
        demo::DemoOptions options;
        options.seed = 2;
        options.months = 2; // enough to differ, quicker
        generate(other, options);
        QVERIFY(fileHash(other + u"/permits.jsonl"_s) != fileHash(path(u"permits.jsonl"_s)));
        QVERIFY(fileHash(other + u"/anomalies.json"_s) != fileHash(path(u"anomalies.json"_s)));
    }

    // Outlet names and water destinations are written as a Chinese permit writes them, with
    // the English beside them: "废水总排放口（Total wastewater outfall）".
    void outletNamesAreChineseWithEnglishBeside()
    {
        static const QRegularExpression bilingual(
            u"^[^（]*\\p{Han}[^（]*（[A-Za-z0-9#][^）]*）$"_s);
        int outlets = 0;
        for (const QJsonObject &permit : std::as_const(m_permits)) {
            for (const QJsonValue &outlet : permit[u"outlets"_s].toArray()) {
                ++outlets;
                const QString name = outlet[u"name"_s].toString();
                QVERIFY2(bilingual.match(name).hasMatch(), qPrintable(name));
                const QString destination = outlet[u"destination"_s].toString();
                if (outlet[u"medium"_s].toString() == u"water")
                    QVERIFY2(bilingual.match(destination).hasMatch(), qPrintable(destination));
                else
                    QCOMPARE(destination, u"atmosphere"_s); // a term the app translates
            }
        }
        QVERIFY(outlets > 0);
    }

    void codesAndPollutantsAreValid()
    {
        QSet<QString> numbers;
        for (const QJsonObject &permit : std::as_const(m_permits)) {
            const QString number = permit[u"number"_s].toString();
            const QJsonObject enterprise = permit[u"enterprise"_s].toObject();
            const QString uscc = enterprise[u"uscc"_s].toString();
            QCOMPARE(domain::PermitCodes::validatePermitNumber(number), QString());
            QCOMPARE(domain::PermitCodes::validateUscc(uscc), QString());
            QCOMPARE(number.left(18), uscc);
            QVERIFY2(!numbers.contains(number), qPrintable(number));
            numbers.insert(number);
            QVERIFY(enterprise[u"region"_s].toString().startsWith(u"4403"_s));
            QCOMPARE(uscc.mid(2, 6), enterprise[u"region"_s].toString());
            QVERIFY(!enterprise[u"name"_s].toString().isEmpty());
            QVERIFY(!enterprise[u"name_en"_s].toString().isEmpty());
            QCOMPARE(permit[u"authority"_s].toString(), u"深圳市生态环境局"_s);
            const QDate from = QDate::fromString(permit[u"valid_from"_s].toString(), Qt::ISODate);
            const QDate to = QDate::fromString(permit[u"valid_to"_s].toString(), Qt::ISODate);
            QCOMPARE(from.addYears(5).addDays(-1), to);
            QVERIFY(std::abs(enterprise[u"lat"_s].toDouble() - 22.6) < 0.3);
            QVERIFY(std::abs(enterprise[u"lon"_s].toDouble() - 114.1) < 0.4);
            QSet<QString> codes;
            for (const QJsonValue &outlet : permit[u"outlets"_s].toArray()) {
                const QString code = outlet[u"code"_s].toString();
                QCOMPARE(
                    domain::PermitCodes::validateOutletCode(code, outlet[u"medium"_s].toString()),
                    QString());
                QVERIFY(!codes.contains(code));
                codes.insert(code);
                QVERIFY(!outlet[u"limits"_s].toArray().isEmpty());
                for (const QJsonValue &limit : outlet[u"limits"_s].toArray()) {
                    const auto *pollutant =
                        domain::Pollutant::find(limit[u"pollutant"_s].toString());
                    QVERIFY2(pollutant, qPrintable(limit[u"pollutant"_s].toString()));
                    QCOMPARE(limit[u"unit"_s].toString(), pollutant->defaultUnit);
                }
                for (const QJsonValue &m : outlet[u"monitoring"_s].toArray()) {
                    QVERIFY(domain::Pollutant::find(m[u"pollutant"_s].toString()));
                    QVERIFY(!m[u"method"_s].toString().isEmpty());
                }
            }
        }
    }

    void districtHasThermalPowerAndPaperFirst()
    {
        QVERIFY(m_permits.size() >= 200);
        const QStringList order = {u"4411"_s, u"22"_s, u"3360"_s, u"1713"_s, u"4620"_s, u"3982"_s};
        auto family = [&](const QJsonObject &permit) {
            const QString code = permit[u"industry_code"_s].toString();
            return code.startsWith(u"22"_s) ? 1 : static_cast<int>(order.indexOf(code));
        };
        int previous = 0;
        int thermalOrPaper = 0;
        for (const QJsonObject &permit : std::as_const(m_permits)) {
            const int current = family(permit);
            QVERIFY(current >= previous);
            previous = current;
            thermalOrPaper += current <= 1 ? 1 : 0;
        }
        QCOMPARE(family(m_permits.first()), 0);
        QVERIFY(thermalOrPaper * 2 > m_permits.size());
    }

    void honestValuesStayWithinLimits()
    {
        // Every violation in the data is a planted exceedance, listed in anomalies.json.
        QSet<QString> planted;
        for (const QJsonValue &a : m_anomalies[u"anomalies"_s].toArray()) {
            if (a[u"kind"_s] == u"concentration_exceedance"_s)
                planted.insert(a[u"permit"_s].toString());
        }
        for (const QString &row : std::as_const(m_honestViolations))
            QVERIFY2(planted.contains(row.section(u',', 1, 1)), qPrintable(row));
        QCOMPARE(m_honestViolations.size(), planted.size());
    }

    void everyAnomalyKindIsPlanted()
    {
        QSet<QString> kinds;
        for (const QJsonValue &a : m_anomalies[u"anomalies"_s].toArray()) {
            kinds.insert(a[u"kind"_s].toString());
            QVERIFY2(m_permitByNumber.contains(a[u"permit"_s].toString()),
                qPrintable(a[u"permit"_s].toString()));
        }
        const QSet<QString> expected = {u"concentration_exceedance"_s, u"annual_total_exceeded"_s,
            u"missing_execution_report"_s, u"late_execution_report"_s, u"missing_sample"_s,
            u"cems_flatline"_s, u"moved_outlet"_s, u"undeclared_outlet"_s, u"expired_permit"_s,
            u"shutdown_while_running"_s};
        QCOMPARE(kinds, expected);
    }

    void anomaliesAreInTheData()
    {
        const QDate asOf =
            QDate::fromString(m_anomalies[u"generator"_s][u"as_of"_s].toString(), Qt::ISODate);
        for (const QJsonValue &value : m_anomalies[u"anomalies"_s].toArray()) {
            const QJsonObject a = value.toObject();
            const QString kind = a[u"kind"_s].toString();
            const QString number = a[u"permit"_s].toString();
            const QJsonObject permit = m_permitByNumber.value(number);
            const QJsonObject expected = a[u"expected"_s].toObject();
            const QJsonObject outlet = outletOf(permit, a[u"outlet"_s].toString());
            const QByteArray outletCode = a[u"outlet"_s].toString().toUtf8();
            const QByteArray pollutant = a[u"pollutant"_s].toString().toUtf8();
            const QStringList period = a[u"period"_s].toString().split(u'/');
            auto matches = [&](const QList<QByteArray> &row) {
                return row[Outlet] == outletCode && row[Pollutant] == pollutant;
            };
            const QByteArray context = (kind + u' ' + number).toUtf8();
            if (kind == u"concentration_exceedance") {
                const double max =
                    limitOf(outlet, a[u"pollutant"_s].toString())[u"max"_s].toDouble();
                int found = 0;
                for (const auto &row : rows(number, a[u"record"_s].toString().toLatin1().data())) {
                    if (matches(row) && row[Period] == period[0].toUtf8()) {
                        ++found;
                        QCOMPARE(row[Value].toDouble(), expected[u"value"_s].toDouble());
                        QVERIFY2(row[Value].toDouble() > max, context.data());
                        QCOMPARE(row[Validity], QByteArray("valid"));
                    }
                }
                QCOMPARE(found, 1);
                QCOMPARE(expected[u"limit"_s].toDouble(), max);
            } else if (kind == u"annual_total_exceeded") {
                double total = 0;
                for (const auto &row : rows(number, "month_amount")) {
                    if (matches(row))
                        total += row[Value].toDouble();
                }
                const double permitted =
                    limitOf(outlet, a[u"pollutant"_s].toString())[u"annual_t"_s].toDouble();
                QCOMPARE(permitted, expected[u"annual_t"_s].toDouble());
                QVERIFY2(total > permitted, context.data());
                QVERIFY(std::abs(total - expected[u"reported_t"_s].toDouble()) < 0.1);
            } else if (kind == u"missing_execution_report" || kind == u"late_execution_report") {
                const auto filed = rows(number, "execution_report");
                QVERIFY(!filed.isEmpty()); // the other periods were filed
                QList<QByteArray> match;
                for (const auto &row : filed) {
                    if (row[Period] == period[0].toUtf8())
                        match = row;
                }
                const QDate due = QDate::fromString(expected[u"due_on"_s].toString(), Qt::ISODate);
                QVERIFY(due < asOf);
                if (kind == u"missing_execution_report") {
                    QVERIFY2(match.isEmpty(), context.data());
                } else {
                    QVERIFY2(!match.isEmpty(), context.data());
                    const QDate filedOn =
                        QDate::fromString(QString::fromLatin1(match[13]), Qt::ISODate);
                    QCOMPARE(due.daysTo(filedOn), expected[u"days_late"_s].toInteger());
                    QVERIFY(filedOn > due && filedOn < asOf);
                }
            } else if (kind == u"missing_sample") {
                const QDate from = QDate::fromString(period[0], Qt::ISODate);
                const QDate to = QDate::fromString(period[1], Qt::ISODate);
                int inPeriod = 0;
                int elsewhere = 0;
                for (const auto &row : rows(number, "sample")) {
                    if (!matches(row))
                        continue;
                    const QDate day =
                        QDate::fromString(QString::fromLatin1(row[Period]), Qt::ISODate);
                    (day >= from && day <= to ? inPeriod : elsewhere) += 1;
                }
                QCOMPARE(inPeriod, 0);
                QVERIFY(elsewhere > 0);
            } else if (kind == u"cems_flatline") {
                const QByteArray from = period[0].toUtf8();
                const QByteArray to = period[1].toUtf8();
                QSet<QByteArray> values;
                int hours = 0;
                for (const auto &row : rows(number, "cems_hour")) {
                    if (matches(row) && row[Period] >= from && row[Period] <= to) {
                        values.insert(row[Value]);
                        ++hours;
                    }
                }
                QVERIFY(hours >= 24);
                QCOMPARE(hours, expected[u"hours"_s].toInt());
                QCOMPARE(values.size(), 1);
                QCOMPARE(values.begin()->toDouble(), expected[u"value"_s].toDouble());
            } else if (kind == u"moved_outlet") {
                QCOMPARE(outlet[u"lat"_s].toDouble(), expected[u"lat"_s].toDouble());
                QCOMPARE(outlet[u"lon"_s].toDouble(), expected[u"lon"_s].toDouble());
                QVERIFY(a[u"truth"_s][u"distance_m"_s].toDouble() >= 100);
            } else if (kind == u"undeclared_outlet") {
                QVERIFY(a[u"outlet"_s].isNull());
                QVERIFY(a[u"truth"_s][u"lat"_s].isDouble());
                QVERIFY(a[u"truth"_s][u"lon"_s].isDouble());
            } else if (kind == u"expired_permit") {
                QCOMPARE(permit[u"valid_to"_s].toString(), expected[u"valid_to"_s].toString());
                QVERIFY(QDate::fromString(permit[u"valid_to"_s].toString(), Qt::ISODate) < asOf);
            } else if (kind == u"shutdown_while_running") {
                const auto days = rows(number, "cems_day");
                int shut = 0;
                for (const auto &row : days) {
                    if (row[Period] >= period[0].toUtf8() && row[Period] <= period[1].toUtf8()) {
                        QCOMPARE(row[Validity], QByteArray("shutdown"));
                        QVERIFY(row[Value].isEmpty());
                        ++shut;
                    }
                }
                QVERIFY(shut >= 14);
                QCOMPARE(a[u"truth"_s][u"status"_s].toString(), u"running"_s);
            }
        }
    }

    void permitsNearExpiryHaveAppliedForRenewal()
    {
        // R11 asks for a renewal from 60 days before expiry: a permit of the district that
        // reaches that day by asOf has applied, unless it is a planted expired permit.
        const QDate asOf =
            QDate::fromString(m_anomalies[u"generator"_s][u"as_of"_s].toString(), Qt::ISODate);
        QSet<QString> expired;
        for (const QJsonValue &a : m_anomalies[u"anomalies"_s].toArray()) {
            if (a[u"kind"_s].toString() == u"expired_permit")
                expired.insert(a[u"permit"_s].toString());
        }
        int applied = 0;
        for (const QJsonObject &permit : std::as_const(m_permits)) {
            const QString number = permit[u"number"_s].toString();
            const QDate to = QDate::fromString(permit[u"valid_to"_s].toString(), Qt::ISODate);
            const QString text = permit[u"renewal_applied_on"_s].toString();
            const QDate on = QDate::fromString(text, Qt::ISODate);
            if (permit.contains(u"renewal_applied_on"_s)) {
                ++applied;
                QVERIFY2(on.isValid() && on <= asOf && on <= to, qPrintable(number + u' ' + text));
                QVERIFY(!expired.contains(number));
            }
            if (expired.contains(number))
                QVERIFY(!permit.contains(u"renewal_applied_on"_s));
            else if (to.addDays(-60) < asOf)
                QVERIFY2(on.isValid() && on <= asOf, qPrintable(number));
        }
        // The field is in the data: the permits that reach their deadline within 60 days.
        QVERIFY(applied > 0);
    }

    void checklistTemplates()
    {
        const QJsonArray templates = readJson(path(u"checklists.json"_s))[u"templates"_s].toArray();
        QSet<QString> phases;
        QSet<QString> industries;
        for (const QJsonValue &t : templates) {
            const QJsonArray items = t[u"items"_s].toArray();
            if (t[u"industry_code"_s].isNull()) {
                phases.insert(t[u"phase"_s].toString());
                QVERIFY(items.size() >= 15);
            } else {
                industries.insert(t[u"industry_code"_s].toString());
                QVERIFY(items.size() >= 3);
            }
            QVERIFY(!t[u"title_zh"_s].toString().isEmpty());
            QVERIFY(!t[u"title_en"_s].toString().isEmpty());
            QSet<QString> codes;
            for (const QJsonValue &item : items) {
                QVERIFY(!item[u"text_zh"_s].toString().isEmpty());
                QVERIFY(!item[u"text_en"_s].toString().isEmpty());
                QVERIFY(QStringList({u"minor"_s, u"major"_s, u"critical"_s})
                            .contains(item[u"severity"_s].toString()));
                codes.insert(item[u"code"_s].toString());
            }
            QCOMPARE(codes.size(), items.size());
        }
        QCOMPARE(phases, QSet<QString>({u"pre_issuance"_s, u"post_issuance"_s}));
        QVERIFY(industries.contains(u"4411"_s));
        QVERIFY(industries.contains(u"2221"_s));
    }

    void staff()
    {
        QFile file(path(u"staff.csv"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readLine(), QByteArray("code,name,role,region,certificate_no\n"));
        QHash<QByteArray, int> roles;
        while (!file.atEnd()) {
            const QList<QByteArray> row = file.readLine().trimmed().split(',');
            QCOMPARE(row.size(), 5);
            QVERIFY(row[0].startsWith("SZ-"));
            // Inspectors and enforcement officers carry an enforcement certificate number.
            if (row[2] != "supervisor")
                QVERIFY2(!row[4].isEmpty(), row[0].constData());
            ++roles[row[2]];
        }
        QVERIFY(roles.value("inspector") >= 5);
        QCOMPARE(roles.value("supervisor"), 1);
        QCOMPARE(roles.value("enforcement"), 1);
    }

    void permitsOnlyWithoutReports()
    {
        const QString dir = m_dir.filePath(u"no-reports"_s);
        demo::DemoOptions options;
        options.reports = false;
        const demo::DemoSummary summary = generate(dir, options);
        QCOMPARE(summary.reportRows, 0);
        QVERIFY(!QFile::exists(dir + u"/reports.csv"_s));
        QCOMPARE(readPermits(dir + u"/permits.jsonl"_s).size(), 200);
        for (const QJsonValue &a : readJson(dir + u"/anomalies.json"_s)[u"anomalies"_s].toArray()) {
            QVERIFY(QStringList({u"moved_outlet"_s, u"undeclared_outlet"_s, u"expired_permit"_s})
                        .contains(a[u"kind"_s].toString()));
        }
    }

    void commandLineUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("no out") << QStringList() << u"--out"_s;
        QTest::newRow("bad months")
            << QStringList({u"--out"_s, u"x"_s, u"--months"_s, u"0"_s}) << u"--months"_s;
        QTest::newRow("bad date") << QStringList({u"--out"_s, u"x"_s, u"--as-of=2026-13-01"_s})
                                  << u"--as-of"_s;
        QTest::newRow("bad seed") << QStringList({u"--out"_s, u"x"_s, u"--seed"_s, u"abc"_s})
                                  << u"--seed"_s;
        QTest::newRow("unknown") << QStringList({u"--out"_s, u"x"_s, u"--colour"_s})
                                 << u"--colour"_s;
        QTest::newRow("no value") << QStringList({u"--out"_s, u"x"_s, u"--enterprises"_s})
                                  << u"--enterprises"_s;
    }
    void commandLineUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        server::ServerCli cli(&outStream, &errStream);
        QCOMPARE(cli.run(QStringList({u"outfall-server"_s, u"generate-demo"_s}) + arguments), 2);
        QVERIFY2(err.section(u'\n', 0, 0).contains(named), qPrintable(err));
    }

    void commandLineWritesTheSet()
    {
        const QString dir = m_dir.filePath(u"cli"_s);
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        server::ServerCli cli(&outStream, &errStream);
        QCOMPARE(cli.run({u"outfall-server"_s, u"generate-demo"_s, u"--out"_s, dir,
                     u"--enterprises=30"_s, u"--months"_s, u"2"_s, u"--seed"_s, u"7"_s}),
            0);
        QVERIFY2(out.startsWith(u"wrote 30 enterprises"_s), qPrintable(out));
        QCOMPARE(readPermits(dir + u"/permits.jsonl"_s).size(), 30);
        QVERIFY(QFile::exists(dir + u"/reports.csv"_s));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
