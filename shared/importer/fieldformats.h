#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace outfall::importer {

// Text forms the import files share (docs/formats.md): calendar dates, months, decimals.
namespace FieldFormats {

// YYYY-MM-DD naming a real day (no 2025-02-29).
bool isDate(QStringView text);
// YYYY-MM with a month 01-12.
bool isMonth(QStringView text);
// A plain decimal: optional sign, digits, optional fraction, optional exponent. No "nan",
// "inf", hex, thousands separators or spaces; the locale never matters.
std::optional<double> decimal(QStringView text);
// A whole number in decimal digits, optional leading minus.
std::optional<qint64> integer(QStringView text);
// Words for a rule's allowed values: `key`, `simplified` or `registration`.
QString oneOf(const QStringList &allowed);

} // namespace FieldFormats

} // namespace outfall::importer
