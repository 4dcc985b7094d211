#include "importer/jsonobjectreader.h"

#include "importer/importreport.h"
#include "importer/jsonstreamreader.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace outfall::importer {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    default:
        return u"null"_s;
    }
}

} // namespace

JsonObjectReader::JsonObjectReader(const QJsonObject &object, QString path, ImportReport &report,
    qint64 line, const QHash<QString, qint64> *longStrings)
    : m_object(object)
    , m_path(std::move(path))
    , m_report(report)
    , m_line(line)
    , m_longStrings(longStrings)
{ }

QString JsonObjectReader::pathOf(const QString &key) const
{
    return JsonStreamReader::memberPath(m_path, key);
}

JsonObjectReader JsonObjectReader::child(const QString &key, const QJsonObject &object) const
{
    return JsonObjectReader(object, pathOf(key), m_report, m_line, m_longStrings);
}

bool JsonObjectReader::has(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    return !value.isUndefined() && !value.isNull();
}

void JsonObjectReader::issue(const QString &key, const QString &message)
{
    ++m_issues;
    m_report.addIssue(m_line, key.isEmpty() ? m_path : pathOf(key), message);
}

void JsonObjectReader::typeIssue(
    const QString &key, const QString &expected, const QJsonValue &value)
{
    issue(key, u"must be %1, not %2"_s.arg(expected, typeName(value)));
}

std::optional<QJsonValue> JsonObjectReader::take(const QString &key, Need need)
{
    m_known.insert(key);
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (need == Need::Required)
            issue(key, u"is required"_s);
        return std::nullopt;
    }
    return value;
}

std::optional<QString> JsonObjectReader::string(const QString &key, Need need, Rule rule)
{
    const auto value = take(key, need);
    if (!value)
        return std::nullopt;
    if (!value->isString()) {
        typeIssue(key, u"a string"_s, *value);
        return std::nullopt;
    }
    const QString text = value->toString();
    // A string the JSON reader cut is longer than any field may be: its full length counts.
    const qint64 cut =
        m_longStrings && !m_longStrings->isEmpty() ? m_longStrings->value(pathOf(key), -1) : -1;
    const QString problem = cut >= 0 ? u"too long (%1 > %2)"_s.arg(cut).arg(rule.maxLength)
                                     : domain::TextRules::problem(text, rule);
    if (!problem.isEmpty()) {
        issue(key, problem);
        return std::nullopt;
    }
    if (text.trimmed().isEmpty()) {
        // An empty required text is as missing as an absent one; an empty optional one is absent.
        if (need == Need::Required)
            issue(key, u"must not be empty"_s);
        return std::nullopt;
    }
    return text;
}

std::optional<double> JsonObjectReader::number(const QString &key, Need need)
{
    const auto value = take(key, need);
    if (!value)
        return std::nullopt;
    if (!value->isDouble()) {
        typeIssue(key, u"a number"_s, *value);
        return std::nullopt;
    }
    return value->toDouble();
}

std::optional<qint64> JsonObjectReader::integer(const QString &key, Need need)
{
    const auto value = take(key, need);
    if (!value)
        return std::nullopt;
    const double number = value->toDouble();
    if (!value->isDouble() || number != std::floor(number) || std::abs(number) > 1e15) {
        if (value->isDouble())
            issue(key, u"must be an integer, not %1"_s.arg(number));
        else
            typeIssue(key, u"an integer"_s, *value);
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

std::optional<QJsonArray> JsonObjectReader::array(const QString &key, Need need)
{
    const auto value = take(key, need);
    if (!value)
        return std::nullopt;
    if (!value->isArray()) {
        typeIssue(key, u"an array"_s, *value);
        return std::nullopt;
    }
    return value->toArray();
}

std::optional<QJsonObject> JsonObjectReader::object(const QString &key, Need need)
{
    const auto value = take(key, need);
    if (!value)
        return std::nullopt;
    if (!value->isObject()) {
        typeIssue(key, u"an object"_s, *value);
        return std::nullopt;
    }
    return value->toObject();
}

void JsonObjectReader::forEachObject(
    const QString &key, Need need, const std::function<void(JsonObjectReader &)> &read)
{
    const QJsonArray elements = array(key, need).value_or(QJsonArray());
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const QString path = JsonStreamReader::elementPath(pathOf(key), i);
        if (!elements[i].isObject()) {
            ++m_issues;
            m_report.addIssue(m_line, path, u"must be an object"_s);
            continue;
        }
        JsonObjectReader element(elements[i].toObject(), path, m_report, m_line, m_longStrings);
        read(element);
    }
}

void JsonObjectReader::finish()
{
    QStringList keys = m_object.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : keys) {
        if (!m_known.contains(key))
            issue(key, u"unknown field"_s);
    }
}

} // namespace outfall::importer
