// The supervisor console's models against a real server over CURVE (issue 13 part 6): the
// district's sites, the review queue (an inspection's answers, signatures and photos; approve
// and return recorded on the server and shown in the console), flags acknowledged and
// dismissed with a reason, and a draw planned and published. A server that does not answer
// is said in plain language, and nothing waits for it.
#include "../unit/applicationfixture.h"
#include "../unit/ctlharness.h"
#include "models/console/applicationqueuemodel.h"
#include "models/console/consoleconnection.h"
#include "models/console/consoleflagmodel.h"
#include "models/console/consolephotoprovider.h"
#include "models/console/consolesession.h"
#include "models/console/districtmap.h"
#include "models/console/drawlistmodel.h"
#include "models/console/reviewqueuemodel.h"
#include "store/inspectionreviewstate.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace synctest;
using namespace ctltest;
using namespace outfall;

class TestConsole : public QObject, protected ctltest::CurveHarness
{
    Q_OBJECT

private:
    std::unique_ptr<models::ConsoleSession> session()
    {
        return std::make_unique<models::ConsoleSession>(
            m_server->endpoint(), sync::SupervisorCredential::read(m_credential));
    }

    // A submitted inspection with a finding (and the photo when given).
    QString submittedWithAFinding(const QByteArray &photo = {})
    {
        Submission submission;
        submission.answer = u"non_compliant"_s;
        submission.note = u"no sign"_s;
        submission.inspectorName = u"Wang Fang"_s;
        submission.representativeName = u"Li Ming"_s;
        submission.photo = photo;
        return submittedInspection(submission);
    }

    QString stateOnServer(const QString &id)
    {
        auto db = serverDb();
        return store::InspectionReviewState::of(*db, id)->name();
    }

    static QByteArray png(QSize size)
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(QColor(0x20, 0x80, 0x40));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

private Q_SLOTS:
    void initTestCase()
    {
        initialiseServer();
        startServer();
    }

    void sitesFillTheMap()
    {
        auto console = session();
        QCOMPARE(console->reached(), false);
        console->refresh();
        QTRY_COMPARE(console->permitCount(), m_district.permits.size());
        QVERIFY(console->reached());
        QCOMPARE(console->error(), QString());
        // One enterprise in the district: one point, where its outlets are.
        const QVariantList sites = console->sites();
        QCOMPARE(sites.size(), 1);
        QCOMPARE(sites[0].toMap().value(u"enterpriseId"_s).toString(), m_district.enterprise);

        models::DistrictMap map;
        map.setSize(QSizeF(800, 600));
        map.setSites(sites);
        const QVariantMap site = sites[0].toMap();
        const auto at =
            map.toItem(site.value(u"lat"_s).toDouble(), site.value(u"lon"_s).toDouble());
        QVERIFY(at);
        // A lone site stands in the middle of the map.
        QVERIFY(std::abs(at->x() - 400) < 1 && std::abs(at->y() - 300) < 1);
        QImage image(800, 600, QImage::Format_ARGB32);
        QPainter painter(&image);
        map.paint(&painter);
        painter.end();
        QCOMPARE(image.pixelColor(400, 300), QColor(0x9e, 0x9e, 0x9e)); // the site's dot
    }

