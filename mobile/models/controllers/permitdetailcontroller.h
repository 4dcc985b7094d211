#pragma once

#include "core/permitdetails.h"
#include "models/session/sessionbound.h"
#include "models/session/uilanguage.h"

#include <QDate>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace outfall::models {

class ChartSeries;
class OutletListModel;

// State of the Enterprise and permit page: the permit's terms, its outlets, the chart of the
// last 12 months of reported values of the chosen outlet and pollutant, and the permit's
// inspections on this device (its history) with where each stands.
class PermitDetailController : public QObject, public SessionBound
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    // moc needs the properties' types complete; the header itself needs only their names.
    Q_MOC_INCLUDE("models/lists/outletlistmodel.h")
    Q_MOC_INCLUDE("models/painted/chartseries.h")
    QML_ELEMENT
    Q_PROPERTY(QString permitId READ permitId WRITE setPermitId NOTIFY permitIdChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(QString number READ number NOTIFY loadedChanged)
    Q_PROPERTY(QString enterpriseName READ enterpriseName NOTIFY loadedChanged)
    Q_PROPERTY(QString enterpriseNameEn READ enterpriseNameEn NOTIFY loadedChanged)
    Q_PROPERTY(QString enterpriseOtherName READ enterpriseOtherName NOTIFY loadedChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY loadedChanged)
    Q_PROPERTY(QString uscc READ uscc NOTIFY loadedChanged)
    Q_PROPERTY(QString legalRep READ legalRep NOTIFY loadedChanged)
    Q_PROPERTY(QString address READ address NOTIFY loadedChanged)
    Q_PROPERTY(QString industryCode READ industryCode NOTIFY loadedChanged)
    Q_PROPERTY(QString authority READ authority NOTIFY loadedChanged)
    Q_PROPERTY(QString capacity READ capacity NOTIFY loadedChanged)
    Q_PROPERTY(QString validFrom READ validFrom NOTIFY loadedChanged)
    Q_PROPERTY(QString validTo READ validTo NOTIFY loadedChanged)
    Q_PROPERTY(int daysToExpiry READ daysToExpiry NOTIFY loadedChanged)
    Q_PROPERTY(outfall::models::OutletListModel *outlets READ outlets CONSTANT)
    Q_PROPERTY(outfall::models::ChartSeries *series READ series CONSTANT)
    // Newest first: {id, state, stateText, phase, started, done}.
    Q_PROPERTY(QVariantList inspections READ inspections NOTIFY inspectionsChanged)
    // The inspection in progress (the header's button continues it); empty when none.
    Q_PROPERTY(QString openInspectionId READ openInspectionId NOTIFY inspectionsChanged)
    // "Start inspection" or "Continue inspection".
    Q_PROPERTY(QString inspectionAction READ inspectionAction NOTIFY inspectionsChanged)

public:
    // The session: QML hands in its engine's (SessionBound); C++ passes it here.
    explicit PermitDetailController(AppSession *session = nullptr, QObject *parent = nullptr);

    QString permitId() const { return m_permitId; }
    void setPermitId(const QString &permitId);
    bool loaded() const { return m_detail.has_value(); }

    QString number() const { return m_detail ? m_detail->number : QString(); }
    // In the UI language (`language`, following UiLanguage): name_en in English when there is one.
    QString enterpriseName() const;
    // The other of the two names when it differs (the registered Chinese one under an English
    // title, the English one under a Chinese title); empty when there is no other.
    QString enterpriseOtherName() const;
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString enterpriseNameEn() const { return m_detail ? m_detail->enterpriseNameEn : QString(); }
    QString uscc() const { return m_detail ? m_detail->uscc : QString(); }
    QString legalRep() const { return m_detail ? m_detail->legalRep : QString(); }
    QString address() const { return m_detail ? m_detail->address : QString(); }
    QString industryCode() const { return m_detail ? m_detail->industryCode : QString(); }
    QString authority() const { return m_detail ? m_detail->authority : QString(); }
    QString capacity() const { return m_detail ? m_detail->capacity : QString(); }
    // Dates in the UI language (2026年11月29日, 29 Nov 2026).
    QString validFrom() const
    {
        return m_detail ? UiLanguage::isoDate(m_detail->validFrom, m_language) : QString();
    }
    QString validTo() const
    {
        return m_detail ? UiLanguage::isoDate(m_detail->validTo, m_language) : QString();
    }
    // Negative once expired. Relative to `today` (settable so tests do not depend on the date).
    int daysToExpiry() const;
    void setToday(const QDate &today) { m_today = today; }

    QVariantList inspections() const { return m_inspections; }
    QString openInspectionId() const { return m_openInspectionId; }
    QString inspectionAction() const;

    OutletListModel *outlets() const { return m_outlets; }
    ChartSeries *series() const { return m_series; }

    // Shows the last 12 months of reported values of one outlet and pollutant.
    Q_INVOKABLE void showSeries(const QString &outletId, const QString &pollutant);

public Q_SLOTS:
    void reload();
    void reloadInspections();

Q_SIGNALS:
    void permitIdChanged();
    void loadedChanged();
    void inspectionsChanged();

private:
    void sessionAttached() override;
    QString m_permitId;
    std::optional<mobile::PermitDetail> m_detail;
    OutletListModel *m_outlets;
    ChartSeries *m_series;
    QVariantList m_inspections;
    QString m_openInspectionId;
    QDate m_today = QDate::currentDate();
    QString m_language = UiLanguage::instance().current();
};

} // namespace outfall::models
