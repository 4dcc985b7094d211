#pragma once

#include "models/session/sessionbound.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <cstdint>

namespace outfall::models {

class SignaturePad;

// Signatures that close an inspection (DOMAIN §4.15): the inspector's, and the enterprise
// representative's — or, when the representative will not sign, the refusal with their
// name. One of each a role in force; the drawn strokes are stored with the signature. A
// change to the record after signing voids the signatures (sync::SignatureCoverage): they
// stay, listed in voidedSignatures, and the role signs again.
class SignatureController : public QObject, public SessionBound
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    QML_UNCREATABLE("Signatures come from an InspectionController")
    Q_MOC_INCLUDE("models/painted/signaturepad.h")
    Q_PROPERTY(QString inspectionId READ inspectionId WRITE setInspectionId NOTIFY changed)
    // The enrolled inspector's name, proposed for the inspector's signature.
    Q_PROPERTY(QString inspectorName READ inspectorName NOTIFY changed)
    Q_PROPERTY(bool inspectorSigned READ inspectorSigned NOTIFY changed)
    // "", "signed" or "refused".
    Q_PROPERTY(QString representativeState READ representativeState NOTIFY changed)
    Q_PROPERTY(QString representativeName READ representativeName NOTIFY changed)
    // What was recorded, to show it back: the signer's name as signed, the time in the
    // device's locale, the strokes (SignatureStrokes bytes for a read-only SignaturePad).
    Q_PROPERTY(QString inspectorSignerName READ inspectorSignerName NOTIFY changed)
    Q_PROPERTY(QString inspectorSignedAt READ inspectorSignedAt NOTIFY changed)
    Q_PROPERTY(QByteArray inspectorStrokes READ inspectorStrokes NOTIFY changed)
    Q_PROPERTY(QString representativeSignedAt READ representativeSignedAt NOTIFY changed)
    Q_PROPERTY(QByteArray representativeStrokes READ representativeStrokes NOTIFY changed)
    // Every member of the inspection's team (lead first) and their signature in force:
    // {inspectorId, name, certificateNo, lead, signed, signerName, signedAt, strokes}.
    Q_PROPERTY(QVariantList inspectors READ inspectors NOTIFY changed)
    // The witness of a recorded refusal, with their drawn signature.
    Q_PROPERTY(QString witnessName READ witnessName NOTIFY changed)
    Q_PROPERTY(QByteArray witnessStrokes READ witnessStrokes NOTIFY changed)
    // Signatures voided by a change made after them: {role, name, signedAt, refused}.
    Q_PROPERTY(QVariantList voidedSignatures READ voidedSignatures NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    // The session: QML hands in its engine's (SessionBound); C++ passes it here.
    explicit SignatureController(AppSession *session = nullptr, QObject *parent = nullptr);

    QString inspectionId() const { return m_inspectionId; }
    void setInspectionId(const QString &inspectionId);
    QString inspectorName() const { return m_inspectorName; }
    bool inspectorSigned() const { return m_inspectorSigned; }
    QString representativeState() const { return m_representativeState; }
    QString representativeName() const { return m_representativeName; }
    QString inspectorSignerName() const { return m_inspector.name; }
    QString inspectorSignedAt() const { return timeText(m_inspector.signedAt); }
    QByteArray inspectorStrokes() const { return m_inspector.strokes; }
    QString representativeSignedAt() const { return timeText(m_representative.signedAt); }
    QByteArray representativeStrokes() const { return m_representative.strokes; }
    QString lastError() const { return m_lastError; }
    QVariantList voidedSignatures() const { return m_voided; }
    QVariantList inspectors() const { return m_inspectors; }
    QString witnessName() const { return m_witnessName; }
    QByteArray witnessStrokes() const { return m_witnessStrokes; }

    // The lead (the enrolled inspector who started the inspection) signs.
    Q_INVOKABLE bool signAsInspector(const QString &name, outfall::models::SignaturePad *pad);
    // A member of the team signs, with the certificate on record.
    Q_INVOKABLE bool signAsMember(
        const QString &inspectorId, const QString &name, outfall::models::SignaturePad *pad);
    Q_INVOKABLE bool signAsRepresentative(const QString &name, outfall::models::SignaturePad *pad);
    // The representative refused: recorded with the witness's name and drawn signature, both
    // required here (the command line may leave the strokes out).
    Q_INVOKABLE bool recordRefusal(const QString &representativeName, const QString &witnessName,
        outfall::models::SignaturePad *witnessPad);
    // The stored strokes of a role's signature ("inspector" / "representative"), to show it.
    Q_INVOKABLE QByteArray storedStrokes(const QString &role) const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void changed();
    void recorded();
    void lastErrorChanged();

private:
    bool sign(
        bool inspector, const QString &name, SignaturePad *pad, const QString &inspectorId = {});
    bool finish(bool ok, const QString &error);
    static QString timeText(std::int64_t ms); // empty for 0 (nothing recorded)

    struct Recorded
    {
        QString name;
        std::int64_t signedAt = 0;
        QByteArray strokes;
    };

    QString m_inspectionId;
    QString m_inspectorName;
    bool m_inspectorSigned = false;
    QString m_representativeState;
    QString m_representativeName;
    QString m_lastError;
    QVariantList m_voided;
    QVariantList m_inspectors;
    QString m_witnessName;
    QByteArray m_witnessStrokes;
    Recorded m_inspector;
    Recorded m_representative;
};

} // namespace outfall::models
