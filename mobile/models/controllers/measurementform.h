#pragma once

#include "core/inspectionprogress.h"
#include "core/permitdetails.h"
#include "models/controllers/positioncontroller.h"
#include "models/session/sessionbound.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace outfall::models {

// The on-site measurement editor (DOMAIN §4.13): outlet, pollutant, value, unit, O2,
// instrument and method. While the inspector types, the form previews what will be recorded
// with InspectionService::previewMeasurement — the same code measure() runs: the value in
// the limit's unit, O2-corrected where the limit states a reference O2, the limit, and the
// verdict ("over the limit by X %" / "within the limit"). record() writes it.
// Correcting: beginCorrection(id) fills the form with a recorded measurement; record() then
// writes a new measurement that supersedes it (evidence is insert-only: the old one stays,
// listed as superseded).
class MeasurementForm : public QObject, public SessionBound
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    QML_UNCREATABLE("The measurement form comes from an InspectionController")
    Q_PROPERTY(QString inspectionId READ inspectionId WRITE setInspectionId NOTIFY outletsChanged)
    Q_PROPERTY(QStringList outletCodes READ outletCodes NOTIFY outletsChanged)
    Q_PROPERTY(QString outletCode READ outletCode WRITE setOutletCode NOTIFY inputChanged)
    // The chosen outlet's pollutants (its limits', then its monitoring's), as codes and as
    // {code, name} with the name in the UI language for the drop-down.
    Q_PROPERTY(QStringList pollutants READ pollutants NOTIFY inputChanged)
    Q_PROPERTY(QVariantList pollutantChoices READ pollutantChoices NOTIFY inputChanged)
    Q_PROPERTY(QString pollutant READ pollutant WRITE setPollutant NOTIFY inputChanged)
    Q_PROPERTY(QString valueText READ valueText WRITE setValueText NOTIFY inputChanged)
    Q_PROPERTY(QString unit READ unit WRITE setUnit NOTIFY inputChanged)
    Q_PROPERTY(QString o2Text READ o2Text WRITE setO2Text NOTIFY inputChanged)
    Q_PROPERTY(bool o2Applies READ o2Applies NOTIFY inputChanged)
    Q_PROPERTY(QString instrumentId READ instrumentId WRITE setInstrumentId NOTIFY inputChanged)
    // Proposed from the permit's monitoring requirement for the outlet and pollutant (a real
    // value, recorded unless edited); empty when the permit names none.
    Q_PROPERTY(QString method READ method WRITE setMethod NOTIFY inputChanged)
    // The method the permit names for the chosen outlet and pollutant; empty when none.
    Q_PROPERTY(QString permittedMethod READ permittedMethod NOTIFY inputChanged)
    // "empty" (no value yet), "invalid" (input refused: see previewText), "within", "over",
    // "nolimit" (nothing to compare with).
    Q_PROPERTY(QString verdict READ verdict NOTIFY previewChanged)
    Q_PROPERTY(QString verdictText READ verdictText NOTIFY previewChanged)
    Q_PROPERTY(QString comparedText READ comparedText NOTIFY previewChanged)
    Q_PROPERTY(QString limitText READ limitText NOTIFY previewChanged)
    Q_PROPERTY(double exceedancePct READ exceedancePct NOTIFY previewChanged)
    // Every measurement of the inspection, oldest first, superseded ones too:
    // {id, text, verdict ("over", "within", "nolimit"), verdictText, superseded (bool),
    // correction (bool: it supersedes another)}.
    Q_PROPERTY(QVariantList recordedMeasurements READ recordedMeasurements NOTIFY recorded)
    // The measurement being corrected; empty when the form records a new one.
    Q_PROPERTY(QString correctingId READ correctingId NOTIFY inputChanged)
    Q_PROPERTY(QString correctingText READ correctingText NOTIFY inputChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    // The session: QML hands in its engine's (SessionBound); C++ passes it here.
    explicit MeasurementForm(AppSession *session = nullptr, QObject *parent = nullptr);

    QString inspectionId() const { return m_inspectionId; }
    void setInspectionId(const QString &inspectionId);
    QStringList outletCodes() const { return m_outletCodes; }
    QString outletCode() const { return m_outletCode; }
    // Also proposes the outlet's first limited pollutant and its limit's unit.
    void setOutletCode(const QString &code);
    QStringList pollutants() const { return m_pollutants; }
    QVariantList pollutantChoices() const;
    QString pollutant() const { return m_pollutant; }
    // Also proposes the unit of the pollutant's limit at the outlet and the permit's method.
    void setPollutant(const QString &pollutant);
    QString valueText() const { return m_valueText; }
    void setValueText(const QString &text);
    QString unit() const { return m_unit; }
    void setUnit(const QString &unit);
    QString o2Text() const { return m_o2Text; }
    void setO2Text(const QString &text);
    bool o2Applies() const { return m_medium == u"air"; }
    QString instrumentId() const { return m_instrumentId; }
    void setInstrumentId(const QString &id);
    QString method() const { return m_method; }
    void setMethod(const QString &method);
    QString permittedMethod() const;

    QString verdict() const { return m_verdict; }
    QString verdictText() const { return m_verdictText; }
    QString comparedText() const { return m_comparedText; }
    QString limitText() const { return m_limitText; }
    double exceedancePct() const { return m_exceedancePct; }
    QVariantList recordedMeasurements() const { return m_recordedMeasurements; }
    QString correctingId() const { return m_correctingId; }
    // The tablet's position source: record() stores its current fix (and the fix's time)
    // with the measurement, so R12 can tell where it was taken. None: recorded without one.
    void setPosition(PositionController *position) { m_position = position; }
    QString correctingText() const { return m_correctingText; }
    QString lastError() const { return m_lastError; }

    // Writes the measurement; on success clears value and O2 for the next one.
    Q_INVOKABLE bool record();
    // Fills the form with a recorded measurement in force to correct it; false (with
    // lastError) for an id that is not one. cancelCorrection() goes back to a new one.
    Q_INVOKABLE bool beginCorrection(const QString &measurementId);
    Q_INVOKABLE void cancelCorrection();

Q_SIGNALS:
    void outletsChanged();
    void inputChanged();
    void previewChanged();
    void recorded();
    void lastErrorChanged();

private:
    void setInput(QString &field, const QString &value);
    const mobile::OutletDetail *outlet() const;
    void updatePreview();
    void loadRecorded();
    QList<mobile::InspectionDetail::Measurement> measurements() const;
    static QString line(const mobile::InspectionDetail::Measurement &m);
    void setError(const QString &error);

    QString m_inspectionId;
    QList<mobile::OutletDetail> m_outlets;
    QStringList m_outletCodes;
    QString m_outletCode;
    QString m_medium;
    QStringList m_pollutants;
    QString m_pollutant;
    QString m_valueText;
    QString m_unit;
    QString m_o2Text;
    QString m_instrumentId;
    QString m_method;
    QString m_verdict = QStringLiteral("empty");
    QString m_verdictText;
    QString m_comparedText;
    QString m_limitText;
    double m_exceedancePct = 0;
    QVariantList m_recordedMeasurements;
    QString m_correctingId;
    QPointer<PositionController> m_position;
    QString m_correctingText;
    QString m_lastError;
};

} // namespace outfall::models
