#include "models/signaturecontroller.h"

#include "core/inspectionprogress.h"
#include "models/actionattempt.h"
#include "models/signaturepad.h"
#include "models/uilanguage.h"
#include "store/database.h"

#include <QDateTime>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace outfall::models {

SignatureController::SignatureController(QObject *parent)
    : QObject(parent)
{
    // The signing times are said in the UI language.
    connect(&UiLanguage::instance(), &UiLanguage::changed, this, &SignatureController::changed);
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
    AppSession *app = AppSession::instance();
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
        }
    }
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
    return role == u"inspector" ? m_inspector.strokes : m_representative.strokes;
}

} // namespace outfall::models
