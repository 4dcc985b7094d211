#pragma once

#include <QString>

namespace outfall::server::publish {

// Every piece of text the site writes from the store goes through here: enterprise names,
// addresses, outlet names and destinations come from imported files anyone could have typed.
// One escaping serves text content and double- or single-quoted attribute values alike
// (& < > " ' all become references), so a caller cannot pick the wrong one.
QString escapeHtml(const QString &text);

// A number for a page: at most 6 decimals, no exponent, no trailing zeros
// (35, 0.03, 1300.9). Locale-independent, so the output does not vary with the machine.
QString formatNumber(double value);

} // namespace outfall::server::publish
