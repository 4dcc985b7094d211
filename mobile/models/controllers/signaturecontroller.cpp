#include "models/controllers/signaturecontroller.h"

#include "core/inspectionprogress.h"
#include "models/controllers/actionattempt.h"
#include "models/painted/signaturepad.h"
#include "models/session/uilanguage.h"
#include "store/database.h"

#include <QDateTime>
#include <QVariantMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outfall::models {

SignatureController::SignatureController(AppSession *session, QObject *parent)
    : QObject(parent)
{
    // The signing times are said in the UI language.
    connect(&UiLanguage::instance(), &UiLanguage::changed, this, &SignatureController::changed);
    setAppSession(session);
}

void SignatureController::setInspectionId(const QString &inspectionId)
{
    if (inspectionId == m_inspectionId)
        return;
    m_inspectionId = inspectionId;
    reload();
}

void SignatureController::reload()
{
    m_inspectorName.clear();
    m_inspectorSigned = false;
    m_representativeState.clear();
    m_representativeName.clear();
    m_inspector = {};
    m_representative = {};
    m_voided.clear();
    m_inspectors.clear();
    m_witnessName.clear();
    m_witnessStrokes.clear();
    AppSession *app = appSession();
    if (app)
        m_inspectorName = app->inspectorName();
    const auto detail = app && !m_inspectionId.isEmpty()
        ? mobile::InspectionProgress(app->database()).detail(m_inspectionId)
        : std::nullopt;
    for (const auto &signature :
        detail ? detail->signatures : QList<mobile::InspectionDetail::Signature>()) {
        const Recorded recorded {signature.name, signature.signedAt, signature.strokes};
        if (signature.voided) {
            m_voided.append(QVariantMap {{u"role"_s, signature.role}, {u"name"_s, signature.name},
                {u"signedAt"_s, timeText(signature.signedAt)}, {u"refused"_s, signature.refused}});
            continue;
        }
        if (signature.role == u"inspector") {
            m_inspectorSigned = true;
            m_inspector = recorded;
        } else {
            m_representativeState = signature.refused ? u"refused"_s : u"signed"_s;
            m_representativeName = signature.name;
            m_representative = recorded;
            m_witnessName = signature.witnessName;
            m_witnessStrokes = signature.witnessStrokes;
        }
    }
    // Each member of the team with their own signature in force (InspectionRecords::team).
    for (const auto &member : detail ? detail->team : QList<mobile::TeamMember>()) {
        QVariantMap entry {{u"inspectorId"_s, member.inspectorId}, {u"name"_s, member.name},
            {u"certificateNo"_s, member.certificateNo}, {u"lead"_s, member.lead},
            {u"signed"_s, false}, {u"signerName"_s, QString()}, {u"signedAt"_s, QString()},
            {u"strokes"_s, QByteArray()}};
        for (const auto &signature : detail->signatures) {
            if (signature.voided || signature.role != u"inspector"
                || signature.inspectorId != member.inspectorId)
                continue;
            entry[u"signed"_s] = true;
            entry[u"signerName"_s] = signature.name;
            entry[u"signedAt"_s] = timeText(signature.signedAt);
            entry[u"strokes"_s] = signature.strokes;
        }
        m_inspectors.append(entry);
    }
    m_inspectorSigned = !m_inspectors.isEmpty()
        && std::all_of(m_inspectors.begin(), m_inspectors.end(),
            [](const QVariant &entry) { return entry.toMap().value(u"signed"_s).toBool(); });
    Q_EMIT changed();
}

QString SignatureController::timeText(std::int64_t ms)
{
    if (ms == 0)
        return {};
    return UiLanguage::dateTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

bool SignatureController::finish(bool ok, const QString &error)
{
    return finishAction(*this, m_lastError, ok, error);
}

bool SignatureController::sign(
    bool inspector, const QString &name, SignaturePad *pad, const QString &inspectorId)
{
    if (!pad || pad->isEmpty())
        return finish(false, tr("Sign on the pad first."));
    if (name.trimmed().isEmpty())
        return finish(false, tr("Enter the name of the person signing."));
    QString error;
    const bool ok = attemptAction(appSession(), error, [&](mobile::InspectionService &service) {
        service.sign(m_inspectionId,
            inspector ? mobile::SignerRole::Inspector : mobile::SignerRole::Representative, name,
            pad->encoded(), inspectorId);
    });
    if (ok)
        pad->clear();
    return finish(ok, error);
}

bool SignatureController::signAsInspector(const QString &name, SignaturePad *pad)
{
    return sign(true, name, pad);
}

bool SignatureController::signAsMember(
    const QString &inspectorId, const QString &name, SignaturePad *pad)
{
    return sign(true, name, pad, inspectorId);
}

bool SignatureController::signAsRepresentative(const QString &name, SignaturePad *pad)
{
    return sign(false, name, pad);
}

bool SignatureController::recordRefusal(
    const QString &representativeName, const QString &witnessName, SignaturePad *witnessPad)
{
    if (witnessName.trimmed().isEmpty())
        return finish(false, tr("Enter the name of the witness who saw the refusal."));
    if (!witnessPad || witnessPad->isEmpty())
        return finish(false, tr("The witness signs on the pad first."));
    QString error;
    const bool ok = attemptAction(appSession(), error, [&](mobile::InspectionService &service) {
        service.refuse(m_inspectionId, representativeName, witnessName, witnessPad->encoded());
    });
    if (ok)
        witnessPad->clear();
    return finish(ok, error);
}

QByteArray SignatureController::storedStrokes(const QString &role) const
{
    return role == u"inspector" ? m_inspector.strokes : m_representative.strokes;
}

} // namespace outfall::models
