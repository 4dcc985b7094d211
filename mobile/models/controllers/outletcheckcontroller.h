#pragma once

#include "core/permitdetails.h"
#include "core/positionaverage.h"
#include "core/sitegeometry.h"
#include "models/controllers/positioncontroller.h"
#include "models/session/sessionbound.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace outfall::models {

// Outlet check (DOMAIN §4.2, §4.4): stand at an outlet, take N fixes from the position
// source, average them (PositionAverage: fixes worse than the GPS threshold are left out)
// and see the combined accuracy and the distance to the permitted position before recording.
// When every fix is too poor, or the fixes moved or scattered (PositionAverage::steady), the
// check is refused with the reason. An offset beyond domain::PositionCheck's limit is a
// finding (`offsetFinding`, shown in the danger colour, never green), and an outlet of the
// permit nearer than the chosen one is named (`nearerOutlet`). A position far from the site
// is recorded only after `confirmFar()`. The same fixes can record an undeclared outlet
// instead (an outlet not on the permit is illegal discharge).
class OutletCheckController : public QObject, public SessionBound
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    QML_UNCREATABLE("The outlet check comes from an InspectionController")
    Q_PROPERTY(QString inspectionId READ inspectionId WRITE setInspectionId NOTIFY outletsChanged)
    Q_PROPERTY(QVariantList outlets READ outlets NOTIFY outletsChanged)
    Q_PROPERTY(QString outletCode READ outletCode WRITE setOutletCode NOTIFY outletCodeChanged)
    Q_PROPERTY(int sampleTarget READ sampleTarget WRITE setSampleTarget NOTIFY sampleTargetChanged)
    Q_PROPERTY(bool sampling READ sampling NOTIFY fixesChanged)
    Q_PROPERTY(int sampleCount READ sampleCount NOTIFY fixesChanged)
    Q_PROPERTY(bool hasAverage READ hasAverage NOTIFY fixesChanged)
    Q_PROPERTY(double accuracyM READ accuracyM NOTIFY fixesChanged)
    Q_PROPERTY(double distanceM READ distanceM NOTIFY fixesChanged)
    Q_PROPERTY(int accepted READ accepted NOTIFY fixesChanged)
    Q_PROPERTY(int rejected READ rejected NOTIFY fixesChanged)
    Q_PROPERTY(double thresholdM READ thresholdM NOTIFY fixesChanged)
    Q_PROPERTY(double spreadM READ spreadM NOTIFY fixesChanged)
    Q_PROPERTY(bool offsetFinding READ offsetFinding NOTIFY fixesChanged)
    Q_PROPERTY(QString findingText READ findingText NOTIFY fixesChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY fixesChanged)
    Q_PROPERTY(QString refusal READ refusal NOTIFY fixesChanged)
    Q_PROPERTY(QString lastRecorded READ lastRecorded NOTIFY recorded)
    // The last recorded check was a finding (offset, nearer outlet, far): not green.
    Q_PROPERTY(bool lastRecordedFinding READ lastRecordedFinding NOTIFY recorded)
    // Non-empty while a record waits for the inspector's "far from the site" confirmation.
    Q_PROPERTY(QString farConfirmation READ farConfirmation NOTIFY lastErrorChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    // The session: QML hands in its engine's (SessionBound); C++ passes it here.
    explicit OutletCheckController(AppSession *session = nullptr, QObject *parent = nullptr);

    QString inspectionId() const { return m_inspectionId; }
    void setInspectionId(const QString &inspectionId);
    void setPosition(PositionController *position);
    QVariantList outlets() const;
    QString outletCode() const { return m_outletCode; }
    void setOutletCode(const QString &code);
    int sampleTarget() const { return m_sampleTarget; }
    void setSampleTarget(int target); // 1..60

    bool sampling() const { return m_sampling; }
    int sampleCount() const { return static_cast<int>(m_fixes.size()); }
    bool hasAverage() const { return m_average.has_value(); }
    double accuracyM() const;
    // To the chosen outlet's permitted position; NaN without an average or an outlet.
    double distanceM() const;
    int accepted() const { return m_average ? m_average->accepted : 0; }
    int rejected() const;
    double thresholdM() const;
    double spreadM() const; // NaN without an average
    // The averaged position against the chosen outlet and the permit's other outlets.
    std::optional<mobile::SiteGeometry::OutletOffset> offset() const;
    bool offsetFinding() const;
    QString findingText() const; // the finding and the nearer outlet; empty when none
    QString summary() const;
    QString refusal() const { return m_refusal; }
    QString lastRecorded() const { return m_lastRecorded; }
    bool lastRecordedFinding() const { return m_lastRecordedFinding; }
    QString farConfirmation() const { return m_farConfirmation; }
    QString lastError() const { return m_lastError; }

    // Clears the fixes and takes the next sampleTarget fixes from the position source.
    Q_INVOKABLE void startSampling();
    Q_INVOKABLE void cancelSampling();
    // One fix from the receiver (the position source's updates come in here).
    void addFix(const mobile::PositionSample &fix);

    Q_INVOKABLE bool record();
    // medium: air or water.
    Q_INVOKABLE bool recordUndeclared(const QString &medium, const QString &description);
    // Repeats the record refused as far from the site, confirmed (marked far_from_site).
    Q_INVOKABLE bool confirmFar();
    Q_INVOKABLE void cancelFar();

Q_SIGNALS:
    void outletsChanged();
    void outletCodeChanged();
    void sampleTargetChanged();
    void fixesChanged();
    void recorded();
    void lastErrorChanged();

private:
    void takeFromSource();
    void evaluate();
    const mobile::OutletDetail *outlet() const;
    bool finish(bool ok, const QString &error, const QString &recordedText, bool finding = false);
    bool recordCheck(bool farConfirmed);
    bool recordUndeclaredOutlet(
        const QString &medium, const QString &description, bool farConfirmed);
    template<typename Action>
    bool attemptRecord(QString &error, Action &&action);

    QString m_inspectionId;
    QList<mobile::OutletDetail> m_outlets;
    mobile::SiteGeometry m_site;
    QString m_outletCode;
    QPointer<PositionController> m_position;
    int m_sampleTarget = 5;
    bool m_sampling = false;
    std::vector<mobile::PositionSample> m_fixes;
    std::optional<mobile::PositionAverage> m_average;
    QString m_refusal;
    QString m_lastRecorded;
    bool m_lastRecordedFinding = false;
    QString m_lastError;
    // The record waiting for the far confirmation: an outlet check, or an undeclared
    // outlet with its medium and description.
    QString m_farConfirmation;
    std::optional<std::pair<QString, QString>> m_farUndeclared;
};

} // namespace outfall::models
