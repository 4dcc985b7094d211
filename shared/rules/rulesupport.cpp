#include "rules/rulesupport.h"

#include "domain/pollutant.h"
#include "domain/unit.h"
#include "rules/flagterms.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace outfall::rules::support {

QString num(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    if (value == 0)
        return u"0"_s;
    const double magnitude = std::fabs(value);
    if (magnitude >= 1e9 || magnitude < 1e-4)
        return QString::number(value, 'g', 6);
    // Six significant digits, written as a plain decimal without trailing zeros.
    const int integerDigits =
        magnitude >= 1 ? static_cast<int>(std::floor(std::log10(magnitude))) + 1 : 0;
    const int decimals = std::clamp(6 - integerDigits, 0, 8);
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text == u"-0" ? u"0"_s : text;
}

QString pct(double value)
{
    const QString text = QString::number(std::round(value * 10) / 10, 'f', 1);
    return text == u"-0.0" ? u"0.0"_s : text;
}

std::optional<double> convert(double value, const QString &from, const QString &to)
{
    if (from == to)
        return value;
    const auto source = domain::Unit::find(from);
    const auto target = domain::Unit::find(to);
    if (!source || !target || !source->convertsTo(*target))
        return std::nullopt;
    return source->convert(value, *target);
}

QString limitRange(const SnapshotLimit &limit)
{
    if (limit.min && limit.max)
        return u"%1–%2"_s.arg(num(*limit.min), num(*limit.max));
    if (limit.max)
        return u"≤ %1"_s.arg(num(*limit.max));
    if (limit.min)
        return u"≥ %1"_s.arg(num(*limit.min));
    return u"none"_s;
}

QString limitBound(const SnapshotLimit &limit)
{
    if (!limit.min && !limit.max)
        return limitRange(limit);
    return limitRange(limit) + u' ' + limit.unit;
}

QString limitText(const SnapshotLimit &limit)
{
    QString text = limit.basis + u" limit "_s + limitBound(limit);
    if (limit.referenceO2Pct)
        text += u" at %1 % O2"_s.arg(num(*limit.referenceO2Pct));
    return text;
}

QString basisZh(const QString &basis)
{
    if (basis == u"instant")
        return u"瞬时"_s;
    if (basis == u"hourly")
        return u"小时均值"_s;
    if (basis == u"daily")
        return u"日均值"_s;
    if (basis == u"monthly")
        return u"月均值"_s;
    if (basis == u"daily_max")
        return u"日最大值"_s;
    if (basis == u"annual")
        return u"年"_s;
    return basis;
}

bool isValid(const SnapshotReportedValue &row)
{
    return (row.validity.isEmpty() || row.validity == u"valid") && row.noData.isEmpty()
        && row.value.has_value();
}

bool isComparable(const SnapshotReportedValue &row)
{
    return isValid(row) && row.qualifier != u"<";
}

bool reportsNoDischarge(const SnapshotReportedValue &row)
{
    return row.validity == u"shutdown" || row.noData == u"C";
}

QString pollutantZh(const QString &code)
{
    const domain::Pollutant *p = domain::Pollutant::find(code);
    return p ? p->nameZh : code;
}

QString pollutantEn(const QString &code)
{
    const domain::Pollutant *p = domain::Pollutant::find(code);
    return p ? p->nameEn : code;
}

QString outletCode(const PermitSnapshot &snapshot, const QString &outletId)
{
    const SnapshotOutlet *outlet = snapshot.outlet(outletId);
    return outlet ? outlet->code : outletId;
}

QString outletLabel(const PermitSnapshot &snapshot, const QString &outletId)
{
    const SnapshotOutlet *outlet = snapshot.outlet(outletId);
    if (!outlet)
        return outletId;
    return outlet->name.isEmpty() ? outlet->code : outlet->code + u' ' + outlet->name;
}

const SnapshotLimit *oxygenLimit(const SnapshotOutlet &outlet, const QString &pollutant)
{
    for (const SnapshotLimit &limit : outlet.limits) {
        if (limit.pollutant == pollutant && limit.referenceO2Pct)
            return &limit;
    }
    return nullptr;
}

EvidenceLink link(const QString &kind, const QString &id)
{
    return {kind, id};
}

FlagInput input(
    const QString &name, const QString &value, const QString &unit, const QString &source)
{
    return {name, value, unit, source, inputNameZh(name)};
}

FlagStep step(const QString &en, const QString &zh)
{
    return {en, zh};
}

FlagStep formula(const QString &text)
{
    return {text, text};
}

QString rowSource(const SnapshotReportedValue &row)
{
    return u"reported_value %1 (%2 %3)"_s.arg(row.id, row.kind, row.period);
}

QString rowValue(const SnapshotReportedValue &row)
{
    if (!row.value)
        return row.noData.isEmpty() ? u"no value"_s : u"no data (%1)"_s.arg(row.noData);
    const QString qualifier = row.qualifier == u"=" ? QString() : row.qualifier;
    return qualifier + num(*row.value);
}

void normalise(Flag &flag)
{
    std::sort(flag.evidence.begin(), flag.evidence.end(),
        [](const EvidenceLink &a, const EvidenceLink &b) {
            return a.kind != b.kind ? a.kind < b.kind : a.id < b.id;
        });
    flag.evidence.erase(std::unique(flag.evidence.begin(), flag.evidence.end(),
                            [](const EvidenceLink &a, const EvidenceLink &b) {
                                return a.kind == b.kind && a.id == b.id;
                            }),
        flag.evidence.end());
}

} // namespace outfall::rules::support
