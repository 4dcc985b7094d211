#include "models/signaturecontroller.h"

#include "core/inspectionprogress.h"
#include "models/actionattempt.h"
#include "models/signaturepad.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace outfall::models {

SignatureController::SignatureController(QObject *parent)
    : QObject(parent)
{ }

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
    AppSession *app = AppSession::instance();
    if (app)
        m_inspectorName = app->inspectorName();
    const auto detail = app && !m_inspectionId.isEmpty()
        ? mobile::InspectionProgress(app->database()).detail(m_inspectionId)
        : std::nullopt;
    for (const auto &signature :
        detail ? detail->signatures : QList<mobile::InspectionDetail::Signature>()) {
        if (signature.role == u"inspector") {
            m_inspectorSigned = true;
        } else {
            m_representativeState = signature.refused ? u"refused"_s : u"signed"_s;
            m_representativeName = signature.name;
        }
    }
    Q_EMIT changed();
}

bool SignatureController::finish(bool ok, const QString &error)
{
    if (error != m_lastError) {
        m_lastError = error;
        Q_EMIT lastErrorChanged();
    }
    if (ok) {
        reload();
        Q_EMIT recorded();
    }
    return ok;
}

bool SignatureController::sign(bool inspector, const QString &name, SignaturePad *pad)
{
    if (!pad || pad->isEmpty())
        return finish(false, tr("Sign on the pad first."));
    if (name.trimmed().isEmpty())
        return finish(false, tr("Enter the name of the person signing."));
    QString error;
    const bool ok = attemptAction(error, [&](mobile::InspectionService &service) {
        service.sign(m_inspectionId,
            inspector ? mobile::SignerRole::Inspector : mobile::SignerRole::Representative, name,
            pad->encoded());
    });
    if (ok)
        pad->clear();
    return finish(ok, error);
}

bool SignatureController::signAsInspector(const QString &name, SignaturePad *pad)
{
    return sign(true, name, pad);
}

bool SignatureController::signAsRepresentative(const QString &name, SignaturePad *pad)
{
    return sign(false, name, pad);
}

bool SignatureController::recordRefusal(const QString &representativeName)
{
    QString error;
    const bool ok = attemptAction(error, [&](mobile::InspectionService &service) {
        service.refuse(m_inspectionId, representativeName);
    });
    return finish(ok, error);
}

QByteArray SignatureController::storedStrokes(const QString &role) const
{
    AppSession *app = AppSession::instance();
    if (!app || m_inspectionId.isEmpty())
        return {};
    auto stmt = app->database().cached(
        u"SELECT strokes FROM signature WHERE inspection_id = ? AND signer_role = ?"_s);
    stmt.bind(1, m_inspectionId).bind(2, role);
    QByteArray strokes = stmt.step() ? stmt.blob(0) : QByteArray();
    stmt.reset();
    return strokes;
}

} // namespace outfall::models
