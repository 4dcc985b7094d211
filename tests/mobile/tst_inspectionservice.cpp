// InspectionService: every action writes its rows and their outbox ops together; answers
// supersede instead of updating; submission preconditions; measurement validation and O2
// correction; fix averaging, the accuracy threshold and the distance to the outlet; photo
// hashing and the untouched copy; after submission only superseding rows.
#include "core/actionrefused.h"
#include "core/devicesession.h"
#include "core/inspectionprogress.h"
#include "core/inspectionservice.h"
#include "core/photostore.h"
#include "core/preferences.h"
#include "exifjpeg.h"
#include "inspectionfixture.h"
#include "rules/r12_evidencelocation.h"
#include "rules/ruleconfig.h"
#include "store/database.h"
#include "store/permitsnapshotloader.h"
#include "sync/entityschema.h"
#include "sync/limits.h"
#include "sync/outboxrepository.h"
#include "sync/signaturecoverage.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace outfall;
using namespace outfall::mobile;
using namespace inspectiontest;
using sync::Entity;

namespace {

const PositionSample kArrival {22.5125, 113.9015, 8.0, 1};

std::int64_t count(store::Database &db, const QString &sql)
{
    auto stmt = db.prepare(sql);
    stmt.step();
    return stmt.int64(0);
}

QString fieldText(const sync::Op &op, QStringView name)
{
    const auto *value = op.value(sync::EntitySchema::info(op.entity).fieldNumber(name));
    return value && value->type() == sync::FieldValue::Type::Text ? value->text() : QString();
}

} // namespace

