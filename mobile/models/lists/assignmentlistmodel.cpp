#include "models/lists/assignmentlistmodel.h"

#include "core/devicesession.h"
#include "core/enterprisename.h"
#include "domain/geodesy.h"
#include "models/controllers/inspectioncontroller.h"
#include "models/session/appsession.h"
#include "models/session/listlanguage.h"

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace outfall::models {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

AssignmentListModel::AssignmentListModel(AppSession *session, QObject *parent)
    : QAbstractListModel(parent)
    , m_hereLat(kNaN)
    , m_hereLon(kNaN)
{
    followUiLanguage(this);
    reload();
    setAppSession(session);
}

void AssignmentListModel::sessionAttached()
{
    AppSession *session = appSession();
    connect(session, &AppSession::dataChanged, this, &AssignmentListModel::reload);
    connect(session, &AppSession::inspectionsChanged, this, &AssignmentListModel::reload);
    reload();
}

void AssignmentListModel::reload()
{
    AppSession *session = appSession();
    beginResetModel();
    m_rows.clear();
    m_inspections.clear();
    if (session) {
        const auto &inspector = session->session().identity().inspectorId();
        if (inspector)
            m_rows = mobile::AssignedRoute(session->database()).permits(inspector->toText());
        const mobile::InspectionProgress progress(session->database());
        for (const mobile::AssignedPermit &row : std::as_const(m_rows))
            m_inspections.append(inspectionFor(progress.list(row.permitId), row.assignedAt));
    }
    endResetModel();
    Q_EMIT countChanged();
}

std::optional<mobile::InspectionSummary> AssignmentListModel::inspectionFor(
    const QList<mobile::InspectionSummary> &inspections, std::int64_t assignedAt)
{
    // Newest first. One still open (being recorded, to sign again, refused) is the one the
    // stop is about; else the newest since the assignment. An older visit does not count.
    std::optional<mobile::InspectionSummary> newest;
    for (const mobile::InspectionSummary &s : inspections) {
        if (s.startedAt < assignedAt)
            continue;
        if (!s.done())
            return s;
        if (!newest)
            newest = s;
    }
    return newest;
}

void AssignmentListModel::setHereLatitude(double latitude)
{
    if (latitude == m_hereLat || (std::isnan(latitude) && std::isnan(m_hereLat)))
        return;
    m_hereLat = latitude;
    distancesChanged();
}

void AssignmentListModel::setHereLongitude(double longitude)
{
    if (longitude == m_hereLon || (std::isnan(longitude) && std::isnan(m_hereLon)))
        return;
    m_hereLon = longitude;
    distancesChanged();
}

void AssignmentListModel::distancesChanged()
{
    Q_EMIT hereChanged();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {DistanceMRole, DistanceTextRole});
}

double AssignmentListModel::distanceM(int row) const
{
    const mobile::AssignedPermit &permit = m_rows.at(row);
    if (!permit.lat || !permit.lon || !std::isfinite(m_hereLat) || !std::isfinite(m_hereLon)
        || std::fabs(m_hereLat) > 90 || std::fabs(m_hereLon) > 180)
        return kNaN;
    return domain::Geodesy::haversineM(m_hereLat, m_hereLon, *permit.lat, *permit.lon);
}

QString AssignmentListModel::formatDistance(double metres)
{
    if (!std::isfinite(metres))
        return tr("distance unknown (no position yet)");
    if (metres < 1000)
        return tr("%1 m away").arg(UiLanguage::number(std::round(metres / 10) * 10, 0));
    return tr("%1 km away").arg(UiLanguage::number(metres / 1000, metres < 10000 ? 1 : 0));
}

void AssignmentListModel::setLanguage(const QString &language)
{
    if (changeListLanguage(*this, m_language, language))
        Q_EMIT languageChanged();
}

int AssignmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant AssignmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const mobile::AssignedPermit &row = m_rows[index.row()];
    const auto &inspection = m_inspections[index.row()];
    switch (role) {
    case AssignmentIdRole:
        return row.assignmentId;
    case PermitIdRole:
        return row.permitId;
    case PermitNumberRole:
        return row.permitNumber;
    case Qt::DisplayRole:
    case EnterpriseNameRole:
        return mobile::enterpriseName(row.enterpriseName, row.enterpriseNameEn, m_language);
    case AddressRole:
        return row.address;
    case StopRole:
        return row.stop;
    case DueOnRole:
        return UiLanguage::isoDate(row.dueOn, m_language);
    case PhaseRole:
        return row.phase;
    case DistanceMRole:
        return distanceM(index.row());
    case DistanceTextRole:
        return formatDistance(distanceM(index.row()));
    case InspectionIdRole:
        return inspection ? inspection->id : QString();
    case InspectionStateRole:
        return inspection ? inspection->state() : QString();
    case InspectionStateTextRole:
        return inspection ? InspectionController::stateText(*inspection) : tr("Not started");
    case DoneRole:
        return inspection && inspection->done();
    case ReviewCommentRole:
        return inspection ? inspection->reviewComment : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> AssignmentListModel::roleNames() const
{
    return {
        {AssignmentIdRole, "assignmentId"},
        {PermitIdRole, "permitId"},
        {PermitNumberRole, "permitNumber"},
        {EnterpriseNameRole, "enterpriseName"},
        {AddressRole, "address"},
        {StopRole, "stop"},
        {DueOnRole, "dueOn"},
        {PhaseRole, "phase"},
        {DistanceMRole, "distanceM"},
        {DistanceTextRole, "distanceText"},
        {InspectionIdRole, "inspectionId"},
        {InspectionStateRole, "inspectionState"},
        {InspectionStateTextRole, "inspectionStateText"},
        {DoneRole, "done"},
        {ReviewCommentRole, "reviewComment"},
    };
}

} // namespace outfall::models
