#include "demo/reportrow.h"

namespace outfall::demo {

namespace {

void appendField(QByteArray &out, const QByteArray &field)
{
    const bool quote =
        field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r');
    if (!quote) {
        out += field;
        return;
    }
    out += '"';
    for (const char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

} // namespace

QByteArray ReportRow::header()
{
    return QByteArrayLiteral("record,permit,outlet,pollutant,period,value,unit,qualifier,"
                             "validity,no_data,o2_pct,flow_m3h,valid_count,filed_on\n");
}

void ReportRow::appendTo(QByteArray &out) const
{
    const QByteArray *fields[] = {&record, &permit, &outlet, &pollutant, &period, &value, &unit,
        &qualifier, &validity, &noData, &o2Pct, &flowM3h, &validCount, &filedOn};
    bool first = true;
    for (const QByteArray *field : fields) {
        if (!first)
            out += ',';
        first = false;
        appendField(out, *field);
    }
    out += '\n';
}

QByteArray ReportRow::number(double value, int decimals)
{
    return QByteArray::number(value, 'f', decimals);
}

} // namespace outfall::demo
