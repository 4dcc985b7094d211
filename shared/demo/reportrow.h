#pragma once

#include <QByteArray>

namespace outfall::demo {

// One row of reports.csv, already formatted as UTF-8 text. Every column of
// docs/formats.md is written, empty where it does not apply, so the header is fixed.
struct ReportRow
{
    QByteArray record;
    QByteArray permit;
    QByteArray outlet;
    QByteArray pollutant;
    QByteArray period;
    QByteArray value;
    QByteArray unit;
    QByteArray qualifier;
    QByteArray validity;
    QByteArray noData;
    QByteArray o2Pct;
    QByteArray flowM3h;
    QByteArray validCount;
    QByteArray filedOn;

    void appendTo(QByteArray &out) const; // RFC 4180, LF line end
    static QByteArray header();
    // Fixed decimals: byte-stable text, never exponent notation.
    static QByteArray number(double value, int decimals);
};

} // namespace outfall::demo
