#pragma once

#include "core/evidenceproofs.h"
#include "models/session/sessionbound.h"
#include "models/session/uilanguage.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace outfall::models {

// One record's proof on the Evidence page, checked here on the tablet with no network: the
// record's SHA-256 and its place in this device's chain, its own signature, and — once the
// server logged it — the leaf index, tree size and root of the receipt's tree head, the
// server's signature on that head under the log key pinned at enrolment, and the audit path
// from the record to the root (docs/evidence.md 4).
class EvidenceProofController : public QObject, public SessionBound
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY changed)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString what READ what NOTIFY changed)
    Q_PROPERTY(QString state READ state NOTIFY changed) // "signed" or "logged"
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    Q_PROPERTY(QString recordHash READ recordHash NOTIFY changed) // hex
    Q_PROPERTY(QString seq READ seq NOTIFY changed)
    Q_PROPERTY(bool deviceSignatureOk READ deviceSignatureOk NOTIFY changed)
    Q_PROPERTY(QString deviceSignatureText READ deviceSignatureText NOTIFY changed)
    Q_PROPERTY(bool held READ held NOTIFY changed)
    Q_PROPERTY(QString leafIndex READ leafIndex NOTIFY changed)
    Q_PROPERTY(QString treeSize READ treeSize NOTIFY changed)
    Q_PROPERTY(QString rootHash READ rootHash NOTIFY changed) // hex
    Q_PROPERTY(QString headTimeText READ headTimeText NOTIFY changed)
    Q_PROPERTY(bool serverSignatureOk READ serverSignatureOk NOTIFY changed)
    Q_PROPERTY(QString serverSignatureText READ serverSignatureText NOTIFY changed)
    Q_PROPERTY(bool inclusionOk READ inclusionOk NOTIFY changed)
    Q_PROPERTY(QString inclusionText READ inclusionText NOTIFY changed)
    Q_PROPERTY(QStringList auditPath READ auditPath NOTIFY changed) // hex, leaf side first

public:
    // The session: QML hands in its engine's (SessionBound); C++ passes it here.
    explicit EvidenceProofController(AppSession *session = nullptr, QObject *parent = nullptr);

    QString recordId() const { return m_recordId; }
    void setRecordId(const QString &id);

    bool found() const { return m_proof.has_value(); }
    QString what() const;
    QString state() const;
    QString stateText() const;
    QString recordHash() const;
    QString seq() const;
    bool deviceSignatureOk() const { return m_proof && m_proof->deviceSignatureOk; }
    QString deviceSignatureText() const;
    bool held() const { return m_proof && m_proof->held; }
    QString leafIndex() const;
    QString treeSize() const;
    QString rootHash() const;
    QString headTimeText() const;
    bool serverSignatureOk() const;
    QString serverSignatureText() const;
    bool inclusionOk() const { return held() && m_proof->inclusionOk; }
    QString inclusionText() const;
    QStringList auditPath() const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void changed();

private:
    void sessionAttached() override;
    QString m_recordId;
    std::optional<mobile::EvidenceProofs::Proof> m_proof;
};

} // namespace outfall::models
