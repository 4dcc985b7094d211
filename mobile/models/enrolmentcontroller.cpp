#include "models/enrolmentcontroller.h"

#include "core/devicesession.h"
#include "models/appsession.h"
#include "models/settingscontroller.h"
#include "sync/uuid.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace outfall::models {

namespace {

// ZeroMQ's Z85 alphabet (RFC 32/Z85).
const QString kZ85 = u"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                     u".-:+=^!/*?&<>()[]{}@%$#"_s;

EnrolmentController::Enroller &enroller()
{
    static EnrolmentController::Enroller instance = [](const EnrolmentCode &,
                                                        mobile::DeviceSession &) {
        return EnrolmentController::Outcome {false,
            EnrolmentController::tr("The code is valid, but this build cannot contact "
                                    "the server to enrol yet. Nothing was changed."),
            std::nullopt};
    };
    return instance;
}

} // namespace

EnrolmentController::EnrolmentController(QObject *parent)
    : QObject(parent)
{ }

void EnrolmentController::setEnroller(Enroller function)
{
    enroller() = std::move(function);
}

std::optional<EnrolmentCode> EnrolmentController::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("Paste the enrolment code or open the enrolment file."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("This is not an enrolment code: the text is not valid JSON (%1 at "
                       "character %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset + 1));
    if (!document.isObject())
        return fail(tr("This is not an enrolment code: it must be a JSON object."));
    const QJsonObject object = document.object();
    QStringList values;
    for (const QString &field : {u"endpoint"_s, u"server_public_key"_s, u"token"_s}) {
        if (!object.contains(field))
            return fail(tr("The enrolment code has no “%1” field.").arg(field));
        if (!object.value(field).isString())
            return fail(tr("The “%1” field of the enrolment code must be text.").arg(field));
        values.append(object.value(field).toString().trimmed());
    }
    EnrolmentCode code {values[0], values[1], values[2]};
    if (!SettingsController::isServerEndpoint(code.endpoint))
        return fail(
            tr("The server address “%1” must look like tcp://host:port.").arg(code.endpoint));
    if (code.serverPublicKey.size() != kKeyLength)
        return fail(tr("The server public key must be %1 characters long (Z85 of 32 bytes); "
                       "this one has %2.")
                        .arg(kKeyLength)
                        .arg(code.serverPublicKey.size()));
    for (qsizetype i = 0; i < code.serverPublicKey.size(); ++i) {
        if (!kZ85.contains(code.serverPublicKey[i]))
            return fail(tr("The server public key has a character that is not Z85: “%1” at "
                           "position %2.")
                            .arg(code.serverPublicKey[i])
                            .arg(i + 1));
    }
    if (code.token.size() < kMinTokenLength)
        return fail(tr("The enrolment token is too short (%1 characters, at least %2).")
                        .arg(code.token.size())
                        .arg(kMinTokenLength));
    if (error)
        error->clear();
    return code;
}

bool EnrolmentController::enrolled() const
{
    AppSession *session = AppSession::instance();
    return session && session->session().identity().isEnrolled();
}

void EnrolmentController::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    // Say nothing about an empty field; every other text gets its first problem.
    m_validationError.clear();
    if (!text.trimmed().isEmpty())
        parse(text, &m_validationError);
    Q_EMIT textChanged();
}

bool EnrolmentController::loadFile(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl.trimmed();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setResult(
            false, tr("Cannot open the enrolment file “%1”: %2").arg(path, file.errorString()));
        return false;
    }
    if (file.size() > kMaxFileBytes) {
        setResult(false, tr("“%1” is too large to be an enrolment file.").arg(path));
        return false;
    }
    setText(QString::fromUtf8(file.readAll()));
    setResult(true, {});
    return true;
}

bool EnrolmentController::enrol()
{
    QString error;
    const std::optional<EnrolmentCode> code = parse(m_text, &error);
    AppSession *session = AppSession::instance();
    if (!code || !session) {
        setResult(false, code ? tr("No device profile is open.") : error);
        return false;
    }
    const Outcome outcome = enroller()(*code, session->session());
    if (outcome.ok && outcome.inspectorId) {
        const std::optional<sync::Uuid> inspector = sync::Uuid::fromText(*outcome.inspectorId);
        if (!inspector) {
            setResult(false, tr("The server answered with an invalid inspector id."));
            return false;
        }
        session->session().setInspector(*inspector, mobile::DeviceIdentity::Source::Enrolment);
        Q_EMIT enrolledChanged();
        // The pages' models read the inspector's assignments: reload them for the new one.
        Q_EMIT session->dataChanged();
    }
    setResult(outcome.ok, outcome.message);
    return outcome.ok;
}

void EnrolmentController::setResult(bool ok, const QString &message)
{
    m_resultOk = ok;
    m_result = message;
    Q_EMIT resultChanged();
}

} // namespace outfall::models
