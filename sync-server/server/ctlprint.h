#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace outfall::server {

// How outfallctl's read commands print what the server sent: the same JSON layout, the same
// "-" for a missing field and the same count line under every list.

// A field as text: a string as it is, a number in its shortest form, anything else "-".
QString fieldText(const QJsonObject &object, const QString &key);

// The JSON document as --json prints it (indented, UTF-8 text).
void printJson(QTextStream &out, const QJsonArray &rows);
void printJson(QTextStream &out, const QJsonObject &object);

// "N NOUN(s)" under a list, with "; more not shown, narrow with HOW" when the server cut it
// short (its `more`).
void printCount(
    QTextStream &out, qsizetype count, const QString &noun, bool more, const QString &narrowWith);

// "TITLE (N)", then each row's parts, two spaces apart, indented: a section of a `show`.
void printSection(QTextStream &out, const QString &title, const QJsonArray &rows,
    const std::function<QStringList(const QJsonObject &)> &line);
// The same with the row's fields named (fieldText of each).
void printSection(
    QTextStream &out, const QString &title, const QJsonArray &rows, const QStringList &fields);

} // namespace outfall::server
