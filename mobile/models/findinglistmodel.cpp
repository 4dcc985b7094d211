#include "models/findinglistmodel.h"

#include "core/flagcomputation.h"
#include "core/visitfindings.h"
#include "models/appsession.h"
#include "models/listlanguage.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace outfall::models {

FindingListModel::FindingListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    followUiLanguage(this);
}

void FindingListModel::setInspectionId(const QString &inspectionId)
{
    if (inspectionId == m_inspectionId)
        return;
    m_inspectionId = inspectionId;
    reload();
}

void FindingListModel::reload()
{
    AppSession *app = AppSession::instance();
    if (!app || m_inspectionId.isEmpty()) {
        setFindings({});
        return;
    }
    // Dates of the rules are China Standard Time (issue 11), whatever the tablet's zone.
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date();
    setFindings(mobile::VisitFindings(app->database()).of(m_inspectionId, today));
}

void FindingListModel::setFindings(const QList<rules::Flag> &findings)
{
    beginResetModel();
    m_rows = findings;
    endResetModel();
    Q_EMIT countChanged();
}

void FindingListModel::setLanguage(const QString &language)
{
    if (changeListLanguage(*this, m_language, language))
        Q_EMIT languageChanged();
}

int FindingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant FindingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const rules::Flag &flag = m_rows[index.row()];
    switch (role) {
    case RuleIdRole:
        return flag.ruleId;
    case SeverityRole:
        return rules::severityName(flag.severity);
    case SeverityTextRole:
        switch (flag.severity) {
        case rules::Severity::Violation:
            return tr("Violation");
        case rules::Severity::Warning:
            return tr("Warning");
        case rules::Severity::Info:
            break;
        }
        return tr("Note");
    case Qt::DisplayRole:
    case MessageRole:
        return m_language.startsWith(u"zh"_s) ? flag.messageZh : flag.messageEn;
    case InputsTextRole:
        return mobile::FlagComputation::of(flag).inputsText(
            m_language.startsWith(u"zh"_s) ? u"zh"_s : u"en"_s);
    case StepsTextRole:
        return flag.stepsIn(m_language.startsWith(u"zh"_s) ? u"zh"_s : u"en"_s).join(u'\n');
    default:
        return {};
    }
}

QHash<int, QByteArray> FindingListModel::roleNames() const
{
    return {{RuleIdRole, "ruleId"}, {SeverityRole, "severity"}, {SeverityTextRole, "severityText"},
        {MessageRole, "message"}, {InputsTextRole, "inputsText"}, {StepsTextRole, "stepsText"}};
}

} // namespace outfall::models
