#include "sync/enrolmentcode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace outfall::sync {

namespace {

// ZeroMQ's Z85 alphabet (RFC 32/Z85).
constexpr QLatin1StringView kZ85("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                 ".-:+=^!/*?&<>()[]{}@%$#");

const QStringList &fieldNames()
{
    static const QStringList names {u"endpoint"_s, u"server_public_key"_s, u"token"_s};
    return names;
}

// At most 40 characters of an input in a message: a hostile code cannot flood the screen.
QString shortQuote(const QString &text)
{
    constexpr qsizetype kMax = 40;
    return text.size() <= kMax ? text : text.left(kMax) + u'…';
}

std::optional<EnrolmentCode> refuse(EnrolmentCode::Problem *out, EnrolmentCode::Problem problem)
{
    if (out)
        *out = std::move(problem);
    return std::nullopt;
}

} // namespace

bool EnrolmentCode::isServerEndpoint(const QString &endpoint)
{
    static const QRegularExpression tcp(u"^tcp://[A-Za-z0-9.\\-\\[\\]:]+:[0-9]{1,5}$"_s);
    return endpoint.size() <= maxEndpointLength && tcp.match(endpoint).hasMatch();
}

std::optional<EnrolmentCode> EnrolmentCode::parse(QByteArrayView text, Problem *problem)
{
    using Kind = Problem::Kind;
    if (text.size() > maxBytes)
        return refuse(problem, {Kind::TooLarge, {}, {}, text.size()});
    const QByteArray trimmed = text.toByteArray().trimmed();
    if (trimmed.isEmpty())
        return refuse(problem, {Kind::Empty, {}, {}, 0});
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(
            problem, {Kind::NotJson, {}, parseError.errorString(), parseError.offset + 1});
    if (!document.isObject())
        return refuse(problem, {Kind::NotObject, {}, {}, 0});
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!fieldNames().contains(it.key()))
            return refuse(problem, {Kind::UnknownField, shortQuote(it.key()), {}, 0});
    }
    QStringList values;
    for (const QString &field : fieldNames()) {
        if (!object.contains(field))
            return refuse(problem, {Kind::MissingField, field, {}, 0});
        if (!object.value(field).isString())
            return refuse(problem, {Kind::NotText, field, {}, 0});
        values.append(object.value(field).toString().trimmed());
    }
    EnrolmentCode code {values[0], values[1], values[2]};
    if (!isServerEndpoint(code.endpoint))
        return refuse(problem, {Kind::BadEndpoint, u"endpoint"_s, shortQuote(code.endpoint), 0});
    if (code.serverPublicKey.size() != keyLength)
        return refuse(
            problem, {Kind::BadKeyLength, u"server_public_key"_s, {}, code.serverPublicKey.size()});
    for (qsizetype i = 0; i < code.serverPublicKey.size(); ++i) {
        if (!kZ85.contains(code.serverPublicKey[i]))
            return refuse(problem,
                {Kind::BadKeyCharacter, u"server_public_key"_s, QString(code.serverPublicKey[i]),
                    i + 1});
    }
    if (code.token.size() < minTokenLength || code.token.size() > maxTokenLength)
        return refuse(problem, {Kind::TokenLength, u"token"_s, {}, code.token.size()});
    for (qsizetype i = 0; i < code.token.size(); ++i) {
        const QChar c = code.token[i];
        if (c.unicode() < 0x21 || c.unicode() > 0x7e) // printable ASCII, no space
            return refuse(problem, {Kind::TokenCharacter, u"token"_s, {}, i + 1});
    }
    return code;
}

QString EnrolmentCode::Problem::english() const
{
    switch (kind) {
    case Kind::Empty:
        return u"the enrolment code is empty"_s;
    case Kind::TooLarge:
        return u"too large for an enrolment code (%1 bytes > %2)"_s.arg(number).arg(maxBytes);
    case Kind::NotJson:
        return u"not an enrolment code: not valid JSON (%1 at character %2)"_s.arg(detail).arg(
            number);
    case Kind::NotObject:
        return u"not an enrolment code: it must be a JSON object"_s;
    case Kind::MissingField:
        return u"%1: missing"_s.arg(field);
    case Kind::NotText:
        return u"%1: must be text"_s.arg(field);
    case Kind::UnknownField:
        return u"%1: unknown field (an enrolment code has endpoint, server_public_key, token)"_s
            .arg(field);
    case Kind::BadEndpoint:
        return u"endpoint: \"%1\" must look like tcp://host:port"_s.arg(detail);
    case Kind::BadKeyLength:
        return u"server_public_key: must be %1 Z85 characters (32 bytes), not %2"_s.arg(keyLength)
            .arg(number);
    case Kind::BadKeyCharacter:
        return u"server_public_key: \"%1\" at position %2 is not a Z85 character"_s.arg(detail).arg(
            number);
    case Kind::TokenLength:
        return number < minTokenLength
            ? u"token: too short (%1 characters, at least %2)"_s.arg(number).arg(minTokenLength)
            : u"token: too long (%1 characters, at most %2)"_s.arg(number).arg(maxTokenLength);
    case Kind::TokenCharacter:
        return u"token: the character at position %1 is not printable ASCII"_s.arg(number);
    }
    return {};
}

} // namespace outfall::sync