class TestInspectionService : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DeviceSession> m_session;
    std::int64_t m_now = 1'760'000'000'000;

    store::Database &db() { return m_session->database(); }
    std::vector<sync::Op> ops() { return m_session->outbox().pending(10000); }
    InspectionService service() { return InspectionService(*m_session); }

    QString started(InspectionPhase phase = InspectionPhase::PostIssuance)
    {
        return service().start(kPermitId, phase, kArrival).inspectionId;
    }

    // What the law wants before signing: the production seen and a second inspector.
    void prepareForSigning(const QString &id)
    {
        service().recordProduction(id, u"running"_s);
        service().addInspector(id, u"I002"_s);
    }

    // Both team members sign; the representative refuses before a witness.
    void signAll(const QString &id)
    {
        service().sign(id, SignerRole::Inspector, u"张敏"_s);
        service().sign(id, SignerRole::Inspector, u"林晓燕"_s, {}, kSecondInspectorId);
        service().refuse(id, u"王伟"_s, u"李娜"_s);
    }

    void completeForSubmission(const QString &id)
    {
        for (const QString &item : {u"K01"_s, u"K02"_s, u"K03"_s})
            service().answer(id, item, AnswerValue::Compliant);
        prepareForSigning(id);
        signAll(id);
    }

    // The lead's and the second inspector's signatures, and the representative's refusal.
    const QStringList kAllSignatures {u"signature of inspector 张敏"_s,
        u"signature of inspector 林晓燕"_s, u"representative signature or refusal"_s};

    InspectionService::MeasurementInput so2(double value, std::optional<double> o2)
    {
        InspectionService::MeasurementInput input;
        input.outletCode = u"DA001"_s;
        input.pollutant = u"SO2"_s;
        input.value = value;
        input.unit = u"mg/Nm3"_s;
        input.o2Pct = o2;
        input.instrumentId = u"TH-880F #12"_s;
        input.method = u"HJ 57-2017"_s;
        return input;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        DeviceSession::Options options;
        options.physicalClock = [this] {
            return m_now++;
        };
        m_session = std::make_unique<DeviceSession>(m_dir->filePath(u"profile"_s), options);
        prepareDevice(*m_session);
    }

    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void startWritesInspectionAndArrivalFixWithTheirOps()
    {
        const auto start = service().start(kPermitId, InspectionPhase::PostIssuance, kArrival);
        QCOMPARE(start.templateCode, u"POST-4411"_s); // the industry's own checklist
        const auto pending = ops();
        QCOMPARE(pending.size(), std::size_t(2));
        QCOMPARE(pending[0].entity, Entity::Inspection);
        QCOMPARE(pending[0].kind, sync::Op::Kind::Insert);
        QCOMPARE(pending[0].rowId.toText(), start.inspectionId);
        QCOMPARE(fieldText(pending[0], u"status"), u"in_progress"_s);
        QCOMPARE(pending[0].author.toText(), kInspectorId);
        QCOMPARE(pending[1].entity, Entity::PositionFix);
        QCOMPARE(pending[1].rowId.toText(), start.arrivalFixId);
        QCOMPARE(fieldText(pending[1], u"purpose"), u"arrival"_s);

        auto row = db().prepare(u"SELECT status, phase, template_id, inspector_id, started_at"
                                u" FROM inspection WHERE id = ?"_s);
        row.bind(1, start.inspectionId);
        QVERIFY(row.step());
        QCOMPARE(row.text(0), u"in_progress"_s);
        QCOMPARE(row.text(1), u"post_issuance"_s);
        QCOMPARE(row.text(2), u"t-post-4411"_s);
        QCOMPARE(row.text(3), kInspectorId);
        QCOMPARE(row.int64(4), start.startedAt);
        QCOMPARE(count(db(),
                     u"SELECT count(*) FROM position_fix WHERE purpose = 'arrival'"
                     u" AND accuracy_m = 8"_s),
            1);
    }

    void startFallsBackToTheGeneralChecklist()
    {
        // No pre-issuance template for 4411: the general one.
        const auto start = service().start(kPermitId, InspectionPhase::PreIssuance, kArrival);
        QCOMPARE(start.templateCode, u"PRE-GENERAL"_s);
    }

    void startRefusesWithoutAUsableFixOrPermit()
    {
        PositionSample noAccuracy = kArrival;
        noAccuracy.accuracyM = 0;
        try {
            service().start(kPermitId, InspectionPhase::PostIssuance, noAccuracy);
            QFAIL("a fix without accuracy was accepted");
        } catch (const ActionRefused &e) {
            QVERIFY2(e.reason().contains(u"accuracy"_s), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(
            ActionRefused, service().start(u"nope"_s, InspectionPhase::PostIssuance, kArrival));
        QCOMPARE(ops().size(), std::size_t(0));
        QCOMPARE(count(db(), u"SELECT count(*) FROM inspection"_s), 0);
    }

    void notEnrolledDeviceRecordsNothing()
    {
        QTemporaryDir dir;
        DeviceSession fresh(dir.filePath(u"p"_s));
        inspectiontest::addReferenceData(fresh.database());
        try {
            InspectionService(fresh).start(kPermitId, InspectionPhase::PostIssuance, kArrival);
            QFAIL("an unenrolled device recorded an inspection");
        } catch (const ActionRefused &e) {
            QVERIFY2(e.reason().contains(u"not enrolled"_s), e.what());
        }
    }

    void changedAnswerSupersedesAndNeverUpdates()
    {
        const QString id = started();
        const auto first = service().answer(id, u"K01"_s, AnswerValue::Compliant);
        QVERIFY(first.supersedesId.isEmpty());
        const auto second =
            service().answer(id, u"K01"_s, AnswerValue::NonCompliant, u"copy only"_s);
        QCOMPARE(second.supersedesId, first.answerId);
        const auto same = service().answer(id, u"K01"_s, AnswerValue::NonCompliant, u"copy only"_s);
        QVERIFY(same.unchanged);
        QCOMPARE(same.answerId, second.answerId);

        // Both rows stay as written; the first still says compliant.
        auto rows = db().prepare(u"SELECT id, answer, supersedes_id FROM checklist_answer"
                                 u" ORDER BY recorded_at"_s);
        QVERIFY(rows.step());
        QCOMPARE(rows.text(0), first.answerId);
        QCOMPARE(rows.text(1), u"compliant"_s);
        QVERIFY(rows.isNull(2));
        QVERIFY(rows.step());
        QCOMPARE(rows.text(1), u"non_compliant"_s);
        QCOMPARE(rows.text(2), first.answerId);
        QVERIFY(!rows.step());

        const auto pending = ops();
        QCOMPARE(pending.size(), std::size_t(4)); // inspection, arrival fix, two answers
        for (std::size_t i = 2; i < 4; ++i) {
            QCOMPARE(pending[i].entity, Entity::ChecklistAnswer);
            QCOMPARE(pending[i].kind, sync::Op::Kind::Insert);
        }
        QCOMPARE(fieldText(pending[3], u"supersedes_id"), first.answerId);

        QVERIFY_THROWS_EXCEPTION(
            ActionRefused, service().answer(id, u"P01"_s, AnswerValue::Compliant));
    }

    void submitNamesWhatIsMissing()
    {
        const QString id = started();
        service().answer(id, u"K02"_s, AnswerValue::Compliant);
        try {
            service().submit(id);
            QFAIL("an incomplete inspection was submitted");
        } catch (const ActionRefused &e) {
            QCOMPARE(e.missing(),
                QStringList({u"checklist item K01"_s, u"checklist item K03"_s,
                    u"production state"_s, u"second inspector"_s, u"signature of inspector 张敏"_s,
                    u"representative signature or refusal"_s}));
            QVERIFY2(e.reason().contains(u"K01"_s), e.what());
        }
        completeForSubmission(id);
        const auto before = ops().size();
        const std::int64_t at = service().submit(id);
        const auto pending = ops();
        QCOMPARE(pending.size(), before + 1);
        const sync::Op &update = pending.back();
        QCOMPARE(update.entity, Entity::Inspection);
        QCOMPARE(update.kind, sync::Op::Kind::Update);
        QCOMPARE(update.fields.size(), std::size_t(2)); // status and submitted_at only
        QCOMPARE(fieldText(update, u"status"), u"submitted"_s);
        auto row = db().prepare(u"SELECT status, submitted_at FROM inspection WHERE id = ?"_s);
        row.bind(1, id);
        QVERIFY(row.step());
        QCOMPARE(row.text(0), u"submitted"_s);
        QCOMPARE(row.int64(1), at);
        QVERIFY_THROWS_EXCEPTION(ActionRefused, service().submit(id));
    }

    // A non-compliant answer is a finding: submitted with neither a note nor a photo of the
    // item it would say nothing. A blank note does not count; a note, or a photo in force whose
    // subject is the item, does; a photo of another subject or one replaced by a photo of
    // something else does not.
    void aFindingNeedsANoteOrAPhotoBeforeSubmission()
    {
        const QString id = started();
        completeForSubmission(id);
        service().answer(id, u"K02"_s, AnswerValue::NonCompliant, u"   "_s);
        service().answer(id, u"K03"_s, AnswerValue::NonCompliant);
        const auto refusedWith = [&](const QStringList &expected) {
            try {
                service().submit(id);
                QFAIL("a finding without a note or a photo was submitted");
            } catch (const ActionRefused &e) {
                QCOMPARE(e.missing(), expected);
                QVERIFY2(e.reason().contains(expected.join(u", "_s)), e.what());
            }
        };
        // The answers voided the signatures too; what the findings lack is named per item.
        refusedWith(QStringList {u"note or photo for non-compliant item K02"_s,
                        u"note or photo for non-compliant item K03"_s}
            + kAllSignatures);
        const auto item = [&](const QString &code) {
            const auto detail = InspectionProgress(db()).detail(id);
            for (const auto &entry : detail->items) {
                if (entry.item.code == code)
                    return entry;
            }
            return InspectionDetail::Item {};
        };
        QVERIFY(item(u"K02"_s).needsNoteOrPhoto);
        QVERIFY(!item(u"K01"_s).needsNoteOrPhoto);

        // A photo of an outlet is not a photo of K03.
        const QString source = m_dir->filePath(u"k03.jpg"_s);
        QImage picture(64, 48, QImage::Format_RGB32);
        picture.fill(Qt::darkGreen);
        QVERIFY(picture.save(source, "JPG", 85));
        InspectionService::PhotoInput input;
        input.filePath = source;
        input.subject = u"DA001"_s;
        const auto ofOutlet = service().photo(id, input);
        QVERIFY(item(u"K03"_s).needsNoteOrPhoto);
        // Replaced by a photo of K03: that one counts.
        input.subject = u"K03"_s;
        input.supersedesId = ofOutlet.photoId;
        service().photo(id, input);
        QCOMPARE(item(u"K03"_s).photos, 1);
        QVERIFY(!item(u"K03"_s).needsNoteOrPhoto);
        service().answer(id, u"K02"_s, AnswerValue::NonCompliant, u"CEMS offline"_s);
        QVERIFY(!item(u"K02"_s).needsNoteOrPhoto);
        refusedWith(kAllSignatures);
        signAll(id);
        service().submit(id);
        QCOMPARE(InspectionProgress(db()).summary(id)->status, u"submitted"_s);
    }

    void measurementValidation_data()
    {
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("pollutant");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("o2"); // < 0: not given
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown pollutant") << u"DA001"_s << u"SO3"_s << 1.0 << u"mg/Nm3"_s << -1.0
                                           << u"unknown pollutant \"SO3\""_s;
        QTest::newRow("unknown unit")
            << u"DA001"_s << u"SO2"_s << 1.0 << u"mg/Nm4"_s << -1.0 << u"unknown unit \"mg/Nm4\""_s;
        QTest::newRow("unit of another dimension") << u"DA001"_s << u"SO2"_s << 1.0 << u"mg/L"_s
                                                   << -1.0 << u"mg/L does not convert to mg/Nm3"_s;
        QTest::newRow("water pollutant at an air outlet")
            << u"DA001"_s << u"COD"_s << 1.0 << u"mg/L"_s << -1.0 << u"discharges to air"_s;
        QTest::newRow("O2 at 21") << u"DA001"_s << u"SO2"_s << 1.0 << u"mg/Nm3"_s << 21.0
                                  << u"O2 21 % must be ≥ 0 and < 21"_s;
        QTest::newRow("O2 at a water outlet")
            << u"DW001"_s << u"COD"_s << 1.0 << u"mg/L"_s << 5.0 << u"DW001 is a water outlet"_s;
        QTest::newRow("negative value")
            << u"DA001"_s << u"SO2"_s << -2.0 << u"mg/Nm3"_s << -1.0 << u"value -2"_s;
        QTest::newRow("pH above 14")
            << u"DW001"_s << u"PH"_s << 15.0 << u"pH"_s << -1.0 << u"pH 15 is outside"_s;
        QTest::newRow("unknown outlet")
            << u"DA009"_s << u"SO2"_s << 1.0 << u"mg/Nm3"_s << -1.0 << u"no outlet DA009"_s;
    }
    void measurementValidation()
    {
        QFETCH(QString, outlet);
        QFETCH(QString, pollutant);
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(double, o2);
        QFETCH(QString, message);
        const QString id = started();
        auto input = so2(value, o2 < 0 ? std::nullopt : std::optional(o2));
        input.outletCode = outlet;
        input.pollutant = pollutant;
        input.unit = unit;
        const auto before = ops().size();
        try {
            service().measure(id, input);
            QFAIL("an invalid measurement was stored");
        } catch (const ActionRefused &e) {
            QVERIFY2(e.reason().contains(message), e.what());
        }
        QCOMPARE(ops().size(), before);
        QCOMPARE(count(db(), u"SELECT count(*) FROM measurement"_s), 0);
    }

    void measurementIsCorrectedToTheReferenceOxygen()
    {
        const QString id = started();
        // 40 mg/Nm3 at 8 % O2 → 40 × (21 − 6) / (21 − 8) = 46.15 at the limit's 6 %.
        const auto m = service().measure(id, so2(40, 8.0));
        QVERIFY(m.o2Corrected);
        QCOMPARE(m.referenceO2Pct, std::optional(6.0));
        QVERIFY(qFuzzyCompare(m.comparedValue, 40.0 * 15.0 / 13.0));
        QCOMPARE(m.basis, u"hourly"_s); // the concentration limit, not the annual amount
        QVERIFY(m.exceedance && m.exceedance->violation);
        QVERIFY(qFuzzyCompare(m.exceedance->percent, (40.0 * 15.0 / 13.0 - 35.0) / 35.0 * 100.0));

        // µg/m3 converts to the limit's mg/Nm3; without O2 the comparison is uncorrected.
        auto micro = so2(30000, std::nullopt);
        micro.unit = u"ug/m3"_s;
        const auto inMicrograms = service().measure(id, micro);
        QCOMPARE(inMicrograms.unit, u"ug/m3"_s);
        QCOMPARE(inMicrograms.valueInLimitUnit, 30.0);
        QVERIFY(!inMicrograms.o2Corrected);
        QVERIFY(inMicrograms.note.contains(u"no O2 measured"_s));
        QVERIFY(inMicrograms.exceedance && !inMicrograms.exceedance->violation);

        // The stored row is what was measured, not the corrected value.
        auto row = db().prepare(u"SELECT value, unit, o2_pct, outlet_id, instrument_id"
                                u" FROM measurement WHERE id = ?"_s);
        row.bind(1, m.measurementId);
        QVERIFY(row.step());
        QCOMPARE(row.real(0), 40.0);
        QCOMPARE(row.text(1), u"mg/Nm3"_s);
        QCOMPARE(row.real(2), 8.0);
        QCOMPARE(row.text(3), u"outlet-da001"_s);
        QCOMPARE(row.text(4), u"TH-880F #12"_s);
        QCOMPARE(ops().back().entity, Entity::Measurement);
        QCOMPARE(ops().back().rowId.toText(), inMicrograms.measurementId);

        // pH against a 6–9 range: below the minimum is a violation.
        InspectionService::MeasurementInput ph;
        ph.outletCode = u"DW001"_s;
        ph.pollutant = u"PH"_s;
        ph.value = 5.4;
        ph.unit = u"pH"_s;
        const auto p = service().measure(id, ph);
        QVERIFY(p.exceedance && p.exceedance->violation);
        QCOMPARE(p.exceedance->side, domain::Exceedance::Side::Min);
    }

    void measurementKeepsWhereItWasTaken()
    {
        const QString id = started();
        // 400 m north of DA001 (and farther from DW001 and the site), and 200 m north of it.
        const double metresPerDegree = 6371008.8 * 3.14159265358979323846 / 180;
        auto far = so2(20, 8.0);
        far.position = PositionSample {kOutletLat + 400 / metresPerDegree, kOutletLon, 6.0, 1};
        far.positionAtMs = 1'790'000'000'000;
        const auto farId = service().measure(id, far).measurementId;
        auto near = so2(21, 8.0);
        near.position = PositionSample {kOutletLat + 200 / metresPerDegree, kOutletLon, 4.0, 1};
        const auto nearId = service().measure(id, near).measurementId;
        const auto without = service().measure(id, so2(22, 8.0)).measurementId;

        auto row = db().prepare(
            u"SELECT lat, lon, accuracy_m, position_at, recorded_at FROM measurement WHERE id = ?"_s);
        row.bind(1, farId);
        QVERIFY(row.step());
        QCOMPARE(row.real(0), far.position->lat);
        QCOMPARE(row.real(1), kOutletLon);
        QCOMPARE(row.real(2), 6.0);
        QCOMPARE(row.int64(3), 1'790'000'000'000);
        row.reset();
        // Without a fix time of its own the position is as of the recording.
        row.bind(1, nearId);
        QVERIFY(row.step());
        QCOMPARE(row.int64(3), row.int64(4));
        row.reset();
        row.bind(1, without);
        QVERIFY(row.step());
        QVERIFY(row.isNull(0) && row.isNull(1) && row.isNull(2) && row.isNull(3));
        row.reset();

        // What the device stored is what R12 judges: the 400 m one only.
        // As of the inspection's own CST day (the session's clock may not be the wall's).
        auto started = db().prepare(u"SELECT started_at FROM inspection WHERE id = ?"_s);
        started.bind(1, id);
        QVERIFY(started.step());
        const QDate today = QDateTime::fromMSecsSinceEpoch(started.int64(0), QTimeZone::utc())
                                .addSecs(8 * 3600)
                                .date();
        started.reset();
        const auto snapshot = store::PermitSnapshotLoader(db()).load(kPermitId, today);
        QVERIFY(snapshot);
        const rules::RuleConfig config = rules::RuleConfig::defaults();
        const QList<rules::Flag> flags =
            rules::evaluateEvidenceLocation({*snapshot, config, today});
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags[0].subject.detail, u"measurement:"_s + farId);
    }

    void measurementWithABadPositionIsRefused()
    {
        const QString id = started();
        auto input = so2(20, 8.0);
        input.position = PositionSample {kOutletLat, kOutletLon, 0.0, 1};
        const auto before = ops().size();
        try {
            service().measure(id, input);
            QFAIL("a measurement with a position of no accuracy was stored");
        } catch (const ActionRefused &e) {
            QVERIFY2(e.reason().contains(u"measurement position"_s), e.what());
        }
        QCOMPARE(ops().size(), before);
        QCOMPARE(count(db(), u"SELECT count(*) FROM measurement"_s), 0);
    }

    void fixAveragesAndGivesTheDistanceToTheOutlet()
    {
        const QString id = started();
        // Equal accuracies: the midpoint; 1/acc² weights for unequal ones.
        const std::vector<PositionSample> fixes {
            {kOutletLat + 0.00003, kOutletLon, 5.0, 1}, {kOutletLat - 0.00003, kOutletLon, 5.0, 1}};
        const auto f = service().fix(id, u"DA001"_s, fixes);
        QVERIFY(qAbs(f.fix.position.lat - kOutletLat) < 1e-9);
        QVERIFY(qFuzzyCompare(f.fix.position.accuracyM, 5.0 / std::sqrt(2.0)));
        QCOMPARE(f.fix.position.samples, 2);
        QVERIFY(f.distanceM < 0.01);

        // A second call 0.0009° north (≈ 100 m) with accuracy 10: weighted 1 : 2 against the
        // first check (combined accuracy 3.54 m → weight 0.08 vs 0.01).
        const std::vector<PositionSample> second {{kOutletLat + 0.0009, kOutletLon, 10.0, 1}};
        const auto g = service().fix(id, u"DA001"_s, second);
        QCOMPARE(g.overallFixes, 2);
        const double w1 = 2.0 / 25.0;
        const double w2 = 1.0 / 100.0;
        const double expectedLat = (w1 * kOutletLat + w2 * (kOutletLat + 0.0009)) / (w1 + w2);
        QVERIFY(qAbs(g.overall.lat - expectedLat) < 1e-9);
        const double expectedDistance = 6371008.8 * (expectedLat - kOutletLat) * M_PI / 180.0;
        QVERIFY2(
            qAbs(g.distanceM - expectedDistance) < 0.01, qPrintable(QString::number(g.distanceM)));
        QCOMPARE(count(db(),
                     u"SELECT count(*) FROM position_fix WHERE purpose = 'outlet_check'"
                     u" AND outlet_id = 'outlet-da001'"_s),
            2);
    }

    void movingFixesAreRefusedWithTheirSpread()
    {
        // The outlet check: fixes taken while walking 400 m, averaged "in green".
        const QString id = started();
        std::vector<PositionSample> walking;
        for (int i = 0; i < 10; ++i)
            walking.push_back({kOutletLat - 0.002 + i * 0.0004, kOutletLon, 8.0, 1});
        const auto before = ops().size();
        try {
            service().fix(id, u"DA001"_s, walking);
            QFAIL("fixes taken while moving were averaged into an outlet check");
        } catch (const ActionRefused &e) {
            QVERIFY2(e.reason().contains(u"moved or scattered over"_s), e.what());
            QVERIFY2(
                e.reason().contains(u"more than the 24.0 m their accuracy allows"_s), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(
            ActionRefused, service().recordUndeclaredOutlet(id, u"water"_s, u"pipe"_s, walking));
        QCOMPARE(ops().size(), before);
        // Steady fixes record their spread.
        const std::vector<PositionSample> still {
            {kOutletLat, kOutletLon, 6.0, 1}, {kOutletLat + 0.00002, kOutletLon, 6.0, 1}};
        const auto f = service().fix(id, u"DA001"_s, still);
        QVERIFY(f.fix.steady());
        auto row = db().prepare(u"SELECT spread_m FROM position_fix WHERE id = ?"_s);
        row.bind(1, f.fixId);
        QVERIFY(row.step());
        QVERIFY(qAbs(row.real(0) - f.fix.spreadM) < 1e-9);
        QVERIFY(row.real(0) > 2.0 && row.real(0) < 2.5); // 2 × 1.11 m
    }

    void offsetBeyondTheLimitIsAFindingAndTheNearerOutletIsNamed()
    {
        const QString id = started();
        // At exactly DW001's permitted position, checking DA001 (255 m away): recorded, but
        // a finding, and DW001 is named as nearer.
        const std::vector<PositionSample> atDw001 {{22.5110, 113.9030, 6.0, 1}};
        const auto f = service().fix(id, u"DA001"_s, atDw001);
        QVERIFY(f.distanceM > 250 && f.distanceM < 260);
        QCOMPARE(f.offset.outletCode, u"DA001"_s);
        QCOMPARE(f.offset.limitM, 50.0); // max(50, 2 × 6)
        QVERIFY(f.offset.finding);
        QCOMPARE(f.offset.nearerCode, u"DW001"_s);
        QCOMPARE(f.offset.nearerName, u"Total outfall"_s);
        QVERIFY(f.offset.nearerDistanceM < 0.01);
        QVERIFY(!f.site.far());
        // At the outlet checked: no finding, nobody nearer.
        const auto g = service().fix(id, u"DW001"_s, atDw001);
        QVERIFY(!g.offset.finding);
        QVERIFY(g.offset.nearerCode.isEmpty());
        // A poor fix widens the limit to twice its accuracy: 55 m off with a 30 m fix is
        // within 60 m, no finding.
        QVERIFY(m_session->preferences().setGpsAccuracyThresholdM(50));
        const QString other = started();
        const std::vector<PositionSample> poor {{kOutletLat + 0.0005, kOutletLon, 30.0, 1}};
        const auto h = service().fix(other, u"DA001"_s, poor);
        QCOMPARE(h.offset.limitM, 60.0);
        QVERIFY(h.distanceM > 50 && h.distanceM < 60);
        QVERIFY(!h.offset.finding);
    }

    void farFromTheSiteNeedsConfirmationAndIsRecorded()
    {
        // 46 km north of the site: refused without confirmation, nothing written.
        const PositionSample far {22.93, 113.9015, 8.0, 1};
        try {
            service().start(kPermitId, InspectionPhase::PostIssuance, far);
            QFAIL("an inspection was started 46 km from the site without a word");
        } catch (const FarFromSite &e) {
            QVERIFY2(e.reason().contains(u"the arrival position is 46."_s), e.what());
            QVERIFY2(e.reason().contains(u"more than the 300 m allowed"_s), e.what());
            QVERIFY(e.distanceM() > 46000 && e.distanceM() < 47000);
        }
        QCOMPARE(count(db(), u"SELECT count(*) FROM inspection"_s), 0);
        QVERIFY(ops().empty());

        // Confirmed: started, and the arrival fix says it was far, with the distance.
        const auto start = service().start(kPermitId, InspectionPhase::PostIssuance, far, true);
        QVERIFY(start.site.far());
        auto fix =
            db().prepare(u"SELECT far_from_site, site_distance_m FROM position_fix WHERE id = ?"_s);
        fix.bind(1, start.arrivalFixId);
        QVERIFY(fix.step());
        QCOMPARE(fix.integer(0), 1);
        QVERIFY(fix.real(1) > 46000);
        const auto &arrivalOp = ops().back();
        QVERIFY(arrivalOp.value(
            sync::EntitySchema::info(Entity::PositionFix).fieldNumber(u"far_from_site")));

        // Near the site (kArrival, ~40 m from the enterprise): the distance, no far mark.
        const QString near = started();
        auto nearFix = db().prepare(u"SELECT far_from_site, site_distance_m FROM position_fix"
                                    u" WHERE inspection_id = ? AND purpose = 'arrival'"_s);
        nearFix.bind(1, near);
        QVERIFY(nearFix.step());
        QVERIFY(nearFix.isNull(0));
        QVERIFY(nearFix.real(1) < 100);

        // An outlet reading 45,754.8 m away: refused unless confirmed.
        const std::vector<PositionSample> away {{22.9245, 113.9020, 6.0, 1}};
        QVERIFY_THROWS_EXCEPTION(FarFromSite, service().fix(near, u"DA001"_s, away));
        QVERIFY_THROWS_EXCEPTION(
            FarFromSite, service().recordUndeclaredOutlet(near, u"air"_s, u"stack"_s, away));
        const auto checked = service().fix(near, u"DA001"_s, away, true);
        QVERIFY(checked.site.far());
        QVERIFY(checked.offset.finding);
        const auto observed =
            service().recordUndeclaredOutlet(near, u"air"_s, u"stack"_s, away, true);
        QVERIFY(observed.site.far());

        // A photo with a far position, likewise.
        const QString source = m_dir->filePath(u"far.png"_s);
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(source, "PNG"));
        InspectionService::PhotoInput input;
        input.filePath = source;
        input.position = away.front();
        QVERIFY_THROWS_EXCEPTION(FarFromSite, service().photo(near, input));
        input.farConfirmed = true;
        const auto taken = service().photo(near, input);
        auto photo = db().prepare(u"SELECT far_from_site FROM photo WHERE id = ?"_s);
        photo.bind(1, taken.photoId);
        QVERIFY(photo.step());
        QCOMPARE(photo.integer(0), 1);
    }

    void fixWorseThanTheThresholdIsRefused()
    {
        const QString id = started();
        const auto before = ops().size();
        const std::vector<PositionSample> poor {{kOutletLat, kOutletLon, 35.0, 1}};
        try {
            service().fix(id, u"DA001"_s, poor);
            QFAIL("a 35 m fix was accepted for an outlet check");
        } catch (const ActionRefused &e) {
            QVERIFY2(
                e.reason().contains(u"accuracy 35 m is worse than the 20 m threshold"_s), e.what());
        }
        QCOMPARE(ops().size(), before);
        // Mixed: the poor fix is left out, not averaged in.
        const std::vector<PositionSample> mixed {
            {kOutletLat, kOutletLon, 4.0, 1}, {kOutletLat + 0.01, kOutletLon, 3000.0, 1}};
        const auto f = service().fix(id, u"DA001"_s, mixed);
        QCOMPARE(f.fix.accepted, 1);
        QCOMPARE(f.fix.rejected, 1);
        QCOMPARE(f.fix.position.lat, kOutletLat);
        // The threshold is the inspector's preference.
        QVERIFY(m_session->preferences().setGpsAccuracyThresholdM(50));
        QCOMPARE(service().fix(id, u"DA001"_s, poor).fix.accepted, 1);
    }

    void undeclaredOutletWritesFixAndOutletTogether()
    {
        const QString id = started();
        const std::vector<PositionSample> at {{22.514, 113.903, 6.0, 1}};
        const auto observed =
            service().recordUndeclaredOutlet(id, u"water"_s, u"pipe to the creek"_s, at);
        auto row = db().prepare(u"SELECT o.fix_id, f.purpose FROM observed_outlet o"
                                u" JOIN position_fix f ON f.id = o.fix_id WHERE o.id = ?"_s);
        row.bind(1, observed.observedOutletId);
        QVERIFY(row.step());
        QCOMPARE(row.text(0), observed.fixId);
        QCOMPARE(row.text(1), u"undeclared_outlet"_s);
        const auto pending = ops();
        QCOMPARE(pending[pending.size() - 2].entity, Entity::PositionFix);
        QCOMPARE(pending.back().entity, Entity::ObservedOutlet);
    }

    void photoIsHashedAndKeptByteForByte()
    {
        const QString id = started();
        const QString source = m_dir->filePath(u"IMG_0001.JPG"_s);
        QImage picture(120, 90, QImage::Format_RGB32);
        picture.fill(QColor(0x33, 0x66, 0x99));
        QVERIFY(picture.save(source, "JPG", 85));
        QFile file(source);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray jpeg = file.readAll();
        file.close();

        InspectionService::PhotoInput input;
        input.filePath = source;
        input.subject = u"DA001"_s;
        input.caption = u"stack signboard"_s;
        input.position = PositionSample {kOutletLat, kOutletLon, 6.0, 1};
        const auto taken = service().photo(id, input);
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex());
        QCOMPARE(taken.original.sha256, sha);
        QCOMPARE(taken.original.mime, u"image/jpeg"_s);
        QCOMPARE(taken.path, m_dir->filePath(u"profile/photos/"_s + sha));
        QFile copy(taken.path);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), jpeg);

        auto row = db().prepare(u"SELECT sha256, byte_size, caption FROM photo WHERE id = ?"_s);
        row.bind(1, taken.photoId);
        QVERIFY(row.step());
        QCOMPARE(row.text(0), sha);
        QCOMPARE(row.int64(1), jpeg.size());
        QCOMPARE(ops().back().entity, Entity::Photo);
        QCOMPARE(m_session->photos().pendingBytes(), jpeg.size());
        m_session->photos().acknowledge(sha, m_now);
        QCOMPARE(m_session->photos().pendingBytes(), 0);

        const QString text = m_dir->filePath(u"notes.txt"_s);
        QFile notes(text);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a photo\n");
        notes.close();
        input.filePath = text;
        QVERIFY_THROWS_EXCEPTION(ActionRefused, service().photo(id, input));
    }

    // A picture from a file is marked imported and keeps its own EXIF time and GPS position,
    // never the device's here and now; without EXIF, or with a broken block, it has neither.
    void anImportedPhotoKeepsItsOwnTimeAndPosition()
    {
        const QString id = started();
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(m_dir->filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
                qFatal("cannot write the test picture");
            return file.fileName();
        };
        const auto row = [&](const QString &photoId) {
            auto stmt = db().prepare(u"SELECT imported, exif_taken_at, lat, lon, accuracy_m,"
                                     u" taken_at FROM photo WHERE id = ?"_s);
            stmt.bind(1, photoId);
            if (!stmt.step())
                qFatal("no photo row");
            return std::tuple(stmt.optionalInt64(0), stmt.text(1), stmt.optionalReal(2),
                stmt.optionalReal(3), stmt.optionalReal(4), stmt.int64(5));
        };
        InspectionService::PhotoInput input;
        input.imported = true;
        input.subject = u"DA001"_s;

        // EXIF time and GPS 12 m from the outlet: both kept, the zone as EXIF states it.
        exiftest::ExifFields fields;
        fields.lat = kOutletLat + 0.0001;
        fields.lon = kOutletLon;
        fields.accuracyM = 4;
        input.filePath = write(u"IMG_exif.jpg"_s,
            exiftest::withExif(exiftest::plainJpeg(), exiftest::exifTiff(fields)));
        const std::int64_t before = m_now;
        const auto withExif = service().photo(id, input);
        QVERIFY(withExif.imported);
        QCOMPARE(withExif.exif.takenAt, u"2026-11-30T10:15:42+08:00"_s);
        const auto [imported, exifTime, lat, lon, accuracy, takenAt] = row(withExif.photoId);
        QCOMPARE(imported, std::optional<std::int64_t>(1));
        QCOMPARE(exifTime, u"2026-11-30T10:15:42+08:00"_s);
        QVERIFY(lat && qAbs(*lat - (kOutletLat + 0.0001)) < 1e-6);
        QVERIFY(lon && qAbs(*lon - kOutletLon) < 1e-6);
        QCOMPARE(accuracy, std::optional(4.0));
        QVERIFY(takenAt >= before); // when it was recorded here, not a claim of when it was shot
        QVERIFY(withExif.site.distanceM && *withExif.site.distanceM < 20);
        QCOMPARE(fieldText(ops().back(), u"exif_taken_at"), u"2026-11-30T10:15:42+08:00"_s);

        // No EXIF: imported, no time, no position (the device's position is never used).
        input.filePath = write(u"plain.jpg"_s, exiftest::plainJpeg({90, 60}, Qt::red));
        const auto plain = row(service().photo(id, input).photoId);
        QCOMPARE(std::get<0>(plain), std::optional<std::int64_t>(1));
        QCOMPARE(std::get<1>(plain), QString());
        QVERIFY(!std::get<2>(plain) && !std::get<3>(plain) && !std::get<4>(plain));

        // A corrupt block: the picture decodes, so it is kept, with neither.
        input.filePath = write(u"corrupt.jpg"_s,
            exiftest::withExif(exiftest::plainJpeg({90, 60}, Qt::blue),
                QByteArray("II*\0\xf0\xff\xff\xff", 8) + QByteArray(40, '\x7f')));
        const auto corrupt = service().photo(id, input);
        QVERIFY(!corrupt.exif.problem.isEmpty());
        QCOMPARE(std::get<1>(row(corrupt.photoId)), QString());
        QVERIFY(!std::get<2>(row(corrupt.photoId)));

        // An imported photo takes no position from the device.
        input.position = PositionSample {kOutletLat, kOutletLon, 5.0, 1};
        QVERIFY_THROWS_EXCEPTION(ActionRefused, service().photo(id, input));

        // Its own position far from the site is asked about like any other.
        input.position.reset();
        fields.lat = 22.9;
        input.filePath = write(u"far.jpg"_s,
            exiftest::withExif(
                exiftest::plainJpeg({90, 60}, Qt::green), exiftest::exifTiff(fields)));
        QVERIFY_THROWS_EXCEPTION(FarFromSite, service().photo(id, input));
        QCOMPARE(count(db(), u"SELECT count(*) FROM photo WHERE imported = 1"_s), 3);
    }

    void photoLargerThanAnyUploadIsRefusedAtCapture()
    {
        // 300 MiB that look like a JPEG (a sparse file: nothing is written but the header).
        const QString id = started();
        const QString source = m_dir->filePath(u"IMG_HUGE.JPG"_s);
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11));
        QVERIFY(file.resize(300LL * 1024 * 1024));
        file.close();
        const auto before = ops().size();
        InspectionService::PhotoInput input;
        input.filePath = source;
        try {
            service().photo(id, input);
            QFAIL("a photo larger than any upload was accepted");
        } catch (const ActionRefused &refused) {
            // The limit is in the sentence, so the inspector knows what would be accepted.
            QVERIFY2(refused.reason().contains(u"256 MiB"_s), qPrintable(refused.reason()));
            QVERIFY2(refused.reason().contains(u"300.0 MiB"_s), qPrintable(refused.reason()));
        }
        QCOMPARE(ops().size(), before);
        QCOMPARE(m_session->photos().pendingBytes(), 0);
        QVERIFY(QDir(m_dir->filePath(u"profile/photos"_s)).isEmpty());
        // At the bound exactly it would be kept: the check is the upload's own bound.
        PhotoStore::requireUploadableSize(source, sync::limits::blobBytes);
        QVERIFY_THROWS_EXCEPTION(
            ActionRefused, PhotoStore::requireUploadableSize(source, sync::limits::blobBytes + 1));
    }

    // Issue 9, the law's own shape: at least two inspectors holding enforcement certificates
    // (《环境行政处罚办法》), each signing; refused otherwise with the reason, nothing written.
    void theTeamNeedsTwoCertifiedInspectorsEachSigning()
    {
        const QString id = started();
        for (const QString &item : {u"K01"_s, u"K02"_s, u"K03"_s})
            service().answer(id, item, AnswerValue::Compliant);
        service().recordProduction(id, u"running"_s);
        const auto refusedSaying = [&](auto action, const QString &words) {
            const auto before = ops().size();
            try {
                action();
                QFAIL("accepted");
            } catch (const ActionRefused &e) {
                QVERIFY2(e.reason().contains(words), e.what());
            }
            QCOMPARE(ops().size(), before);
        };
        // Alone, nobody signs: the reason names the law and the count.
        refusedSaying([&] { service().sign(id, SignerRole::Inspector, u"张敏"_s); },
            u"at least 2 inspectors holding enforcement certificates (《环境行政处罚办法》); this"
            u" one has 1"_s);
        refusedSaying([&] { service().refuse(id, u"王伟"_s, u"李娜"_s); }, u"this one has 1"_s);
        // Who cannot join: unknown, without a certificate, no longer active, already on it.
        refusedSaying([&] { service().addInspector(id, u"I999"_s); }, u"no inspector I999"_s);
        refusedSaying([&] { service().addInspector(id, u"I003"_s); },
            u"黄建华 has no enforcement certificate number on record"_s);
        refusedSaying(
            [&] { service().addInspector(id, u"I004"_s); }, u"刘海涛 is no longer an active"_s);
        refusedSaying([&] { service().addInspector(id, u"I001"_s); },
            u"张敏 is already on this inspection's team"_s);

        const auto added = service().addInspector(id, u"I002"_s);
        QCOMPARE(added.inspectorId, kSecondInspectorId);
        QCOMPARE(added.certificateNo, u"44030620200027"_s);
        const sync::Op member = ops().back();
        QCOMPARE(member.entity, Entity::InspectionInspector);
        QCOMPARE(fieldText(member, u"certificate_no"), u"44030620200027"_s);
        refusedSaying([&] { service().addInspector(id, kSecondInspectorId); },
            u"林晓燕 is already on this inspection's team"_s);
        const auto team = InspectionProgress(db()).detail(id)->team;
        QCOMPARE(team.size(), 2);
        QVERIFY(team[0].lead);
        QCOMPARE(team[0].certificateNo, u"44030620190011"_s);
        QCOMPARE(team[1].name, u"林晓燕"_s);

        // Each member signs once, with the certificate; someone off the team cannot.
        refusedSaying(
            [&] { service().sign(id, SignerRole::Inspector, u"黄建华"_s, {}, u"I003"_s); },
            u"inspector I003 is not on this inspection's team"_s);
        service().sign(id, SignerRole::Inspector, u"张敏"_s);
        const sync::Op lead = ops().back();
        QCOMPARE(fieldText(lead, u"inspector_id"), kInspectorId);
        QCOMPARE(fieldText(lead, u"certificate_no"), u"44030620190011"_s);
        refusedSaying([&] { service().sign(id, SignerRole::Inspector, u"张敏"_s); },
            u"the inspector has already signed (张敏)"_s);
        try {
            service().submit(id);
            QFAIL("submitted with one of two inspectors signed");
        } catch (const ActionRefused &e) {
            QCOMPARE(e.missing(),
                QStringList({u"signature of inspector 林晓燕"_s,
                    u"representative signature or refusal"_s}));
        }
        service().sign(id, SignerRole::Inspector, u"林晓燕"_s, {}, u"I002"_s);
        QCOMPARE(fieldText(ops().back(), u"certificate_no"), u"44030620200027"_s);
        // Nobody joins once the record is submitted.
        service().sign(id, SignerRole::Representative, u"王伟"_s);
        service().submit(id);
        refusedSaying([&] { service().addInspector(id, u"I003"_s); }, u"submitted"_s);
    }

    // The representative's refusal is recorded with the witness who saw it.
    void aRefusalNeedsAWitness()
    {
        const QString id = started();
        prepareForSigning(id);
        const auto before = ops().size();
        try {
            service().refuse(id, u"王伟"_s, u"  "_s);
            QFAIL("a refusal without a witness was recorded");
        } catch (const ActionRefused &e) {
            QVERIFY2(e.reason().contains(u"needs a witness"_s), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(
            ActionRefused, service().refuse(id, u"王伟"_s, u"李娜"_s, QByteArray("garbage")));
        QCOMPARE(ops().size(), before);
        service().refuse(id, u"王伟"_s, u" 李娜 "_s);
        const sync::Op refusal = ops().back();
        QCOMPARE(fieldText(refusal, u"witness_name"), u"李娜"_s);
        const auto signatures = InspectionProgress(db()).detail(id)->signatures;
        QCOMPARE(signatures.size(), 1);
        QVERIFY(signatures[0].refused);
        QCOMPARE(signatures[0].witnessName, u"李娜"_s);
    }

    // The production state seen on site, with the load of a partial one, before signing.
    void productionStateIsCheckedAndNeededBeforeSigning()
    {
        const QString id = started();
        service().addInspector(id, u"I002"_s);
        QVERIFY_THROWS_EXCEPTION(
            ActionRefused, service().sign(id, SignerRole::Inspector, u"张敏"_s));
        const auto before = ops().size();
        for (const auto &[state, load] : std::vector<std::pair<QString, std::optional<double>>> {
                 {u"idle"_s, std::nullopt}, {u"partial"_s, std::nullopt}, {u"partial"_s, 100.0},
                 {u"partial"_s, 0.0}, {u"running"_s, 120.0}, {u"stopped"_s, 50.0}}) {
            QVERIFY_THROWS_EXCEPTION(ActionRefused, service().recordProduction(id, state, load));
        }
        QCOMPARE(ops().size(), before);
        service().recordProduction(id, u"stopped"_s);
        service().recordProduction(id, u"partial"_s, 60.0); // changed its mind: last one wins
        const sync::Op update = ops().back();
        QCOMPARE(update.entity, Entity::Inspection);
        QCOMPARE(fieldText(update, u"production_load"), u"partial"_s);
        const auto detail = InspectionProgress(db()).detail(id);
        QCOMPARE(detail->productionLoad, u"partial"_s);
        QCOMPARE(detail->productionLoadPct, std::optional<double>(60.0));
        // Running at a load nobody stated: the 60 % of before does not stay behind.
        service().recordProduction(id, u"running"_s);
        QCOMPARE(InspectionProgress(db()).detail(id)->productionLoadPct, std::nullopt);
        QCOMPARE(count(db(),
                     u"SELECT count(*) FROM inspection WHERE production_load_pct IS NULL"
                     u" AND production_load = 'running'"_s),
            1);
        service().sign(id, SignerRole::Inspector, u"张敏"_s);
        // Signed: the production state is under the signature and stays.
        QVERIFY_THROWS_EXCEPTION(
            ActionRefused, service().recordProduction(id, u"running"_s, std::nullopt));
    }

    void aChangeAfterSigningVoidsTheSignatures()
    {
        const QString id = started();
        completeForSubmission(id);
        InspectionProgress progress(db());
        QVERIFY(progress.detail(id)->missingForSubmission.isEmpty());
        // Each signature covers the evidence as it stood (sync::SignatureCoverage).
        auto covers = db().prepare(u"SELECT count(*) FROM signature WHERE covers_sha256 = ?"_s);
        covers.bind(1, sync::SignatureCoverage::digest(db(), id));
        QVERIFY(covers.step());
        QCOMPARE(covers.integer(0), 3);
        covers.reset();

        // A changed answer after both signed: both are voided, stay in the record, and are
        // missing again.
        service().answer(id, u"K02"_s, AnswerValue::NonCompliant, u"CEMS off"_s);
        auto detail = progress.detail(id);
        QCOMPARE(detail->signatures.size(), 3);
        QVERIFY(detail->signatures[0].voided && detail->signatures[1].voided
            && detail->signatures[2].voided);
        QCOMPARE(detail->missingForSubmission, kAllSignatures);
        QCOMPARE(detail->summary.signaturesVoided, 3);
        QVERIFY(!detail->summary.inspectorSigned);
        QVERIFY_THROWS_EXCEPTION(ActionRefused, service().submit(id));

        // Signing again is allowed (the voided ones do not count), and then submitting.
        service().sign(id, SignerRole::Inspector, u"张敏"_s);
        QVERIFY_THROWS_EXCEPTION(
            ActionRefused, service().sign(id, SignerRole::Inspector, u"张敏"_s));
        QVERIFY_THROWS_EXCEPTION(ActionRefused, service().submit(id)); // 林晓燕 has not yet
        service().sign(id, SignerRole::Inspector, u"林晓燕"_s, {}, u"I002"_s);
        service().sign(id, SignerRole::Representative, u"王伟"_s);
        detail = progress.detail(id);
        QCOMPARE(detail->signatures.size(), 6);
        QCOMPARE(std::count_if(detail->signatures.begin(), detail->signatures.end(),
                     [](const auto &s) { return s.voided; }),
            3);
        QCOMPARE(detail->summary.representative, u"signed"_s);
        service().submit(id);
        QCOMPARE(progress.summary(id)->state(), u"submitted"_s);
    }

private:
    // A supervisor's decision as the device's pull stores it (server::ReviewRecords writes it;
    // tst_reviewworkflow pulls one).
    void decide(const QString &inspectionId, const QString &reviewId, const QString &decision,
        const QString &comment, qint64 at)
    {
        db().prepare(u"INSERT INTO inspection_review (id, inspection_id, permit_id, inspector_id,"
                     u" decision, comment, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?,"
                     u" 'S001', ?)"_s)
            .bind(1, reviewId)
            .bind(2, inspectionId)
            .bind(3, kPermitId)
            .bind(4, kInspectorId)
            .bind(5, decision)
            .bind(6, comment)
            .bind(7, std::int64_t(at))
            .exec();
    }

private Q_SLOTS:
    void aCorrectionAfterAReturnNeedsBothToSignAgain()
    {
        const QString id = started();
        const auto measured = service().measure(id, so2(40, 8.0));
        completeForSubmission(id);
        service().submit(id);
        InspectionProgress progress(db());
        QCOMPARE(progress.summary(id)->state(), u"submitted"_s);
        QVERIFY(progress.summary(id)->done());
        // Signing again is refused while it waits for its review.
        QVERIFY_THROWS_EXCEPTION(ActionRefused, service().sign(id, SignerRole::Inspector, u"x"_s));

        const QString returnId = u"0190a000-0000-7000-8000-00000000a001"_s;
        decide(id, returnId, u"returned"_s, u"the SO2 reading is a typo"_s, 1'770'000'000'000);
        auto summary = progress.summary(id);
        QCOMPARE(summary->state(), u"returned"_s);
        QCOMPARE(summary->reviewComment, u"the SO2 reading is a typo"_s);
        QVERIFY(!summary->done());
        // Signatures still in force: nothing to sign again before an amendment.
        QVERIFY_THROWS_EXCEPTION(ActionRefused, service().sign(id, SignerRole::Inspector, u"x"_s));

        // Amended: the correction voids the signatures; new evidence is open again too.
        auto corrected = so2(4.0, 8.0);
        corrected.supersedesId = measured.measurementId;
        service().measure(id, corrected);
        summary = progress.summary(id);
        QCOMPARE(summary->status, u"submitted"_s);
        QCOMPARE(summary->state(), u"returned"_s);
        QCOMPARE(summary->signaturesVoided, 3);
        const std::vector<PositionSample> fix {{kOutletLat, kOutletLon, 4.0, 1}};
        service().fix(id, u"DA001"_s, fix);
        QVERIFY_THROWS_EXCEPTION(ActionRefused, service().submit(id)); // unsigned
        service().sign(id, SignerRole::Inspector, u"张敏"_s);
        service().refuse(id, u"王伟"_s, u"李娜"_s);
        // Every member of the team signs again, not only the lead.
        QVERIFY_THROWS_EXCEPTION(ActionRefused, service().submit(id));
        service().sign(id, SignerRole::Inspector, u"林晓燕"_s, {}, kSecondInspectorId);
        service().submit(id);
        summary = progress.summary(id);
        QCOMPARE(summary->state(), u"submitted"_s);
        QCOMPARE(summary->representative, u"refused"_s);
        QCOMPARE(ops().back().fields.size(), 3u); // status, submitted_at, answers_review_id
        QCOMPARE(
            count(db(),
                u"SELECT count(*) FROM inspection WHERE answers_review_id = '%1'"_s.arg(returnId)),
            1);
        QVERIFY_THROWS_EXCEPTION(ActionRefused, service().refuse(id, u"王伟"_s, u"李娜"_s));
    }

    void afterSubmissionNothingIsAcceptedUntilReturned()
    {
        const QString id = started();
        const auto measured = service().measure(id, so2(40, 8.0));
        completeForSubmission(id);
        service().submit(id);
        const auto before = ops().size();

        const std::vector<PositionSample> fix {{kOutletLat, kOutletLon, 4.0, 1}};
        auto corrected = so2(4.0, 8.0);
        corrected.supersedesId = measured.measurementId;
        QVERIFY_THROWS_EXCEPTION(ActionRefused, service().measure(id, so2(41, 8.0)));
        QVERIFY_THROWS_EXCEPTION(ActionRefused, service().measure(id, corrected));
        QVERIFY_THROWS_EXCEPTION(ActionRefused, service().fix(id, u"DA001"_s, fix));
        QVERIFY_THROWS_EXCEPTION(
            ActionRefused, service().answer(id, u"K03"_s, AnswerValue::NonCompliant, u"x"_s));
        QVERIFY_THROWS_EXCEPTION(
            ActionRefused, service().sign(id, SignerRole::Representative, u"x"_s));
        try {
            service().measure(id, corrected);
        } catch (const ActionRefused &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(u"waits for a supervisor's review"_s),
                e.what());
        }
        QCOMPARE(ops().size(), before);

        // Approved: locked for good, saying so.
        decide(id, u"0190a000-0000-7000-8000-00000000a002"_s, u"approved"_s, {}, 1'770'000'000'000);
        QCOMPARE(InspectionProgress(db()).summary(id)->state(), u"approved"_s);
        QVERIFY(InspectionProgress(db()).summary(id)->done());
        try {
            service().measure(id, corrected);
            QFAIL("an approved inspection took a correction");
        } catch (const ActionRefused &e) {
            QVERIFY2(
                QString::fromUtf8(e.what()).contains(u"approved by a supervisor and is locked"_s),
                e.what());
        }
        QVERIFY_THROWS_EXCEPTION(ActionRefused, service().submit(id));
        QCOMPARE(ops().size(), before);
        QCOMPARE(count(db(), u"SELECT count(*) FROM measurement"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestInspectionService)
#include "tst_inspectionservice.moc"
