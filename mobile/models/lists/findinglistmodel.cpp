#include "models/lists/findinglistmodel.h"

#include "core/devicestore.h"
#include "core/flagcomputation.h"
#include "core/visitfindings.h"
#include "models/session/appsession.h"
#include "models/session/listlanguage.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outfall::models {

FindingListModel::FindingListModel(AppSession *session, QObject *parent)
    : QAbstractListModel(parent)
{
    followUiLanguage(this);
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &FindingListModel::start);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &FindingListModel::take);
    setAppSession(session);
}

FindingListModel::~FindingListModel()
{
    // The evaluation has its own connection and copies of its arguments: let it finish.
    m_watcher.waitForFinished();
}

void FindingListModel::setInspectionId(const QString &inspectionId)
{
    if (inspectionId == m_inspectionId)
        return;
    m_inspectionId = inspectionId;
    setFindings({}); // never another inspection's findings, not even for a moment
    m_settle.stop();
    start(); // the page opens: no burst to wait for
}

void FindingListModel::reload()
{
    if (m_inspectionId.isEmpty())
        return;
    setLoading(true);
    m_settle.start();
}

FindingListModel::Evaluated FindingListModel::evaluate(
    const QString &profileDir, const QString &inspectionId)
{
    Evaluated result {inspectionId, {}};
    try {
        mobile::DeviceStore store(profileDir);
        // Dates of the rules are China Standard Time (issue 11), whatever the tablet's zone.
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date();
        result.findings = mobile::VisitFindings(store.database()).of(inspectionId, today);
    } catch (const std::exception &failure) {
        // Provisional and advisory: none shown is what the page says until the next records.
        qWarning("findings of inspection %s not evaluated: %s", qPrintable(inspectionId),
            failure.what());
    }
    return result;
}

void FindingListModel::start()
{
    AppSession *app = appSession();
    if (!app || m_inspectionId.isEmpty()) {
        setLoading(false);
        return;
    }
    setLoading(true);
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_watcher.setFuture(
        QtConcurrent::run(&FindingListModel::evaluate, app->profileDir(), m_inspectionId));
}

void FindingListModel::take()
{
    Evaluated result = m_watcher.result();
    if (m_again || result.inspectionId != m_inspectionId) {
        m_again = false;
        start(); // what it evaluated is already out of date
        return;
    }
    setFindings(result.findings);
    if (!m_settle.isActive())
        setLoading(false);
}

void FindingListModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

namespace {

// What a row shows: the same findings again change nothing on the page (a reset would lay
// the card out anew and move what is below it while the inspector reads).
bool sameShown(const QList<rules::Flag> &a, const QList<rules::Flag> &b)
{
    return std::equal(
        a.begin(), a.end(), b.begin(), b.end(), [](const rules::Flag &x, const rules::Flag &y) {
            return x.id() == y.id() && x.severity == y.severity && x.messageEn == y.messageEn
                && x.messageZh == y.messageZh && x.steps == y.steps
                && mobile::FlagComputation::of(x).inputsText(u"en"_s)
                == mobile::FlagComputation::of(y).inputsText(u"en"_s);
        });
}

} // namespace

void FindingListModel::setFindings(const QList<rules::Flag> &findings)
{
    if (sameShown(findings, m_rows))
        return;
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
