// AssignmentListModel (Today) over AssignedRoute: only the inspector's active assignments,
// in route order with unordered ones last, withdrawn ones and other inspectors' left out;
// distances by haversine from the bound position, none without one.
#include "core/assignedroute.h"
#include "dayfixture.h"
#include "domain/geodesy.h"
#include "models/lists/assignmentlistmodel.h"
#include "models/session/appsession.h"
#include "sync/signaturecoverage.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace outfall;
using Model = models::AssignmentListModel;

class TestAssignmentListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<models::AppSession> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        m_session = daytest::openAppSession(m_dir);
    }

    void routeOrderThenUnordered()
    {
        Model model(m_session.get());
        model.setLanguage(u"zh_CN"_s);
        QCOMPARE(model.rowCount(), 4);
        QStringList permits;
        for (int row = 0; row < model.rowCount(); ++row)
            permits << model.data(model.index(row), Model::PermitIdRole).toString();
        QCOMPARE(permits, (QStringList {u"p1"_s, u"p2"_s, u"p3"_s, u"p4"_s}));
        // Stops are positions (route_order is 10, 20, 30 in the fixture).
        QCOMPARE(model.data(model.index(0), Model::StopRole).toInt(), 1);
        QCOMPARE(model.data(model.index(2), Model::StopRole).toInt(), 3);
        QCOMPARE(model.data(model.index(3), Model::StopRole).toInt(), 0);
        QCOMPARE(model.data(model.index(0), Model::DueOnRole).toString(), u"2026年11月2日"_s);
        QCOMPARE(model.data(model.index(0), Model::EnterpriseNameRole).toString(),
            u"深圳南山热电有限公司"_s);
        QCOMPARE(model.data(model.index(3), Model::PhaseRole).toString(), u"pre_issuance"_s);
    }

    void enterpriseNamesInTheUiLanguage()
    {
        Model model(m_session.get());
        model.setLanguage(u"zh_CN"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLanguage(u"en"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(model.index(0), Model::EnterpriseNameRole).toString(),
            u"Nanshan Thermal Power"_s);
        QCOMPARE(model.data(model.index(1), Qt::DisplayRole).toString(), u"Shekou Paper"_s);
        QCOMPARE(model.data(model.index(0), Model::DueOnRole).toString(), u"2 Nov 2026"_s);
        model.setLanguage(u"en"_s);
        QCOMPARE(changed.count(), 1); // unchanged: nothing to redraw
        // The map's outlets carry both names too.
        const auto outlets =
            mobile::AssignedRoute(m_session->database()).outlets(daytest::kInspectorId);
        QCOMPARE(outlets.first().enterpriseNameEn, u"Nanshan Thermal Power"_s);
    }

    // The map marks an outlet while a flag on it is open or acknowledged (migration 0012's
    // states; resolved and dismissed ones are done with), and knows its category.
    void outletsCarryTheirFlagsAndCategory()
    {
        const auto flaggedCodes = [this] {
            QStringList codes;
            for (const auto &o :
                mobile::AssignedRoute(m_session->database()).outlets(daytest::kInspectorId)) {
                if (o.flagged)
                    codes << o.permitId + u':' + o.code;
            }
            return codes;
        };
        QCOMPARE(flaggedCodes(), (QStringList {u"p1:DA001"_s, u"p3:DW001"_s}));
        m_session->database().exec(u"UPDATE flag SET status = 'acknowledged' WHERE id = 'f4'"_s);
        QCOMPARE(flaggedCodes(), (QStringList {u"p1:DA001"_s, u"p2:DW001"_s, u"p3:DW001"_s}));
        m_session->database().exec(u"UPDATE flag SET status = 'dismissed' WHERE id = 'f4'"_s);
        QCOMPARE(flaggedCodes().size(), 2);
        const auto outlets =
            mobile::AssignedRoute(m_session->database()).outlets(daytest::kInspectorId);
        QCOMPARE(outlets.at(3).code, u"DA001"_s); // p3's acid mist exhaust
        QCOMPARE(outlets.at(3).category, u"general"_s);
        QCOMPARE(outlets.at(0).category, u"main"_s);
    }

    void outletsFollowTheRouteAndSkipRemovedOnes()
    {
        const auto outlets =
            mobile::AssignedRoute(m_session->database()).outlets(daytest::kInspectorId);
        QStringList codes;
        for (const auto &outlet : outlets)
            codes << u"%1:%2:%3"_s.arg(outlet.stop).arg(outlet.permitId, outlet.code);
        QCOMPARE(codes,
            (QStringList {u"1:p1:DA001"_s, u"1:p1:DW001"_s, u"2:p2:DW001"_s, u"3:p3:DA001"_s,
                u"3:p3:DW001"_s, u"0:p4:DW001"_s}));
        QVERIFY(mobile::AssignedRoute(m_session->database()).permits(u"nobody"_s).isEmpty());
    }

    void distancesFromThePosition()
    {
        Model model(m_session.get());
        QVERIFY(std::isnan(model.data(model.index(0), Model::DistanceMRole).toDouble()));
        QVERIFY(
            model.data(model.index(0), Model::DistanceTextRole).toString().contains(u"unknown"_s));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setHereLatitude(daytest::kHereLat);
        model.setHereLongitude(daytest::kHereLon);
        QCOMPARE(changed.count(), 2);
        // Stop 1 is 0.005° of latitude north: 556 m.
        const double d1 = model.data(model.index(0), Model::DistanceMRole).toDouble();
        QVERIFY2(std::fabs(d1 - 556.0) < 1.0, qPrintable(QString::number(d1)));
        QCOMPARE(d1, domain::Geodesy::haversineM(22.5, 113.92, 22.505, 113.92));
        QCOMPARE(model.data(model.index(0), Model::DistanceTextRole).toString(), u"560 m away"_s);
        const double d4 = model.data(model.index(3), Model::DistanceMRole).toDouble();
        QVERIFY(d4 > 8000 && d4 < 10000);
        QVERIFY(
            model.data(model.index(3), Model::DistanceTextRole).toString().endsWith(u" km away"_s));
    }

    void formatsDistances()
    {
        QCOMPARE(Model::formatDistance(44), u"40 m away"_s);
        QCOMPARE(Model::formatDistance(1234), u"1.2 km away"_s);
        QCOMPARE(Model::formatDistance(23456), u"23 km away"_s);
    }

    void eachStopSaysWhereItsInspectionStands()
    {
        // The issue: Today never marked a stop done. p1 has i1 in progress (the fixture's);
        // p2 a submitted, signed one (done); p3 only one from before the assignment (not
        // started); p4 one the server refused a record of (refused).
        QTemporaryDir other;
        auto app = daytest::openAppSession(other, u"states"_s);
        auto &db = app->database();
        db.exec(uR"(
            UPDATE assignment SET created_at = 5000 WHERE id = 'a3';
            INSERT INTO inspection (id, permit_id, inspector_id, phase, status, started_at,
                                    submitted_at)
            VALUES ('i2', 'p2', '0190a000-0000-7000-8000-0000000000d1', 'post_issuance',
                    'submitted', 2000, 3000),
                   ('i3', 'p3', '0190a000-0000-7000-8000-0000000000d1', 'post_issuance',
                    'submitted', 4000, 4500),
                   ('i4', 'p4', '0190a000-0000-7000-8000-0000000000d1', 'pre_issuance',
                    'in_progress', 6000, NULL);
            INSERT INTO sync_rejection (device_seq, entity, row_id, code, reason, rejected_at)
            VALUES (7, 1, 'i4', 'NOT_ASSIGNED', 'permit p4 is not assigned to you', 7000);
        )"_s);
        for (const QString &inspection : {u"i2"_s, u"i3"_s}) {
            for (const QString &role : {u"inspector"_s, u"representative"_s}) {
                db.prepare(u"INSERT INTO signature (id, inspection_id, signer_role, signer_name,"
                           u" signed_at, covers_sha256) VALUES (?, ?, ?, 'x', 2500, ?)"_s)
                    .bind(1, inspection + role)
                    .bind(2, inspection)
                    .bind(3, role)
                    .bind(4, sync::SignatureCoverage::digest(db, inspection))
                    .exec();
            }
        }
        Model model(app.get());
        auto role = [&](int row, int r) {
            return model.data(model.index(row), r);
        };
        QCOMPARE(role(0, Model::InspectionIdRole).toString(), u"i1"_s);
        QCOMPARE(role(0, Model::InspectionStateRole).toString(), u"in_progress"_s);
        QVERIFY(role(0, Model::InspectionStateTextRole).toString().startsWith(u"In progress"_s));
        QVERIFY(!role(0, Model::DoneRole).toBool());
        QCOMPARE(role(1, Model::InspectionStateRole).toString(), u"submitted"_s);
        QVERIFY(role(1, Model::DoneRole).toBool());
        QVERIFY2(
            role(1, Model::InspectionStateTextRole).toString().contains(u"sent to the server"_s),
            qPrintable(role(1, Model::InspectionStateTextRole).toString()));
        QCOMPARE(role(2, Model::InspectionIdRole).toString(), QString());
        QCOMPARE(role(2, Model::InspectionStateTextRole).toString(), u"Not started"_s);
        QVERIFY(!role(2, Model::DoneRole).toBool());
        QCOMPARE(role(3, Model::InspectionStateRole).toString(), u"refused"_s);
        // (The English translation writes the plural out, assets/i18n/outfall_en.ts, once the
        // string is translated: "1 record" or, until then, "1 record(s)".)
        QVERIFY2(role(3, Model::InspectionStateTextRole)
                     .toString()
                     .startsWith(u"Refused: the server refused 1 record"_s),
            qPrintable(role(3, Model::InspectionStateTextRole).toString()));
        QVERIFY(!role(3, Model::DoneRole).toBool());

        // The supervisor returns i2 with a comment (as a pull stores it): open again, the
        // comment on the stop; approved, done again.
        db.exec(uR"(
            INSERT INTO inspection_review (id, inspection_id, permit_id, inspector_id, decision,
                                           comment, decided_by, decided_at)
            VALUES ('r1', 'i2', 'p2', '0190a000-0000-7000-8000-0000000000d1', 'returned',
                    'photograph the signboard', 'S001', 8000))"_s);
        Q_EMIT app->inspectionsChanged();
        QCOMPARE(role(1, Model::InspectionStateRole).toString(), u"returned"_s);
        QVERIFY(!role(1, Model::DoneRole).toBool());
        QCOMPARE(role(1, Model::ReviewCommentRole).toString(), u"photograph the signboard"_s);
        QVERIFY2(role(1, Model::InspectionStateTextRole)
                     .toString()
                     .contains(u"photograph the signboard"_s),
            qPrintable(role(1, Model::InspectionStateTextRole).toString()));
        db.exec(uR"(
            INSERT INTO inspection_review (id, inspection_id, permit_id, inspector_id, decision,
                                           comment, decided_by, decided_at)
            VALUES ('r2', 'i2', 'p2', '0190a000-0000-7000-8000-0000000000d1', 'approved',
                    NULL, 'S001', 9000))"_s);
        Q_EMIT app->inspectionsChanged();
        QCOMPARE(role(1, Model::InspectionStateRole).toString(), u"approved"_s);
        QVERIFY(role(1, Model::DoneRole).toBool());

        // A state change reloads Today (the app signals it after submit and corrections).
        db.exec(
            u"UPDATE inspection SET status = 'submitted', submitted_at = 9000 WHERE id = 'i1'"_s);
        Q_EMIT app->inspectionsChanged();
        QCOMPARE(role(0, Model::InspectionStateRole).toString(), u"needs_signing"_s); // unsigned
    }

    void nothingWithoutAnInspector()
    {
        QTemporaryDir other;
        models::AppSession session(other.filePath(u"p"_s));
        daytest::addReferenceData(session.database());
        Model model(&session);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestAssignmentListModel)
#include "tst_assignmentlistmodel.moc"
