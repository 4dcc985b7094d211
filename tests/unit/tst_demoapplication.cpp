// The demo district's application before issuance (docs/demo-data.md): applications.jsonl
// imports as one application with its declarations, its number is no permit's of the district,
// and its scenario (anomalies.json `pre_issuance`) played as a pre-issuance inspection raises
// R15 and R16 — the flags the supervisor sees beside the application.
#include "demo/demogenerator.h"
#include "importer/permitimporter.h"
#include "importtesthelpers.h"
#include "rules/ruleconfig.h"
#include "server/flagevaluator.h"
#include "server/routestore.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall;
using namespace importtest;

class TestDemoApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void applicationAndItsScenario()
    {
        QTemporaryDir dir;
        demo::DemoOptions options;
        options.enterprises = 12;
        options.reports = false;
        demo::DemoGenerator(options).generate(dir.path());

        auto db = freshStore();
        QVERIFY(importer::PermitImporter(*db).importFile(dir.filePath(u"permits.jsonl"_s)).ok());
        const auto report =
            importer::PermitImporter(*db).importFile(dir.filePath(u"applications.jsonl"_s));
        QVERIFY2(report.ok(), qPrintable(issueTexts(report).join(u'\n')));
        QCOMPARE(
            scalar(*db, u"SELECT count(*) FROM permit WHERE status = 'application'"_s), u"1"_s);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM permit WHERE status = 'issued'"_s), u"12"_s);
        QCOMPARE(scalar(*db,
                     u"SELECT group_concat(code, ',') FROM (SELECT code FROM"
                     u" treatment_facility ORDER BY code)"_s),
            u"T001,T002,T003"_s);

        QFile file(dir.filePath(u"anomalies.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject scenario =
            QJsonDocument::fromJson(file.readAll()).object().value(u"pre_issuance"_s).toObject();
        const QString number = scenario.value(u"number"_s).toString();
        const QString permitId = scalar(*db,
            u"SELECT id FROM permit WHERE status = 'application' AND number = '"_s + number
                + u"'"_s);
        QVERIFY(!permitId.isEmpty());
        // Not a permit yet: no "double random" draw picks its enterprise (nor does the public
        // site list it, publicdataloader.cpp).
        const QString applicant =
            scalar(*db, u"SELECT enterprise_id FROM permit WHERE id = '"_s + permitId + u"'"_s);
        const auto pool = server::RouteStore(*db).loadPool({}, QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(pool.enterprises.size(), 12);
        for (const auto &candidate : pool.enterprises)
            QVERIFY(candidate.id != applicant);

        // The scenario played as the inspector records it.
        const QString inspector = scalar(*db, u"SELECT id FROM inspector LIMIT 1"_s);
        const QString staff = inspector.isEmpty() ? u"ins-1"_s : inspector;
        if (inspector.isEmpty())
            db->exec(u"INSERT INTO inspector (id, code, name, role) VALUES ('ins-1', 'I1', 'I',"
                     u" 'inspector')"_s);
        db->prepare(u"INSERT INTO inspection (id, permit_id, inspector_id, phase, status,"
                    u" started_at) VALUES ('insp', ?, ?, 'pre_issuance', 'submitted', ?)"_s)
            .bind(1, permitId)
            .bind(2, staff)
            .bind(3, std::int64_t(QDateTime::currentMSecsSinceEpoch()))
            .exec();
        int n = 0;
        for (const QJsonValue &value : scenario.value(u"finds"_s).toArray()) {
            const QJsonObject find = value.toObject();
            const QString what = find.value(u"declaration"_s).toString();
            const QString kind = what.startsWith(u'T') ? u"facility"_s
                : what.startsWith(u'D')                ? u"outlet"_s
                                                       : what;
            const QString table = kind == u"facility" ? u"treatment_facility"_s : u"outlet"_s;
            auto insert = db->prepare(
                u"INSERT INTO declaration_check (id, inspection_id, kind, subject_id, found,"
                u" running, observed_value, observed_unit, outside_zones, recorded_at) VALUES"
                u" (?1, 'insp', ?2, (SELECT id FROM %1 WHERE permit_id = ?3 AND code = ?4), ?5,"
                u" ?6, ?7, ?8, ?9, ?10)"_s.arg(table));
            insert.bind(1, u"c%1"_s.arg(++n)).bind(2, kind).bind(3, permitId).bind(4, what);
            if (kind == u"outlet" || kind == u"facility")
                insert.bind(5, find.value(u"found"_s).toBool());
            else
                insert.bind(5, nullptr);
            if (kind == u"facility" && find.value(u"found"_s).toBool())
                insert.bind(6, find.value(u"running"_s).toBool());
            else
                insert.bind(6, nullptr);
            if (kind == u"capacity")
                insert.bind(7, find.value(u"observed"_s).toDouble())
                    .bind(8, find.value(u"unit"_s).toString());
            else
                insert.bind(7, nullptr).bind(8, QString());
            if (kind == u"zone")
                insert.bind(9, find.value(u"outside_zones"_s).toBool());
            else
                insert.bind(9, nullptr);
            insert.bind(10, std::int64_t(QDateTime::currentMSecsSinceEpoch())).exec();
        }
        server::FlagEvaluator(*db, rules::RuleConfig::defaults()).evaluateAll(QDate::currentDate());
        QCOMPARE(scalar(*db,
                     u"SELECT group_concat(rule_id, ',') FROM (SELECT rule_id FROM flag WHERE"
                     u" permit_id = '"_s
                         + permitId + u"' ORDER BY rule_id)"_s),
            u"R15,R16"_s);
    }
};

QTEST_GUILESS_MAIN(TestDemoApplication)
#include "tst_demoapplication.moc"