    void returnAndApproveReachTheConsole()
    {
        const QString toReturn = submittedWithAFinding();
        const QString toApprove = submittedWithAFinding(png(QSize(64, 48)));
        auto console = session();
        models::ReviewQueueModel &queue = *console->reviews();
        QCOMPARE(queue.stateFilter(), u"submitted"_s);
        queue.refresh();
        QTRY_VERIFY(queue.rowCount() >= 2);
        QStringList listed;
        for (int row = 0; row < queue.rowCount(); ++row)
            listed << queue.data(queue.index(row), models::ReviewQueueModel::InspectionIdRole)
                          .toString();
        QVERIFY(listed.contains(toReturn) && listed.contains(toApprove));

        queue.select(toReturn);
        QTRY_COMPARE(queue.selectedId(), toReturn);
        QVariantMap shown = queue.selected();
        // The non-compliant answer is a finding, shown before the rest of the checklist.
        QCOMPARE(shown.value(u"findings"_s).toList().size(), 1);
        QCOMPARE(shown.value(u"answers"_s).toList().size(), 0);
        QCOMPARE(shown.value(u"findings"_s).toList()[0].toMap().value(u"note"_s).toString(),
            u"no sign"_s);
        const QVariantList signatures = shown.value(u"signatures"_s).toList();
        QCOMPARE(signatures.size(), 2);
        QCOMPARE(signatures[1].toMap().value(u"name"_s).toString(), u"Li Ming"_s);

        // A return needs a comment: refused in the console, nothing sent.
        queue.returnToInspector(u"  "_s);
        QVERIFY(queue.status().contains(u"amend"_s));
        QCOMPARE(stateOnServer(toReturn), u"submitted"_s);

        queue.returnToInspector(u"photograph the outlet sign"_s);
        QTRY_COMPARE(stateOnServer(toReturn), u"returned"_s);
        QTRY_COMPARE(queue.selected().value(u"state"_s).toString(), u"returned"_s);
        QVERIFY(queue.status().startsWith(u"Returned"_s));
        const QVariantList history = queue.selected().value(u"history"_s).toList();
        QCOMPARE(history.size(), 1);
        QCOMPARE(
            history[0].toMap().value(u"comment"_s).toString(), u"photograph the outlet sign"_s);
        // The queue of waiting inspections no longer holds it.
        QTRY_VERIFY(
            !queue.match(queue.index(0), models::ReviewQueueModel::InspectionIdRole, toReturn)
                 .size());

        // The other one, with its photo fetched and checked, approved.
        queue.select(toApprove);
        QTRY_COMPARE(queue.selectedId(), toApprove);
        const QVariantList photos = queue.selected().value(u"photos"_s).toList();
        QCOMPARE(photos.size(), 1);
        const QString source = photos[0].toMap().value(u"source"_s).toString();
        QVERIFY(source.startsWith(u"image://console/"_s));
        models::ConsolePhotoProvider provider(m_server->endpoint(), console->credential());
        QSize size;
        const QImage photo = provider.requestImage(source.mid(16), &size, QSize(32, 32));
        QCOMPARE(size, QSize(32, 24));
        QCOMPARE(photo.pixelColor(16, 12), QColor(0x20, 0x80, 0x40));

        queue.approve({});
        QTRY_COMPARE(stateOnServer(toApprove), u"approved"_s);
        QTRY_COMPARE(queue.selected().value(u"state"_s).toString(), u"approved"_s);
        // Approved: locked, a second decision refused with the server's reason.
        queue.returnToInspector(u"too late"_s);
        QTRY_VERIFY(queue.status().startsWith(u"Not recorded: "_s));
        QCOMPARE(stateOnServer(toApprove), u"approved"_s);

        queue.setStateFilter(u"approved"_s);
        QTRY_COMPARE(queue.rowCount(), 1);
        QCOMPARE(queue.data(queue.index(0), models::ReviewQueueModel::InspectionIdRole).toString(),
            toApprove);
    }

    void flagsAreDecidedWithAReason()
    {
        // A flag as the evaluator stores it, on the district's first outlet.
        const QString flagId = u"R1-console-test"_s;
        {
            auto db = serverDb();
            db->prepare(
                  u"INSERT INTO flag (id, rule_id, severity, permit_id, outlet_id,"
                  u" pollutant, status, compared, message_en, message_zh, computation, raised_at,"
                  u" updated_at) VALUES (?, 'R1', 'violation', ?, ?, 'COD', 'open', '[]',"
                  u" 'COD 80 mg/L over the limit 50', 'COD 80 mg/L 超过限值 50',"
                  u" '{\"inputs\":[],\"steps\":[\"80 > 50\"],\"steps_zh\":[\"80 > 50（中）\"]}',"
                  u" 1, 1)"_s)
                .bind(1, flagId)
                .bind(2, m_district.permits[0])
                .bind(3, m_district.outlets[0])
                .exec();
        }
        auto console = session();
        console->refresh();
        models::ConsoleFlagModel &flags = *console->flags();
        QTRY_VERIFY(flags.rowCount() >= 1 && console->permitCount() > 0);
        const auto found =
            flags.match(flags.index(0), models::ConsoleFlagModel::FlagIdRole, flagId);
        QCOMPARE(found.size(), 1);
        const QModelIndex row = found[0];
        QCOMPARE(flags.data(row, models::ConsoleFlagModel::StepsRole).toStringList(),
            QStringList {u"80 > 50"_s});
        QCOMPARE(flags.data(row, models::ConsoleFlagModel::OutletRole).toString().isEmpty(), false);
        // On the map at its outlet (every district outlet is at 22.5, 114.0).
        const QVariantMap site = flags.data(row, models::ConsoleFlagModel::SiteRole).toMap();
        QCOMPARE(site.value(u"lat"_s).toDouble(), 22.5);
        QCOMPARE(site.value(u"lon"_s).toDouble(), 114.0);
        QCOMPARE(site.value(u"label"_s).toString(), u"R1 DW001"_s);
        QVERIFY(flags.flaggedSites().contains(site));

        QSignalSpy decided(&flags, &models::ConsoleFlagModel::decided);
        flags.dismiss(flagId, QString());
        QVERIFY(flags.status().contains(u"reason"_s));
        QCOMPARE(decided.size(), 0);
        flags.acknowledge(flagId, u"confirmed on site"_s);
        QTRY_COMPARE(flags.status(), u"Acknowledged."_s);
        QCOMPARE(decided.size(), 1);
        QCOMPARE(decided.constFirst().constFirst().toString(), flagId);
        auto db = serverDb();
        auto stored = db->prepare(u"SELECT status, decision_reason FROM flag WHERE id = ?"_s);
        stored.bind(1, flagId);
        QVERIFY(stored.step());
        QCOMPARE(stored.text(0), u"acknowledged"_s);
        QCOMPARE(stored.text(1), u"confirmed on site"_s);
        // The open list no longer holds it.
        QTRY_COMPARE(
            flags.match(flags.index(0), models::ConsoleFlagModel::FlagIdRole, flagId).size(), 0);
    }

