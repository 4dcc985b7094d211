// MeasurementForm: the preview follows every keystroke (O2 correction to the limit's
// reference O2, exceedance against the limit, refusals named), equals what the
// InspectionService records, and record() writes and clears the value.
#include "appinspectionfixture.h"
#include "core/actionrefused.h"
#include "models/controllers/measurementform.h"
#include "models/session/language.h"
#include "models/session/termnames.h"

#include <QGeoPositionInfo>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace outfall::models;

class TestMeasurementForm : public QObject
{
    Q_OBJECT

    AppInspectionFixture m_fixture;

private Q_SLOTS:
    void init() { m_fixture.open(); }

    void proposesOutletPollutantAndUnit()
    {
        MeasurementForm form(m_fixture.app.get());
        form.setInspectionId(m_fixture.startInspection());
        QCOMPARE(form.outletCodes(), (QStringList {u"DA001"_s, u"DW001"_s}));
        QCOMPARE(form.outletCode(), u"DA001"_s);
        QCOMPARE(form.pollutant(), u"SO2"_s); // the limited pollutant first
        QCOMPARE(form.unit(), u"mg/Nm3"_s);
        QVERIFY(form.o2Applies());
        QCOMPARE(form.verdict(), u"empty"_s);
        form.setOutletCode(u"DW001"_s);
        // The outlet's own pollutants only, not the catalogue's 20 for water.
        QCOMPARE(form.pollutants(), (QStringList {u"COD"_s, u"PH"_s}));
        QCOMPARE(form.pollutantChoices().value(0).toMap().value(u"name"_s).toString(),
            outfall::models::TermNames::pollutant(u"COD"_s));
        QVERIFY(form.pollutantChoices().value(0).toMap().value(u"name"_s).toString() != u"COD"_s);
        QCOMPARE(form.unit(), u"mg/L"_s);
        QVERIFY(!form.o2Applies());
    }

    // The pollutant monitored continuously with a limit is the outlet's main one (the permit
    // page's chart opens on it): proposed first, whatever order the permit lists its limits in
    // (a coal plant's stack proposed mercury in the xday run).
    void proposesTheOutletsMainPollutantFirst()
    {
        m_fixture.app->database().exec(uR"(
            INSERT INTO emission_limit (id, outlet_id, pollutant, max_value, min_value, unit,
                                        reference_o2_pct, basis, annual_t)
            VALUES ('l9', 'outlet-da001', 'NOX', 50, NULL, 'mg/Nm3', 6, 'hourly', NULL);
            INSERT INTO monitoring_requirement (id, outlet_id, pollutant, mode, frequency)
            VALUES ('m9', 'outlet-da001', 'NOX', 'automatic', 'continuous'))"_s);
        MeasurementForm form(m_fixture.app.get());
        form.setInspectionId(m_fixture.startInspection());
        QCOMPARE(form.outletCode(), u"DA001"_s);
        QCOMPARE(form.pollutants(), (QStringList {u"NOX"_s, u"SO2"_s}));
        QCOMPARE(form.pollutant(), u"NOX"_s);
        QCOMPARE(form.unit(), u"mg/Nm3"_s);
    }

    // The method standard is the permit's, for the outlet and pollutant, as a real value that
    // is recorded (and can be edited); where the permit names none it stays empty.
    void methodComesFromThePermitsMonitoring()
    {
        m_fixture.app->database().exec(
            u"INSERT INTO monitoring_requirement (id, outlet_id, pollutant, mode, frequency, "
            u"method)"
            u" VALUES ('m1', 'outlet-da001', 'SO2', 'automatic', 'continuous', 'HJ 57-2017'),"
            u" ('m2', 'outlet-dw001', 'COD', 'manual', 'monthly', NULL)"_s);
        MeasurementForm form(m_fixture.app.get());
        form.setInspectionId(m_fixture.startInspection());
        QCOMPARE(form.pollutant(), u"SO2"_s);
        QCOMPARE(form.method(), u"HJ 57-2017"_s);
        QCOMPARE(form.permittedMethod(), u"HJ 57-2017"_s);
        form.setOutletCode(u"DW001"_s);
        QCOMPARE(form.pollutant(), u"COD"_s);
        QCOMPARE(form.method(), QString()); // the permit names no method: visibly empty
        form.setOutletCode(u"DA001"_s);
        form.setValueText(u"20"_s);
        QVERIFY2(form.record(), qPrintable(form.lastError()));
        QCOMPARE(
            m_fixture.count(u"SELECT count(*) FROM measurement WHERE method = 'HJ 57-2017'"_s), 1);
        form.setMethod(u"HJ 629-2011"_s); // the inspector's own, kept for the next one
        form.setValueText(u"21"_s);
        QVERIFY2(form.record(), qPrintable(form.lastError()));
        QCOMPARE(
            m_fixture.count(u"SELECT count(*) FROM measurement WHERE method = 'HJ 629-2011'"_s), 1);
    }

