#include "models/flaglistmodel.h"

#include "core/enterprisename.h"
#include "models/appsession.h"
#include "models/listlanguage.h"

using namespace Qt::StringLiterals;

namespace outfall::models {

FlagListModel::FlagListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    followUiLanguage(this);
    if (AppSession *session = AppSession::instance())
        connect(session, &AppSession::dataChanged, this, &FlagListModel::reload);
    reload();
}

void FlagListModel::reload()
{
    AppSession *session = AppSession::instance();
    beginResetModel();
    m_rows = session ? mobile::OpenFlags(session->database()).list() : QList<mobile::OpenFlag>();
    endResetModel();
    Q_EMIT countChanged();
}

void FlagListModel::setLanguage(const QString &language)
{
    if (changeListLanguage(*this, m_language, language))
        Q_EMIT languageChanged();
}

int FlagListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant FlagListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const mobile::OpenFlag &row = m_rows[index.row()];
    switch (role) {
    case FlagIdRole:
        return row.id;
    case SeverityRole:
        return row.severity;
    case SeverityTextRole:
        if (row.severity == u"violation"_s)
            return tr("Violation");
        return row.severity == u"warning"_s ? tr("Warning") : tr("Note");
    case Qt::DisplayRole:
    case MessageRole:
        return m_language.startsWith(u"zh"_s) ? row.messageZh : row.messageEn;
    case PermitNumberRole:
        return row.permitNumber;
    case EnterpriseNameRole:
        return mobile::enterpriseName(row.enterpriseName, row.enterpriseNameEn, m_language);
    case SubjectTextRole: {
        QStringList parts;
        if (!row.outletCode.isEmpty())
            parts << tr("outlet %1").arg(row.outletCode);
        if (!row.pollutant.isEmpty())
            parts << row.pollutant;
        if (!row.period.isEmpty())
            parts << row.period;
        return parts.isEmpty() ? tr("whole permit") : parts.join(u" · "_s);
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> FlagListModel::roleNames() const
{
    return {
        {FlagIdRole, "flagId"},
        {SeverityRole, "severity"},
        {SeverityTextRole, "severityText"},
        {MessageRole, "message"},
        {PermitNumberRole, "permitNumber"},
        {EnterpriseNameRole, "enterpriseName"},
        {SubjectTextRole, "subjectText"},
    };
}

} // namespace outfall::models