    void aDrawIsPlannedAndPublished()
    {
        auto console = session();
        console->refresh();
        QTRY_VERIFY(console->permitCount() > 0);
        models::DrawListModel &draws = *console->draws();
        draws.draw(QString(), 1, 2, u"not a number"_s, false);
        QVERIFY(draws.status().contains(u"seed"_s));
        draws.draw(QString(), 1, 2, u"42"_s, false);
        QTRY_VERIFY(!draws.selectedId().isEmpty());
        QCOMPARE(draws.selected().value(u"seedText"_s).toString(), u"42"_s);
        QCOMPARE(draws.selected().value(u"stage"_s).toString(), u"drawn"_s);
        const QVariantList teams = draws.selected().value(u"teams"_s).toList();
        QCOMPARE(teams.size(), 1);
        QCOMPARE(teams[0].toMap().value(u"sites"_s).toStringList().size(), 1);

        // Publishing before a plan: the server's reason, shown.
        draws.publish();
        QTRY_VERIFY(draws.status().startsWith(u"Refused: "_s));

        // A start typed wrong is refused in the console (the dialog's fields give NaN).
        draws.plan(std::nan(""), 114.0579);
        QVERIFY(draws.status().contains(u"latitude"_s));
        draws.plan(22.5431, 181);
        QVERIFY(draws.status().contains(u"longitude"_s));
        QCOMPARE(draws.selected().value(u"stage"_s).toString(), u"drawn"_s);
        draws.plan(22.5431, 114.0579);
        QTRY_COMPARE(draws.selected().value(u"stage"_s).toString(), u"planned"_s);
        const QVariantList routes = draws.selectedRoutes();
        QCOMPARE(routes.size(), 1);
        QCOMPARE(routes[0].toMap().value(u"points"_s).toList().size(), 1);
        QCOMPARE(routes[0].toMap().value(u"start"_s).toMap().value(u"lat"_s).toDouble(), 22.5431);

        draws.publish();
        QTRY_COMPARE(draws.selected().value(u"stage"_s).toString(), u"published"_s);
        QTRY_VERIFY(draws.rowCount() >= 1);
        auto db = serverDb();
        QCOMPARE(count(*db, u"SELECT count(*) FROM route_assignment"_s) > 0, true);
    }

