#include "models/lists/evidencerecordlistmodel.h"

#include "models/session/appsession.h"
#include "models/session/listlanguage.h"
#include "sync/entityschema.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outfall::models {

EvidenceRecordListModel::EvidenceRecordListModel(AppSession *session, QObject *parent)
    : QAbstractListModel(parent)
{
    followUiLanguage(this);
    reload();
    setAppSession(session);
}

void EvidenceRecordListModel::sessionAttached()
{
    AppSession *session = appSession();
    connect(session, &AppSession::dataChanged, this, &EvidenceRecordListModel::reload);
    reload();
}

void EvidenceRecordListModel::setInspectionId(const QString &id)
{
    if (id == m_inspectionId)
        return;
    m_inspectionId = id;
    reload();
}

void EvidenceRecordListModel::reload()
{
    AppSession *session = appSession();
    beginResetModel();
    m_rows = session ? mobile::EvidenceProofs::list(session->database(), m_inspectionId)
                     : QList<mobile::EvidenceProofs::Entry>();
    endResetModel();
    Q_EMIT countChanged();
}

void EvidenceRecordListModel::setLanguage(const QString &language)
{
    if (changeListLanguage(*this, m_language, language)) {
        Q_EMIT languageChanged();
        Q_EMIT countChanged(); // the summary is in words
    }
}

int EvidenceRecordListModel::loggedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
        [](const auto &row) { return row.state == mobile::EvidenceIntegrity::State::Logged; }));
}

QString EvidenceRecordListModel::summary() const
{
    if (m_rows.isEmpty())
        return tr("No signed records yet.");
    return tr("%n signed record(s): %1 logged on the server, %2 only on this tablet", "",
        int(m_rows.size()))
        .arg(loggedCount())
        .arg(m_rows.size() - loggedCount());
}

QString EvidenceRecordListModel::whatText(int entity, int kind)
{
    using E = sync::Entity;
    if (kind == 3)
        return tr("Submission of the inspection");
    QString what;
    switch (E(entity)) {
    case E::ChecklistAnswer:
        what = tr("Checklist answer");
        break;
    case E::Measurement:
        what = tr("Measurement");
        break;
    case E::PositionFix:
        what = tr("Position fix");
        break;
    case E::ObservedOutlet:
        what = tr("Outlet check");
        break;
    case E::Photo:
        what = tr("Photo");
        break;
    case E::Signature:
        what = tr("Signature");
        break;
    case E::InspectionInspector:
        what = tr("Team member");
        break;
    default:
        what = tr("Record of entity %1").arg(entity);
        break;
    }
    return kind == 2 ? tr("%1 (correction)").arg(what) : what;
}

QString EvidenceRecordListModel::stateText(mobile::EvidenceIntegrity::State state)
{
    return state == mobile::EvidenceIntegrity::State::Logged ? tr("Logged on the server")
                                                             : tr("Signed on this tablet");
}

int EvidenceRecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EvidenceRecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &row = m_rows[index.row()];
    switch (role) {
    case RecordIdRole:
        return row.recordId;
    case WhatRole:
        return whatText(row.entity, row.kind);
    case SeqRole:
        return qint64(row.seq);
    case SignedAtTextRole:
        return QDateTime::fromMSecsSinceEpoch(row.signedAtMs).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case StateRole:
        return mobile::EvidenceIntegrity::name(row.state);
    case StateTextRole:
        return stateText(row.state);
    default:
        return {};
    }
}

QHash<int, QByteArray> EvidenceRecordListModel::roleNames() const
{
    return {{RecordIdRole, "recordId"}, {WhatRole, "what"}, {SeqRole, "seq"},
        {SignedAtTextRole, "signedAtText"}, {StateRole, "recordState"},
        {StateTextRole, "stateText"}};
}

} // namespace outfall::models
