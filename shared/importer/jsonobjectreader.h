#pragma once

#include "domain/textrules.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace outfall::importer {

class ImportReport;

// Reads the fields of one JSON object of an import document, reporting each problem with its
// JSON path ($.outlets[2].limits[0].unit). A field never asked for is an unknown field:
// finish() reports it, so a misspelt optional field is not silently ignored.
// A JSON null counts as absent. Every string keeps a text rule (domain::TextRules): its
// maximum length, no control or bidirectional characters, line breaks only where allowed.
class JsonObjectReader
{
public:
    enum class Need { Required, Optional };
    using Rule = domain::TextRules::Rule;

    // longStrings: the full length of strings the JSON reader cut, by path
    // (JsonStreamReader::longStrings()); may be null.
    JsonObjectReader(const QJsonObject &object, QString path, ImportReport &report, qint64 line,
        const QHash<QString, qint64> *longStrings = nullptr);

    QString pathOf(const QString &key) const;
    QString path() const { return m_path; }
    const QJsonObject &object() const { return m_object; }
    // A reader of `object`, the value at `key`, sharing this one's report, line and lengths.
    JsonObjectReader child(const QString &key, const QJsonObject &object) const;

    std::optional<QString> string(const QString &key, Need need, Rule rule);
    std::optional<double> number(const QString &key, Need need);
    std::optional<qint64> integer(const QString &key, Need need);
    std::optional<QJsonArray> array(const QString &key, Need need);
    std::optional<QJsonObject> object(const QString &key, Need need);

    // Calls `read` with a reader for each element of the array at `key` (path key[i]); an
    // element that is not an object is reported and skipped.
    void forEachObject(
        const QString &key, Need need, const std::function<void(JsonObjectReader &)> &read);

    // Present and not null, without marking the field as read.
    bool has(const QString &key) const;
    void issue(const QString &key, const QString &message);
    // Reports every key that no accessor asked for.
    void finish();
    bool hasIssues() const { return m_issues > 0; }

private:
    std::optional<QJsonValue> take(const QString &key, Need need);
    void typeIssue(const QString &key, const QString &expected, const QJsonValue &value);

    QJsonObject m_object;
    QString m_path;
    ImportReport &m_report;
    qint64 m_line;
    const QHash<QString, qint64> *m_longStrings;
    QSet<QString> m_known;
    int m_issues = 0;
};

} // namespace outfall::importer
