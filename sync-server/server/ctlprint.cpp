#include "server/ctlprint.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace outfall::server {

QString fieldText(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return u"-"_s;
}

void printJson(QTextStream &out, const QJsonArray &rows)
{
    out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
}

void printJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void printCount(
    QTextStream &out, qsizetype count, const QString &noun, bool more, const QString &narrowWith)
{
    out << count << u' ' << noun << u"(s)"_s;
    if (more)
        out << u"; more not shown, narrow with "_s << narrowWith;
    out << u'\n';
}

void printSection(QTextStream &out, const QString &title, const QJsonArray &rows,
    const std::function<QStringList(const QJsonObject &)> &line)
{
    out << title << u" ("_s << rows.size() << u")\n"_s;
    for (const QJsonValue &value : rows)
        out << u"  "_s << line(value.toObject()).join(u"  "_s) << u'\n';
}

void printSection(
    QTextStream &out, const QString &title, const QJsonArray &rows, const QStringList &fields)
{
    printSection(out, title, rows, [&fields](const QJsonObject &row) {
        QStringList parts;
        for (const QString &field : fields)
            parts << fieldText(row, field);
        return parts;
    });
}

} // namespace outfall::server
