#include "models/lists/flaglistmodel.h"

#include "core/deviceflags.h"
#include "core/devicesession.h"
#include "core/devicestore.h"
#include "core/enterprisename.h"
#include "core/evidencegallery.h"
#include "core/photostore.h"
#include "models/session/appsession.h"
#include "models/session/listlanguage.h"
#include "store/database.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace outfall::models {

FlagListModel::FlagListModel(AppSession *session, QObject *parent)
    : QAbstractListModel(parent)
{
    followUiLanguage(this);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &FlagListModel::take);
    reload();
    setAppSession(session);
}

void FlagListModel::sessionAttached()
{
    AppSession *session = appSession();
    connect(session, &AppSession::dataChanged, this, &FlagListModel::reload);
    reload();
}

FlagListModel::~FlagListModel()
{
    // The computation has its own connection and copies of everything: let it finish.
    m_watcher.waitForFinished();
}

FlagListModel::Loaded FlagListModel::compute(const QString &profileDir, const QString &photoDir)
{
    Loaded result;
    try {
        mobile::DeviceStore store(profileDir);
        store::Database &db = store.database();
        const mobile::OpenFlags flags(db);
        result.rows = flags.list();
        // Then the provisional ones: the device's rules over what it holds (dates in CST) that
        // the server has no row for yet (mobile::DeviceFlags).
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date();
        for (const mobile::DeviceFlag &flag : mobile::DeviceFlags(db).provisional(today))
            result.rows.append(flags.provisionalRow(flag.record));
        const mobile::EvidenceGallery gallery(db, photoDir);
        for (const mobile::OpenFlag &row : std::as_const(result.rows)) {
            QVariantList urls;
            for (const QString &path : gallery.imagePaths(row.computation.evidenceIds(u"photo"_s)))
                urls.append(QUrl::fromLocalFile(path));
            result.photoUrls.append(urls);
        }
    } catch (const std::exception &failure) {
        result = {};
        result.error = QString::fromUtf8(failure.what());
    }
    return result;
}

void FlagListModel::reload()
{
    AppSession *session = appSession();
    if (!session)
        return;
    if (m_watcher.isRunning()) {
        m_again = true; // the data changed under the running computation
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(
        &FlagListModel::compute, session->profileDir(), session->session().photos().dir()));
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged();
    }
}

void FlagListModel::take()
{
    Loaded result = m_watcher.result();
    if (m_again) {
        m_again = false;
        reload();
        return;
    }
    beginResetModel();
    m_rows = std::move(result.rows);
    m_photoUrls = std::move(result.photoUrls);
    endResetModel();
    m_lastError = result.error.isEmpty() ? QString()
                                         : tr("The flags could not be read: %1").arg(result.error);
    m_loading = false;
    Q_EMIT loadingChanged();
    Q_EMIT countChanged();
    Q_EMIT loaded();
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
    case StateRole:
        return row.status;
    case StateTextRole:
        if (row.status == u"open")
            return tr("Open");
        if (row.status == u"acknowledged")
            return tr("Acknowledged by a supervisor");
        if (row.status == u"dismissed")
            return tr("Dismissed by a supervisor");
        return row.status == u"closed" || row.status == u"resolved" ? tr("Resolved") : row.status;
    case ProvisionalRole:
        return row.provisional;
    case VerdictTextRole:
        return row.provisional
            ? tr("Provisional: found on this tablet, not yet judged by the server")
            : tr("The server's verdict");
    // The computation in the list's language (a flag stored before it was bilingual: English).
    case InputsTextRole:
        return row.computation.inputsText(m_language.startsWith(u"zh"_s) ? u"zh"_s : u"en"_s);
    case StepsTextRole:
        return row.computation.stepsText(m_language.startsWith(u"zh"_s) ? u"zh"_s : u"en"_s);
    case EvidenceUrlsRole:
        return m_photoUrls.value(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> FlagListModel::roleNames() const
{
    return {
        {FlagIdRole, "flagId"},
        {SeverityRole, "severity"},
        {StateRole, "state"},
        {StateTextRole, "stateText"},
        {ProvisionalRole, "provisional"},
        {VerdictTextRole, "verdictText"},
        {InputsTextRole, "inputsText"},
        {StepsTextRole, "stepsText"},
        {EvidenceUrlsRole, "evidenceUrls"},
        {SeverityTextRole, "severityText"},
        {MessageRole, "message"},
        {PermitNumberRole, "permitNumber"},
        {EnterpriseNameRole, "enterpriseName"},
        {SubjectTextRole, "subjectText"},
    };
}

} // namespace outfall::models
