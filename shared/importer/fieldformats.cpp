#include "importer/fieldformats.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace outfall::importer::FieldFormats {

bool isDate(QStringView text)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(u"[0-9]{4}-[0-9]{2}-[0-9]{2}"_s));
    return pattern.match(text.toString()).hasMatch()
        && QDate::fromString(text.toString(), Qt::ISODate).isValid();
}

bool isMonth(QStringView text)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(u"[0-9]{4}-(0[1-9]|1[0-2])"_s));
    return pattern.match(text.toString()).hasMatch();
}

std::optional<double> decimal(QStringView text)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        u"[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?"_s));
    if (!pattern.match(text.toString()).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    if (!ok)
        return std::nullopt; // out of double's range
    return value;
}

std::optional<qint64> integer(QStringView text)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(u"-?[0-9]{1,15}"_s));
    if (!pattern.match(text.toString()).hasMatch())
        return std::nullopt;
    return text.toLongLong();
}

QString oneOf(const QStringList &allowed)
{
    QStringList quoted;
    for (const QString &word : allowed)
        quoted << u'`' + word + u'`';
    if (quoted.size() == 1)
        return quoted.first();
    const QString last = quoted.takeLast();
    return quoted.join(u", "_s) + u" or "_s + last;
}

} // namespace outfall::importer::FieldFormats
