#include "models/controllers/evidenceproofcontroller.h"

#include "models/lists/evidencerecordlistmodel.h"
#include "models/session/appsession.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace outfall::models {

using HeadCheck = mobile::EvidenceProofs::HeadCheck;

EvidenceProofController::EvidenceProofController(AppSession *session, QObject *parent)
    : QObject(parent)
{
    connect(&UiLanguage::instance(), &UiLanguage::changed, this, &EvidenceProofController::changed);
    setAppSession(session);
}

void EvidenceProofController::sessionAttached()
{
    connect(appSession(), &AppSession::dataChanged, this, &EvidenceProofController::reload);
    reload();
}

void EvidenceProofController::setRecordId(const QString &id)
{
    if (id == m_recordId)
        return;
    m_recordId = id;
    reload();
}

void EvidenceProofController::reload()
{
    AppSession *session = appSession();
    m_proof = session && !m_recordId.isEmpty()
        ? mobile::EvidenceProofs::proof(session->database(), m_recordId)
        : std::nullopt;
    Q_EMIT changed();
}

QString EvidenceProofController::what() const
{
    return m_proof ? EvidenceRecordListModel::whatText(m_proof->entry.entity, m_proof->entry.kind)
                   : QString();
}

QString EvidenceProofController::state() const
{
    return m_proof ? mobile::EvidenceIntegrity::name(m_proof->entry.state) : QString();
}

QString EvidenceProofController::stateText() const
{
    return m_proof ? EvidenceRecordListModel::stateText(m_proof->entry.state) : QString();
}

QString EvidenceProofController::recordHash() const
{
    return m_proof ? QString::fromLatin1(m_proof->recordSha256.toHex()) : QString();
}

QString EvidenceProofController::seq() const
{
    return m_proof ? QString::number(m_proof->entry.seq) : QString();
}

QString EvidenceProofController::deviceSignatureText() const
{
    if (!m_proof)
        return {};
    return m_proof->deviceSignatureOk ? tr("This tablet's signature verifies")
                                      : tr("This tablet's signature does NOT verify");
}

QString EvidenceProofController::leafIndex() const
{
    return held() ? QString::number(m_proof->leafIndex) : QString();
}

QString EvidenceProofController::treeSize() const
{
    return held() ? QString::number(m_proof->treeSize) : QString();
}

QString EvidenceProofController::rootHash() const
{
    return held() ? QString::fromLatin1(m_proof->rootHash.toHex()) : QString();
}

QString EvidenceProofController::headTimeText() const
{
    return held() ? QDateTime::fromMSecsSinceEpoch(m_proof->headTimestampMs)
                        .toString(u"yyyy-MM-dd HH:mm:ss"_s)
                  : QString();
}

bool EvidenceProofController::serverSignatureOk() const
{
    return held() && m_proof->head == HeadCheck::Verified;
}

QString EvidenceProofController::serverSignatureText() const
{
    if (!m_proof)
        return {};
    if (!m_proof->held)
        return tr("Not logged on the server yet: it is sent with the next sync");
    switch (m_proof->head) {
    case HeadCheck::Verified:
        return tr("The server's signature on this tree head verifies under the log key pinned"
                  " at enrolment");
    case HeadCheck::Failed:
        return tr("The server's signature on this tree head does NOT verify under the pinned"
                  " log key");
    case HeadCheck::NotPinned:
        break;
    }
    return tr("Server signature not checked: this tablet was enrolled before the server's log"
              " key was pinned (enrol it again to check it)");
}

QString EvidenceProofController::inclusionText() const
{
    if (!held())
        return {};
    return m_proof->inclusionOk
        ? tr("The audit path (%n hash(es)) leads from this record to the root", "",
            int(m_proof->auditPath.size()))
        : tr("The audit path does NOT lead from this record to the root");
}

QStringList EvidenceProofController::auditPath() const
{
    QStringList hashes;
    if (held()) {
        for (const QByteArray &hash : m_proof->auditPath)
            hashes.append(QString::fromLatin1(hash.toHex()));
    }
    return hashes;
}

} // namespace outfall::models