    void previewFollowsTyping()
    {
        MeasurementForm form(m_fixture.app.get());
        form.setInspectionId(m_fixture.startInspection());
        QSignalSpy preview(&form, &MeasurementForm::previewChanged);
        // SO2 limit 35 mg/Nm3 at 6 % O2. Typed one key at a time: "4", "40".
        form.setValueText(u"4"_s);
        QCOMPARE(form.verdict(), u"within"_s);
        form.setValueText(u"40"_s);
        QCOMPARE(preview.size(), 2);
        QCOMPARE(form.verdict(), u"over"_s);
        // Without O2 nothing is corrected: (40 − 35) / 35 = 14.3 %.
        QCOMPARE(form.verdictText(), u"Over the limit by 14.3 %"_s);
        QVERIFY(form.comparedText().contains(u"not corrected"_s));
        QCOMPARE(form.limitText(), u"Limit ≤ 35 mg/Nm3"_s);

        // 30 at 9 % O2 → 30 × (21 − 6) / (21 − 9) = 37.5 → 7.1 % over.
        form.setValueText(u"30"_s);
        form.setO2Text(u"9"_s);
        QCOMPARE(form.verdict(), u"over"_s);
        QCOMPARE(form.verdictText(), u"Over the limit by 7.1 %"_s);
        QCOMPARE(form.comparedText(), u"37.5 mg/Nm3 at 6 % O₂ (measured 30 mg/Nm3 at 9 % O₂)"_s);
        QVERIFY(qAbs(form.exceedancePct() - 7.142857) < 1e-4);

        // 20 at 9 % → 25 → within, 28.6 % below the limit. A decimal comma is accepted.
        form.setValueText(u"20,0"_s);
        QCOMPARE(form.verdict(), u"within"_s);
        QCOMPARE(form.verdictText(), u"Within the limit (28.6 % margin)"_s);

        // A unit the limit converts from: 40 000 ug/m3 = 40 mg/Nm3.
        form.setO2Text(QString());
        form.setUnit(u"ug/m3"_s);
        form.setValueText(u"40000"_s);
        QCOMPARE(form.verdictText(), u"Over the limit by 14.3 %"_s);
    }

    void refusalsAreShownNotThrown()
    {
        MeasurementForm form(m_fixture.app.get());
        form.setInspectionId(m_fixture.startInspection());
        form.setValueText(u"4x"_s);
        QCOMPARE(form.verdict(), u"invalid"_s);
        QVERIFY(form.verdictText().contains(u"4x"_s));
        form.setValueText(u"40"_s);
        form.setO2Text(u"21"_s);
        QCOMPARE(form.verdict(), u"invalid"_s);
        QVERIFY2(form.verdictText().contains(u"21 %"_s), qPrintable(form.verdictText()));
        form.setO2Text(QString());
        form.setUnit(u"mg/L"_s);
        QCOMPARE(form.verdict(), u"invalid"_s);
        QVERIFY(form.verdictText().contains(u"does not convert"_s));
        QVERIFY(!form.record());
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM measurement"_s), 0);
    }

    void aValueBeyondItsPhysicalRangeIsRefused()
    {
        // Issue 8: the device accepted 1e308 and showed "EXCEEDS (inf %)".
        MeasurementForm form(m_fixture.app.get());
        form.setInspectionId(m_fixture.startInspection());
        form.setValueText(u"1e308"_s);
        QCOMPARE(form.verdict(), u"invalid"_s);
        QCOMPARE(form.verdictText(),
            u"value 1e+308 mg/Nm3 is outside the physical range 0 ≤ value ≤ 10000000 mg/Nm3"_s);
        QVERIFY(!form.verdictText().contains(u"inf"_s));
        QVERIFY(!form.record());
        form.setValueText(u"10000000"_s); // at the bound: a value, however unlikely
        QVERIFY(form.verdict() != u"invalid"_s);
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM measurement"_s), 0);
    }

    void rangeAndMissingLimits()
    {
        MeasurementForm form(m_fixture.app.get());
        form.setInspectionId(m_fixture.startInspection());
        form.setOutletCode(u"DW001"_s);
        form.setPollutant(u"PH"_s);
        form.setValueText(u"5.4"_s);
        QCOMPARE(form.verdict(), u"over"_s); // below the minimum of 6–9
        QCOMPARE(form.verdictText(), u"Over the limit by 10.0 %"_s);
        QCOMPARE(form.limitText(), u"Limit 6–9 pH"_s);
        form.setPollutant(u"TP"_s);
        form.setValueText(u"0.5"_s);
        QCOMPARE(form.verdict(), u"nolimit"_s);
        QVERIFY(form.verdictText().contains(u"no concentration limit for TP"_s));
    }

