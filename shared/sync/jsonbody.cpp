#include "sync/jsonbody.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace outfall::sync {

namespace {

QJsonValue memberOf(const Message &reply, const QString &key, QJsonValue::Type type)
{
    const QJsonValue member = jsonBodyOf(reply).value(key);
    if (member.type() != type)
        throw ProtocolError(ErrorCode::Malformed,
            u"%1: the body has no \"%2\" %3"_s.arg(QString::fromLatin1(commandName(reply.command)),
                key, type == QJsonValue::Array ? u"array"_s : u"object"_s));
    return member;
}

} // namespace

QByteArray jsonBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject jsonBodyOf(const Message &reply)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError)
        throw ProtocolError(ErrorCode::Malformed,
            u"%1: the body is not JSON (%2 at byte %3)"_s
                .arg(QString::fromLatin1(commandName(reply.command)), error.errorString())
                .arg(error.offset));
    if (!document.isObject())
        throw ProtocolError(ErrorCode::Malformed,
            u"%1: the body is not a JSON object"_s.arg(
                QString::fromLatin1(commandName(reply.command))));
    return document.object();
}

QJsonArray jsonArrayIn(const Message &reply, const QString &key)
{
    return memberOf(reply, key, QJsonValue::Array).toArray();
}

QJsonObject jsonObjectIn(const Message &reply, const QString &key)
{
    return memberOf(reply, key, QJsonValue::Object).toObject();
}

} // namespace outfall::sync
