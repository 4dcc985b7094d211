#pragma once

#include <QString>

namespace outfall::rules {

// The Chinese of the rules' input names, by their English name (the stable key: it is what
// flags stored before inputs were bilingual hold). A small catalogue here rather than Qt
// Linguist because the server prints flags too, and it has no translator installed.
// Empty for a name the catalogue does not know (tst_rules_* fail on such an input).
QString inputNameZh(const QString &nameEn);

// The Chinese of an input's value where the value is one of the schema's enumerated words
// ("hourly", "water", "non_compliant", "running"), by the input's English name; empty for any
// other value (numbers, dates, codes and free text are shown as stored).
QString inputValueZh(const QString &nameEn, const QString &value);

} // namespace outfall::rules