    void recordsWhatWasPreviewed()
    {
        MeasurementForm form(m_fixture.app.get());
        const QString inspection = m_fixture.startInspection();
        form.setInspectionId(inspection);
        form.setValueText(u"30"_s);
        form.setO2Text(u"9"_s);
        form.setInstrumentId(u"PA-0417"_s);
        form.setMethod(u"HJ 57-2017"_s);
        QSignalSpy recorded(&form, &MeasurementForm::recorded);
        QVERIFY2(form.record(), qPrintable(form.lastError()));
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(
            m_fixture.count(u"SELECT count(*) FROM measurement WHERE value = 30 AND"
                            u" o2_pct = 9 AND instrument_id = 'PA-0417' AND unit = 'mg/Nm3'"_s),
            1);
        QCOMPARE(form.valueText(), QString());
        QCOMPARE(form.o2Text(), QString());
        QCOMPARE(form.instrumentId(), u"PA-0417"_s); // kept for the next measurement
        QCOMPARE(form.verdict(), u"empty"_s);
        QCOMPARE(form.recordedMeasurements().size(), 1);
        const QVariantMap shown = form.recordedMeasurements().first().toMap();
        QCOMPARE(shown.value(u"text"_s).toString(),
            u"DA001 · %1 30 mg/Nm3 · O₂ 9 % · PA-0417"_s.arg(
                outfall::models::TermNames::pollutantWithCode(u"SO2"_s)));
        // The row says its verdict: 30 at 9 % O₂ is 37.5 at 6 %, over 35 by 7.1 %.
        QCOMPARE(shown.value(u"verdict"_s).toString(), u"over"_s);
        QCOMPARE(shown.value(u"verdictText"_s).toString(), u"over the limit by 7.1 %"_s);
        QCOMPARE(shown.value(u"superseded"_s).toBool(), false);
        QCOMPARE(shown.value(u"correction"_s).toBool(), false);
    }

