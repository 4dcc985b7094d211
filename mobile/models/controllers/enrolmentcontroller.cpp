#include "models/controllers/enrolmentcontroller.h"

#include "core/devicesession.h"
#include "models/controllers/settingscontroller.h"
#include "models/session/appsession.h"
#include "sync/uuid.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace outfall::models {

namespace {

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

EnrolmentController::EnrolmentController(AppSession *session, QObject *parent)
    : QObject(parent)
{
    setAppSession(session);
}

void EnrolmentController::setEnroller(Enroller function)
{
    enroller() = std::move(function);
}

// The shared parser finds the problem; the inspector reads it in the UI language.
QString EnrolmentController::describe(const EnrolmentCode::Problem &problem)
{
    using Kind = EnrolmentCode::Problem::Kind;
    switch (problem.kind) {
    case Kind::Empty:
        return tr("Paste the enrolment code or open the enrolment file.");
    case Kind::TooLarge:
        return tr("This is too large to be an enrolment code (%1 bytes; at most %2).")
            .arg(problem.number)
            .arg(EnrolmentCode::maxBytes);
    case Kind::NotJson:
        return tr("This is not an enrolment code: the text is not valid JSON (%1 at "
                  "character %2).")
            .arg(problem.detail)
            .arg(problem.number);
    case Kind::NotObject:
        return tr("This is not an enrolment code: it must be a JSON object.");
    case Kind::MissingField:
        return tr("The enrolment code has no “%1” field.").arg(problem.field);
    case Kind::NotText:
        return tr("The “%1” field of the enrolment code must be text.").arg(problem.field);
    case Kind::UnknownField:
        return tr("The enrolment code has an unknown field “%1”.").arg(problem.field);
    case Kind::BadEndpoint:
        return tr("The server address “%1” must look like tcp://host:port.").arg(problem.detail);
    case Kind::BadKeyLength:
        return tr("The server public key must be %1 characters long (Z85 of 32 bytes); "
                  "this one has %2.")
            .arg(EnrolmentCode::keyLength)
            .arg(problem.number);
    case Kind::BadKeyCharacter:
        return tr("The server public key has a character that is not Z85: “%1” at "
                  "position %2.")
            .arg(problem.detail)
            .arg(problem.number);
    case Kind::TokenLength:
        if (problem.number < EnrolmentCode::minTokenLength)
            return tr("The enrolment token is too short (%1 characters, at least %2).")
                .arg(problem.number)
                .arg(EnrolmentCode::minTokenLength);
        return tr("The enrolment token is too long (%1 characters, at most %2).")
            .arg(problem.number)
            .arg(EnrolmentCode::maxTokenLength);
    case Kind::TokenCharacter:
        return tr("The enrolment token has a character that cannot be in a token at position %1.")
            .arg(problem.number);
    }
    return {};
}

std::optional<EnrolmentCode> EnrolmentController::parse(const QString &text, QString *error)
{
    EnrolmentCode::Problem problem;
    std::optional<EnrolmentCode> code = EnrolmentCode::parse(text.toUtf8(), &problem);
    if (error)
        *error = code ? QString() : describe(problem);
    return code;
}

bool EnrolmentController::enrolled() const
{
    AppSession *session = appSession();
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
    if (file.size() > EnrolmentCode::maxBytes) {
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
    AppSession *session = appSession();
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