    void anApplicationIsDecidedBeforeIssuance()
    {
        // Imported here, last: the other tests count the district's permits.
        applicationfixture::importLine(
            m_dir.path(), m_data, applicationfixture::applicationLine(u"application"_s, 1));
        applicationfixture::inspectBeforeIssuance(m_data, m_district.inspectorA);
        auto console = session();
        console->refresh();
        models::ApplicationQueueModel &applications = *console->applications();
        QCOMPARE(applications.stateFilter(), u"pending"_s);
        QTRY_COMPARE(applications.rowCount(), 1);
        QCOMPARE(applications.data(applications.index(0), models::ApplicationQueueModel::NumberRole)
                     .toString(),
            applicationfixture::kNumber);
        QCOMPARE(
            applications.data(applications.index(0), models::ApplicationQueueModel::MismatchesRole)
                .toInt(),
            2);
        // Opened at once, each declaration beside what was found of it.
        QTRY_VERIFY(!applications.selectedId().isEmpty());
        QStringList mismatches;
        QStringList found;
        for (const QVariant &value : applications.selected().value(u"declarations"_s).toList()) {
            const QVariantMap declaration = value.toMap();
            const QString line = declaration.value(u"subject"_s).toString() + u": "_s
                + declaration.value(u"found"_s).toString();
            (declaration.value(u"mismatch"_s).toBool() ? mismatches : found) << line;
        }
        QCOMPARE(mismatches, (QStringList {u"DA001: not found"_s, u"T001: missing"_s}));
        QVERIFY2(found.contains(u"DW001: found where declared"_s), qPrintable(found.join(u'|')));
        QStringList rules;
        for (const QVariant &flag : applications.selected().value(u"flags"_s).toList())
            rules << flag.toMap().value(u"rule"_s).toString();
        QCOMPARE(rules, (QStringList {u"R15"_s, u"R16"_s}));

        // A decision needs its reason; a return, then an approval, recorded with who and when.
        applications.decide(u"return"_s, u" "_s);
        QVERIFY(applications.status().contains(u"reason"_s));
        applications.decide(u"return"_s, u"T001 is not built: correct the declaration"_s);
        QTRY_COMPARE(applications.selected().value(u"state"_s).toString(), u"returned"_s);
        applications.decide(u"approve"_s, u"T001 built and seen running on the second visit"_s);
        QTRY_COMPARE(applications.selected().value(u"state"_s).toString(), u"approved"_s);
        const QVariantList history = applications.selected().value(u"history"_s).toList();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].toMap().value(u"decision"_s).toString(), u"returned"_s);
        QCOMPARE(history[1].toMap().value(u"reason"_s).toString(),
            u"T001 built and seen running on the second visit"_s);
        QVERIFY(!history[1].toMap().value(u"decidedAt"_s).toString().isEmpty());
        auto db = serverDb();
        QCOMPARE(count(*db,
                     u"SELECT count(*) FROM application_decision WHERE decided_by IS NOT"
                     u" NULL AND decided_at > 0"_s),
            2);
        // Approved: no longer decidable here, and a refusal now is the server's to refuse.
        QCOMPARE(applications.selected().value(u"decidable"_s).toBool(), false);
        applications.decide(u"refuse"_s, u"changed my mind"_s);
        QTRY_VERIFY(applications.status().startsWith(u"Not recorded: "_s));
    }

    // A district's open flags with their computations fill far more than the 64 KiB of header
    // a client reads: they travel in the reply's body, and every one reaches the console.
    void manyLongFlagsAllReachTheConsole()
    {
        constexpr int kFlags = 80;
        const QString steps = QString(u"step "_s).repeated(300);
        const QString computation = QString::fromUtf8(QJsonDocument(
            QJsonObject {{u"inputs"_s, QJsonArray {}}, {u"steps"_s, QJsonArray {steps}},
                {u"steps_zh"_s, QJsonArray {steps}}}).toJson(QJsonDocument::Compact));
        {
            auto db = serverDb();
            store::Transaction transaction(*db);
            for (int i = 0; i < kFlags; ++i)
                db->prepare(u"INSERT INTO flag (id, rule_id, severity, permit_id, pollutant,"
                            u" status, compared, message_en, message_zh, computation, raised_at,"
                            u" updated_at) VALUES (?, 'R5', 'warning', ?, 'COD', 'open', '[]',"
                            u" 'a long flag', '很长的标记', ?, 1, 1)"_s)
                    .bind(1, u"R5-long-%1"_s.arg(i))
                    .bind(2, m_district.permits[1])
                    .bind(3, computation)
                    .exec();
            transaction.commit();
        }
        auto console = session();
        console->refresh();
        models::ConsoleFlagModel &flags = *console->flags();
        QTRY_VERIFY_WITH_TIMEOUT(flags.rowCount() >= kFlags, 10000);
        QCOMPARE(console->error(), QString());
        QCOMPARE(flags.more(), false);
        const auto found = flags.match(flags.index(0), models::ConsoleFlagModel::FlagIdRole,
            u"R5-long-"_s, -1, Qt::MatchStartsWith);
        QCOMPARE(found.size(), kFlags);
        QCOMPARE(flags.data(found[0], models::ConsoleFlagModel::StepsRole).toStringList(),
            QStringList {steps});
    }

    void anUnansweredServerIsSaidAndNothingWaits()
    {
        const sync::CurveKeyPair serverKeys = sync::CurveKeyPair::generate();
        // No server there: the request fails after the channel's attempts, in its own thread.
        models::ConsoleSession console(u"tcp://127.0.0.1:9"_s,
            sync::SupervisorCredential {serverKeys.publicKey, sync::CurveKeyPair::generate()});
        QElapsedTimer sent;
        sent.start();
        console.refresh();
        QVERIFY(sent.elapsed() < 500); // refresh() returned at once
        QVERIFY(console.busy());
        QTRY_VERIFY_WITH_TIMEOUT(!console.error().isEmpty(), 60000);
        QVERIFY2(console.error().contains(u"tcp://127.0.0.1:9"_s), qPrintable(console.error()));
        QCOMPARE(console.reached(), false);
    }
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