    void recordsTheTabletsPosition()
    {
        MeasurementForm form(m_fixture.app.get());
        outfall::models::PositionController position(nullptr);
        form.setPosition(&position);
        form.setInspectionId(m_fixture.startInspection());
        // No fix yet: recorded without a position.
        form.setValueText(u"30"_s);
        QVERIFY2(form.record(), qPrintable(form.lastError()));
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM measurement WHERE lat IS NULL AND"
                                 u" lon IS NULL AND accuracy_m IS NULL AND position_at IS NULL"_s),
            1);
        // With one: its coordinates, accuracy and the fix's own time.
        const QDateTime fixTime =
            QDateTime::fromMSecsSinceEpoch(1'790'000'000'000, QTimeZone::utc());
        QGeoPositionInfo fix(QGeoCoordinate(22.5133, 113.9021), fixTime);
        fix.setAttribute(QGeoPositionInfo::HorizontalAccuracy, 6);
        position.setPosition(fix);
        form.setValueText(u"31"_s);
        QVERIFY2(form.record(), qPrintable(form.lastError()));
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM measurement WHERE value = 31 AND"
                                 u" lat = 22.5133 AND lon = 113.9021 AND accuracy_m = 6 AND"
                                 u" position_at = 1790000000000"_s),
            1);
    }

    void correctionSupersedesTheRecordedOne()
    {
        MeasurementForm form(m_fixture.app.get());
        form.setInspectionId(m_fixture.startInspection());
        form.setOutletCode(u"DW001"_s);
        form.setPollutant(u"COD"_s);
        form.setValueText(u"123.456"_s);
        form.setInstrumentId(u"HACH-2"_s);
        QVERIFY2(form.record(), qPrintable(form.lastError()));
        const QString original = form.recordedMeasurements().first().toMap()[u"id"_s].toString();
        form.setOutletCode(u"DA001"_s); // the editor moved on since

        QVERIFY(!form.beginCorrection(u"no-such-id"_s));
        QVERIFY(form.lastError().contains(u"no-such-id"_s));
        QVERIFY(form.correctingId().isEmpty());

        // Prefilled exactly with what was recorded.
        QVERIFY2(form.beginCorrection(original), qPrintable(form.lastError()));
        QVERIFY(form.lastError().isEmpty());
        QCOMPARE(form.correctingId(), original);
        QCOMPARE(form.correctingText(),
            u"DW001 · %1 123.5 mg/L · HACH-2"_s.arg(
                outfall::models::TermNames::pollutantWithCode(u"COD"_s)));
        QCOMPARE(form.outletCode(), u"DW001"_s);
        QCOMPARE(form.pollutant(), u"COD"_s);
        QCOMPARE(form.valueText(), u"123.456"_s);
        QCOMPARE(form.unit(), u"mg/L"_s);
        QCOMPARE(form.instrumentId(), u"HACH-2"_s);

        form.setValueText(u"12.3"_s);
        QVERIFY2(form.record(), qPrintable(form.lastError()));
        QVERIFY(form.correctingId().isEmpty()); // the next one is new again
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM measurement WHERE supersedes_id = '"_s
                     + original + u"' AND value = 12.3"_s),
            1);
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM measurement"_s), 2); // the old one stays
        const QVariantList rows = form.recordedMeasurements();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].toMap()[u"id"_s].toString(), original);
        QCOMPARE(rows[0].toMap()[u"superseded"_s].toBool(), true);
        QCOMPARE(rows[1].toMap()[u"superseded"_s].toBool(), false);
        QCOMPARE(rows[1].toMap()[u"correction"_s].toBool(), true);

        // A superseded one is not corrected twice; cancelling goes back to a new measurement.
        QVERIFY(!form.beginCorrection(original));
        QVERIFY(form.lastError().contains(u"already corrected"_s));
        QVERIFY(form.beginCorrection(rows[1].toMap()[u"id"_s].toString()));
        form.cancelCorrection();
        QVERIFY(form.correctingId().isEmpty());
        QVERIFY(form.valueText().isEmpty());
    }

    void refusalsInTheUiLanguage()
    {
        // The core's refusals are translated where they are thrown (Refusal::tr), so the
        // form shows them in Chinese once the Chinese translator is installed.
        Language language(nullptr, m_fixture.app.get());
        language.setCurrent(u"zh_CN"_s);
        MeasurementForm form(m_fixture.app.get());
        form.setInspectionId(m_fixture.startInspection());
        form.setValueText(u"40"_s);
        form.setUnit(u"mg/L"_s);
        QCOMPARE(form.verdict(), u"invalid"_s);
        QCOMPARE(form.verdictText(), u"单位 mg/L 无法换算为 mg/Nm3（DA001 处 SO2 所用的单位）"_s);
        try {
            outfall::mobile::InspectionService(m_fixture.app->session())
                .start(u"permit-x"_s, outfall::mobile::InspectionPhase::PostIssuance,
                    {22.5, 113.9, -1.0});
            QFAIL("an impossible arrival fix was accepted");
        } catch (const outfall::mobile::ActionRefused &refused) {
            QCOMPARE(refused.reason(), u"到达定位：精度 -1 米必须是正数"_s);
        }
        language.setCurrent(u"en"_s);
        form.setValueText(u"41"_s);
        QCOMPARE(form.verdictText(),
            u"unit mg/L does not convert to mg/Nm3, the unit of SO2 at DA001"_s);
    }

    void notesAndPreviewInTheUiLanguage()
    {
        // MeasurementCheck's notes are translated where they are made (Refusal::tr): Chinese with
        // the Chinese translator, English without one (outfall-device).
        const QString id = m_fixture.startInspection();
        const outfall::mobile::InspectionService::MeasurementInput noO2 {
            u"DA001"_s, u"SO2"_s, 40, u"mg/Nm3"_s, std::nullopt, {}, {}, {}, {}, {}};
        const auto note = [&] {
            return outfall::mobile::InspectionService(m_fixture.app->session())
                .previewMeasurement(id, noO2)
                .note;
        };
        QCOMPARE(note(), u"no O2 measured: compared without correction to 6 % O2"_s);
        MeasurementForm form(m_fixture.app.get());
        form.setInspectionId(id);
        form.setValueText(u"40"_s);
        QCOMPARE(form.verdictText(), u"Over the limit by 14.3 %"_s);
        QSignalSpy preview(&form, &MeasurementForm::previewChanged);
        Language language(nullptr, m_fixture.app.get());
        language.setCurrent(u"zh_CN"_s);
        QCOMPARE(note(), u"未测 O2：未折算到 6 % O2 基准氧含量，直接比较"_s);
        // The form's sentences are said again at once, without a keystroke.
        QCOMPARE(preview.size(), 1);
        QCOMPARE(form.verdictText(), u"超标 14.3 %"_s);
        language.setCurrent(u"en"_s);
        QCOMPARE(form.verdictText(), u"Over the limit by 14.3 %"_s);
    }
};

QTEST_GUILESS_MAIN(TestMeasurementForm)
#include "tst_measurementform.moc"
