#include "models/lists/declarationcheckmodel.h"

#include "core/inspectionrecords.h"
#include "models/controllers/actionattempt.h"
#include "models/session/appsession.h"
#include "store/database.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace outfall::models {

namespace {

using Declaration = mobile::DeclarationChecks::Declaration;

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

} // namespace

DeclarationCheckModel::DeclarationCheckModel(AppSession *session, QObject *parent)
    : QAbstractListModel(parent)
{
    setAppSession(session);
}

void DeclarationCheckModel::setInspectionId(const QString &inspectionId)
{
    if (inspectionId == m_inspectionId)
        return;
    m_inspectionId = inspectionId;
    reload();
}

void DeclarationCheckModel::setPermitId(const QString &permitId)
{
    m_permitId = permitId;
    m_isApplication = false;
    if (AppSession *app = appSession(); app && !permitId.isEmpty()) {
        auto row = app->database().prepare(u"SELECT status FROM permit WHERE id = ?"_s);
        row.bind(1, permitId);
        m_isApplication = row.step() && row.text(0) == u"application";
    }
    Q_EMIT permitIdChanged();
}

void DeclarationCheckModel::setPosition(PositionController *position)
{
    if (position == m_position)
        return;
    m_position = position;
    Q_EMIT positionChanged();
}

void DeclarationCheckModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_declaredCapacity = 0;
    AppSession *app = appSession();
    if (app && !m_inspectionId.isEmpty()) {
        try {
            mobile::DeclarationChecks checks(app->session());
            if (mobile::InspectionRecords(app->database()).require(m_inspectionId).phase
                == u"pre_issuance")
                m_rows = checks.of(m_inspectionId);
            m_declaredCapacity = checks.declaredCapacity(m_inspectionId).value_or(0);
        } catch (const std::exception &) {
            m_rows.clear(); // an inspection this device does not hold: nothing to show
        }
    }
    endResetModel();
    Q_EMIT countChanged();
}

int DeclarationCheckModel::checked() const
{
    return int(std::count_if(
        m_rows.cbegin(), m_rows.cend(), [](const Declaration &decl) { return decl.checked(); }));
}

int DeclarationCheckModel::mismatches() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
        [&](const Declaration &decl) { return decl.mismatch(m_declaredCapacity); }));
}

int DeclarationCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString DeclarationCheckModel::stateText(const Declaration &decl) const
{
    if (!decl.checked())
        return tr("Not checked yet");
    if (decl.kind == u"outlet") {
        if (decl.found == false)
            return tr("Not found on site");
        return decl.foundDistanceM
            ? tr("Found %1 m from where declared").arg(std::round(*decl.foundDistanceM))
            : tr("Found");
    }
    if (decl.kind == u"facility") {
        if (decl.found == false)
            return tr("Missing");
        return decl.running == true ? tr("Present and running") : tr("Present, not running");
    }
    if (decl.kind == u"capacity") {
        const QString seen = number(decl.observedValue.value_or(0)) + u' ' + decl.observedUnit;
        return decl.mismatch(m_declaredCapacity) ? tr("Above the declaration: %1").arg(seen)
                                                 : tr("Seen: %1").arg(seen);
    }
    return decl.outsideZones == true ? tr("Outside every prohibited zone")
                                     : tr("Inside a prohibited zone");
}

QVariant DeclarationCheckModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Declaration &decl = m_rows[index.row()];
    switch (role) {
    case KindRole:
        return decl.kind;
    case KindTextRole:
        if (decl.kind == u"outlet")
            return tr("Declared outlet");
        if (decl.kind == u"facility")
            return decl.expectedRunning ? tr("Treatment facility")
                                        : tr("Treatment facility (standby)");
        if (decl.kind == u"capacity")
            return tr("Production capacity");
        return tr("Prohibited zones");
    case CodeRole:
        return decl.code;
    case NameRole:
        return decl.name;
    case DeclaredRole:
        return decl.kind == u"zone" ? tr("The site is outside drinking-water protection areas and"
                                         " other prohibited zones")
                                    : decl.declared;
    case StateRole:
        return !decl.checked()                  ? u"unchecked"_s
            : decl.mismatch(m_declaredCapacity) ? u"mismatch"_s
                                                : u"matches"_s;
    case StateTextRole:
        return stateText(decl);
    default:
        return {};
    }
}

QHash<int, QByteArray> DeclarationCheckModel::roleNames() const
{
    return {{KindRole, "kind"}, {KindTextRole, "kindText"}, {CodeRole, "code"}, {NameRole, "name"},
        {DeclaredRole, "declared"}, {StateRole, "state"}, {StateTextRole, "stateText"}};
}

template<typename Action>
bool DeclarationCheckModel::record(Action &&action)
{
    QString error;
    const bool ok = attemptAction(appSession(), error, [&](mobile::InspectionService &) {
        mobile::DeclarationChecks checks(appSession()->session());
        action(checks);
    });
    return finishAction(*this, m_lastError, ok, error);
}

bool DeclarationCheckModel::recordOutlet(int row, bool found)
{
    const Declaration decl = m_rows.value(row);
    std::optional<mobile::PositionSample> where;
    if (found && m_position)
        where = m_position->sample();
    if (found && !where) {
        const QString error = tr("No position fix yet: wait for the position before recording"
                                 " where the outlet is.");
        return finishAction(*this, m_lastError, false, error);
    }
    return record([&](mobile::DeclarationChecks &checks) {
        checks.recordOutlet(
            m_inspectionId, decl.kind == u"outlet" ? decl.subjectId : QString(), found, where);
    });
}

bool DeclarationCheckModel::recordFacility(int row, bool found, bool running)
{
    const Declaration decl = m_rows.value(row);
    return record([&](mobile::DeclarationChecks &checks) {
        checks.recordFacility(
            m_inspectionId, decl.kind == u"facility" ? decl.subjectId : QString(), found, running);
    });
}

bool DeclarationCheckModel::recordCapacity(double value, const QString &unit)
{
    return record([&](mobile::DeclarationChecks &checks) {
        checks.recordCapacity(m_inspectionId, value, unit);
    });
}

bool DeclarationCheckModel::recordZone(bool outsideZones)
{
    return record([&](mobile::DeclarationChecks &checks) {
        checks.recordZone(m_inspectionId, outsideZones);
    });
}

} // namespace outfall::models
