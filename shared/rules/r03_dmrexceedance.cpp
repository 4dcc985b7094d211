#include "rules/r03_dmrexceedance.h"

#include "rules/rulesupport.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace outfall::rules {

namespace {

using Outcome = DmrAssessment::Outcome;

const QString kPh = u"00400"_s;
bool isPercentRemoval(const QString &parameter)
{
    return parameter == u"81010" || parameter == u"81011";
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

// The limit's direction: its qualifier says it; a limit without one (report only) follows the
// statistical base type.
bool isMinimum(const SnapshotDmrValue &dmr)
{
    if (dmr.limitQualifier.startsWith(u'>'))
        return true;
    if (dmr.limitQualifier.startsWith(u'<'))
        return false;
    return dmr.statisticalBaseType == u"MIN";
}

} // namespace

int echoRoundedPercent(double percent)
{
    const double cleaned = std::round(percent * 1e9) / 1e9;
    return static_cast<int>(std::floor(cleaned + 0.5));
}

DmrAssessment assessDmrValue(const SnapshotDmrValue &dmr)
{
    DmrAssessment a;
    if (!dmr.nodiCode.isEmpty() || !dmr.value) {
        a.outcome = Outcome::NotAValue;
        return a;
    }
    if (!dmr.limitValue && !dmr.stayValue) {
        a.outcome = Outcome::NoLimit;
        return a;
    }
    a.minimum = isMinimum(dmr);
    const double limitInOwnUnits = dmr.stayValue.value_or(*dmr.limitValue);
    a.value = *dmr.value;
    a.limit = limitInOwnUnits;
    a.unit = dmr.limitUnit;
    if (dmr.stayValue)
        a.steps << FlagStep {
            u"a stay holds: its value %1 %2 replaces the limit %3"_s.arg(number(*dmr.stayValue),
                dmr.limitUnit, dmr.limitValue ? number(*dmr.limitValue) : u"(none)"_s),
            u"暂缓执行生效：以 %1 %2 代替限值 %3"_s.arg(number(*dmr.stayValue), dmr.limitUnit,
                dmr.limitValue ? number(*dmr.limitValue) : u"（无）"_s)};
    if (dmr.valueUnit != dmr.limitUnit) {
        // ECHO compares in standard units where the units differ (MGD against bbl/d...).
        if (!dmr.valueStandardUnits || !dmr.limitStandardUnits
            || (dmr.stayValue && (!dmr.limitValue || *dmr.limitValue == 0))) {
            a.outcome = Outcome::NotComparable;
            return a;
        }
        a.standardUnits = true;
        a.value = *dmr.valueStandardUnits;
        a.limit = dmr.stayValue ? *dmr.stayValue * *dmr.limitStandardUnits / *dmr.limitValue
                                : *dmr.limitStandardUnits;
        a.unit = dmr.standardUnit;
        a.steps << FlagStep {
            u"units differ (value %1, limit %2): compared in standard units %3"_s.arg(
                dmr.valueUnit, dmr.limitUnit, dmr.standardUnit),
            u"单位不同（报告值 %1，限值 %2）：按标准单位 %3 比较"_s.arg(
                dmr.valueUnit, dmr.limitUnit, dmr.standardUnit)};
    }
    const bool strict = dmr.limitQualifier == u"<" || dmr.limitQualifier == u">";
    const double v = a.value;
    const double limit = a.limit;
    const bool beyond =
        a.minimum ? (v < limit || (strict && v == limit)) : (v > limit || (strict && v == limit));
    const QString vText = number(v) + u' ' + a.unit;
    const QString lText = number(limit) + u' ' + a.unit;
    const QString sideEn = a.minimum ? u"minimum"_s : u"maximum"_s;
    const QString sideZh = a.minimum ? u"下限"_s : u"上限"_s;
    // `>` v reported against a maximum: the true value is above v.
    const bool openSide = a.minimum ? dmr.valueQualifier == u"<" : dmr.valueQualifier == u">";
    if (openSide) {
        if (!beyond && v != limit) {
            a.outcome = Outcome::Undetermined;
            a.steps << FlagStep {
                u"reported %1 %2 on a %3 of %4: could be on either side of the limit"_s.arg(
                    dmr.valueQualifier, vText, sideEn, lText),
                u"报告值 %1 %2，%3为 %4：可能在限值任一侧"_s.arg(
                    dmr.valueQualifier, vText, sideZh, lText)};
            return a;
        }
        a.outcome = Outcome::OpenEnded;
        a.echoFigure = kEchoOpenEnded;
        a.steps << FlagStep {u"reported %1 %2 against a %3 of %4: beyond the limit by an amount the"
                             u" report does not give (ECHO stores %5)"_s.arg(dmr.valueQualifier,
                                 vText, sideEn, lText, QString::number(kEchoOpenEnded)),
            u"报告值 %1 %2，%3为 %4：超出限值，超出多少报告未给出（ECHO 记为 %5）"_s.arg(
                dmr.valueQualifier, vText, sideZh, lText, QString::number(kEchoOpenEnded))};
        return a;
    }
    const QString relation =
        beyond ? (a.minimum ? u"<"_s : u">"_s) : (a.minimum ? u">="_s : u"<="_s);
    a.steps << FlagStep {
        u"%1 %2 %3 (%4 limit %5)"_s.arg(vText, relation, lText, sideEn, dmr.limitQualifier),
        u"%1 %2 %3（%4限值 %5）"_s.arg(vText, relation, lText, sideZh, dmr.limitQualifier)};
    if (!beyond) {
        a.outcome = Outcome::Within;
        return a;
    }
    a.outcome = Outcome::Exceeded;
    if (dmr.valueQualifier == u"<" || dmr.valueQualifier == u"<=")
        a.steps << FlagStep {
            u"the value is reported as %1 %2 (a detection limit); ECHO takes the figure"
            u" as the value"_s.arg(dmr.valueQualifier, vText),
            u"报告值为 %1 %2（检出限）；ECHO 按该数值计"_s.arg(dmr.valueQualifier, vText)};
    if (dmr.parameterCode == kPh) {
        a.steps << FlagStep {u"pH gets no percentage (ECHO)"_s, u"pH 不计超标百分比（ECHO）"_s};
        return a;
    }
    if (isPercentRemoval(dmr.parameterCode)) {
        if (limit >= 100) {
            a.steps << FlagStep {
                u"a removal limit of 100 % has no fraction left to measure against"_s,
                u"去除率限值为 100 %，无剩余比例可比较"_s};
            return a;
        }
        a.percent = std::abs(v - limit) / (100 - limit) * 100;
        a.steps << FlagStep {u"percent removal: |%1 − %2| / (100 − %2) × 100 = %3 %"_s.arg(
                                 number(v), number(limit), number(*a.percent)),
            u"去除率：|%1 − %2| / (100 − %2) × 100 = %3 %"_s.arg(
                number(v), number(limit), number(*a.percent))};
    } else {
        if (limit == 0) {
            a.steps << FlagStep {
                u"a zero limit gives no percentage"_s, u"限值为零，无法计算百分比"_s};
            return a;
        }
        a.percent = (a.minimum ? limit - v : v - limit) / limit * 100;
        const QString text =
            (a.minimum ? u"(%2 − %1) / %2 × 100 = %3 %"_s : u"(%1 − %2) / %2 × 100 = %3 %"_s)
                .arg(number(v), number(limit), number(*a.percent));
        a.steps << FlagStep {text, text};
    }
    a.echoFigure = echoRoundedPercent(*a.percent);
    a.steps << FlagStep {u"as ECHO stores it (whole percent, half up): %1"_s.arg(*a.echoFigure),
        u"ECHO 记录值（取整百分比，四舍五入）：%1"_s.arg(*a.echoFigure)};
    return a;
}

namespace {

Flag dmrFlag(const PermitSnapshot &permit, const SnapshotDmrValue &dmr, const DmrAssessment &a)
{
    const bool alert = dmr.limitType == u"ALR";
    Flag flag;
    flag.ruleId = u"R3"_s;
    flag.severity = alert ? Severity::Warning : Severity::Violation;
    flag.subject.permitId = permit.permitId;
    flag.subject.outletId = dmr.outfall;
    flag.subject.pollutant = dmr.parameterCode;
    flag.subject.period = dmr.periodEnd.toString(Qt::ISODate);
    flag.subject.detail = u"%1, location %2, %3, %4, DMR value %5"_s.arg(dmr.statisticalBase,
        dmr.monitoringLocation, dmr.limitType, dmr.valueType, dmr.echoDmrValueId);
    const QString source = u"ECHO DMR value "_s + dmr.echoDmrValueId;
    flag.inputs << support::input(u"DMR value"_s,
        (dmr.valueQualifier == u"=" ? QString() : dmr.valueQualifier) + number(*dmr.value),
        dmr.valueUnit, source);
    if (dmr.limitValue)
        flag.inputs << support::input(u"limit"_s, dmr.limitQualifier + number(*dmr.limitValue),
            dmr.limitUnit,
            u"ECHO limit (%1, %2 %3)"_s.arg(
                dmr.limitType, dmr.statisticalBase, dmr.statisticalBaseType));
    if (dmr.stayValue)
        flag.inputs << support::input(
            u"stay value"_s, number(*dmr.stayValue), dmr.limitUnit, u"ECHO limit stay"_s);
    if (a.standardUnits) {
        flag.inputs << support::input(
            u"DMR value in standard units"_s, number(a.value), dmr.standardUnit, source);
        flag.inputs << support::input(
            u"limit in standard units"_s, number(a.limit), dmr.standardUnit, u"ECHO limit"_s);
    }
    if (a.percent)
        flag.inputs << support::input(
            u"percent beyond the limit"_s, number(*a.percent), u"%"_s, u"computed"_s);
    if (a.echoFigure)
        flag.inputs << support::input(u"percent as ECHO stores it"_s,
            QString::number(*a.echoFigure), u"%"_s, u"computed (whole percent, half up)"_s);
    flag.inputs << support::input(u"ECHO exceedence_pct"_s,
        dmr.echoExceedancePct ? number(*dmr.echoExceedancePct) : QString(), u"%"_s, source);
    flag.inputs << support::input(
        u"ECHO violation codes"_s, dmr.echoViolationCode, QString(), source);
    flag.steps = a.steps;
    flag.exceedancePct = a.percent;
    flag.evidence << EvidenceLink {u"npdes_dmr_value"_s, dmr.id};

    const QString what = u"%1 (%2)"_s.arg(dmr.parameterDesc, dmr.parameterCode);
    const QString where = u"%1 outfall %2"_s.arg(permit.permitNumber, dmr.outfall);
    const QString period = flag.subject.period;
    const QString valueText = flag.inputs.first().value + u' ' + dmr.valueUnit;
    const QString limitText = number(a.limit) + u' ' + a.unit;
    const QString amountEn = a.percent    ? u" by %1 %"_s.arg(number(*a.percent))
        : a.outcome == Outcome::OpenEnded ? u" by an amount the report does not give"_s
                                          : QString();
    const QString amountZh = a.percent    ? u"，超出 %1%"_s.arg(number(*a.percent))
        : a.outcome == Outcome::OpenEnded ? u"，超出幅度报告未给出"_s
                                          : QString();
    const QString kindEn = a.minimum ? u"minimum"_s : u"maximum"_s;
    const QString kindZh = a.minimum ? u"最小值"_s : u"最大值"_s;
    if (alert) {
        flag.messageEn = u"%1, %2, period ending %3: reported %4, beyond the alert level (%5) of"
                         u" %6%7. An alert excursion, not a permit violation."_s.arg(
                             where, what, period, valueText, kindEn, limitText, amountEn);
        flag.messageZh =
            u"%1，%2，监测期截至 %3：报告值 %4，超出预警限值（%5）%6%7。属预警超标，"
            u"不构成违反许可。"_s.arg(where, what, period, valueText, kindZh, limitText, amountZh);
    } else {
        flag.messageEn =
            u"%1, %2, period ending %3: reported %4, beyond the enforceable %5 of"
            u" %6%7."_s.arg(where, what, period, valueText, kindEn, limitText, amountEn);
        flag.messageZh = u"%1，%2，监测期截至 %3：报告值 %4，超出许可执行限值（%5）%6%7。"_s.arg(
            where, what, period, valueText, kindZh, limitText, amountZh);
    }
    return flag;
}

} // namespace

QList<Flag> evaluateDmrExceedance(const EvaluationContext &context)
{
    QList<Flag> flags;
    for (const SnapshotDmrValue &dmr : context.snapshot.dmrValues) {
        const DmrAssessment assessment = assessDmrValue(dmr);
        if (assessment.beyondLimit())
            flags << dmrFlag(context.snapshot, dmr, assessment);
    }
    return flags;
}

} // namespace outfall::rules
