#include "models/lists/permitlistmodel.h"

#include "core/enterprisename.h"
#include "models/session/appsession.h"
#include "models/session/listlanguage.h"

using namespace Qt::StringLiterals;

namespace outfall::models {

PermitListModel::PermitListModel(AppSession *session, QObject *parent)
    : QAbstractListModel(parent)
{
    followUiLanguage(this);
    reload();
    setAppSession(session);
}

void PermitListModel::sessionAttached()
{
    AppSession *session = appSession();
    connect(session, &AppSession::dataChanged, this, &PermitListModel::reload);
    reload();
}

void PermitListModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    reload();
}

void PermitListModel::reload()
{
    AppSession *session = appSession();
    beginResetModel();
    m_rows = session ? mobile::PermitDirectory(session->database()).search(m_query)
                     : QList<mobile::PermitSummary>();
    endResetModel();
    Q_EMIT countChanged();
}

void PermitListModel::setLanguage(const QString &language)
{
    if (changeListLanguage(*this, m_language, language))
        Q_EMIT languageChanged();
}

int PermitListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant PermitListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const mobile::PermitSummary &row = m_rows[index.row()];
    switch (role) {
    case IdRole:
        return row.id;
    case Qt::DisplayRole:
    case NameRole:
        return mobile::enterpriseName(row.enterpriseName, row.enterpriseNameEn, m_language);
    case NumberRole:
        return row.number;
    case NameEnRole:
        return row.enterpriseNameEn;
    case IndustryRole:
        return row.industryCode;
    case AddressRole:
        return row.address;
    case ValidToRole:
        return UiLanguage::isoDate(row.validTo, m_language);
    case LatitudeRole:
        return row.lat;
    case LongitudeRole:
        return row.lon;
    case OutletCountRole:
        return row.outletCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> PermitListModel::roleNames() const
{
    return {
        {IdRole, "permitId"},
        {NumberRole, "number"},
        {NameRole, "name"},
        {NameEnRole, "nameEn"},
        {IndustryRole, "industry"},
        {AddressRole, "address"},
        {ValidToRole, "validTo"},
        {LatitudeRole, "latitude"},
        {LongitudeRole, "longitude"},
        {OutletCountRole, "outletCount"},
    };
}

} // namespace outfall::models
