#pragma once

#include "core/assignedroute.h"
#include "core/inspectionprogress.h"
#include "models/session/sessionbound.h"
#include "models/session/uilanguage.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace outfall::models {

// The Today page: the inspector's active assignments in route order, each with the distance
// from the tablet's position (haversine to the enterprise site) and where its inspection
// stands (the one in progress, else the newest since the assignment was made): to start,
// continue, submitted (the stop is done), corrected and to sign again, or returned by the
// server. QML binds `hereLatitude`, `hereLongitude` to PositionController; NaN means no
// position yet (no distance shown).
class AssignmentListModel : public QAbstractListModel, public SessionBound
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(double hereLatitude READ hereLatitude WRITE setHereLatitude NOTIFY hereChanged)
    Q_PROPERTY(double hereLongitude READ hereLongitude WRITE setHereLongitude NOTIFY hereChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    enum Role {
        AssignmentIdRole = Qt::UserRole + 1,
        PermitIdRole,
        PermitNumberRole,
        EnterpriseNameRole,
        AddressRole,
        StopRole, // 1-based stop number in route order; 0 when unordered
        DueOnRole, // the date in the UI language; empty when none
        PhaseRole,
        DistanceMRole, // NaN when unknown
        DistanceTextRole,
        InspectionIdRole, // empty when none since the assignment
        InspectionStateRole, // InspectionSummary::state(), empty when none
        InspectionStateTextRole, // in the UI language; "Not started" when none
        DoneRole, // submitted or approved: the stop is done
        ReviewCommentRole, // the supervisor's comment of the latest review (a return's)
    };
    Q_ENUM(Role)

    // The session: QML hands in its engine's (SessionBound); C++ passes it here.
    explicit AssignmentListModel(AppSession *session = nullptr, QObject *parent = nullptr);

    // zh_CN (the registered name) or en, following UiLanguage: which enterprise name
    // `EnterpriseNameRole` is.
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    double hereLatitude() const { return m_hereLat; }
    double hereLongitude() const { return m_hereLon; }
    void setHereLatitude(double latitude);
    void setHereLongitude(double longitude);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    double distanceM(int row) const; // NaN when the position or the site is unknown
    static QString formatDistance(double metres);
    // The inspection a stop is about: one still open, else the newest since assignedAt.
    static std::optional<mobile::InspectionSummary> inspectionFor(
        const QList<mobile::InspectionSummary> &inspections, std::int64_t assignedAt);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void countChanged();
    void hereChanged();
    void languageChanged();

private:
    void sessionAttached() override;
    void distancesChanged();

    QList<mobile::AssignedPermit> m_rows;
    QList<std::optional<mobile::InspectionSummary>> m_inspections; // one a row
    double m_hereLat;
    double m_hereLon;
    QString m_language = UiLanguage::instance().current();
};

} // namespace outfall::models
