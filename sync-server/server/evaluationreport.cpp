#include "server/evaluationreport.h"

#include "rules/ruleset.h"

using namespace Qt::StringLiterals;

namespace outfall::server {

QString evaluationReport(const FlagEvaluator::Summary &summary, QDate asOf)
{
    const auto &c = summary.counts;
    QString text = u"evaluated %1 permit(s) as of %2 in %3 ms (%4 reported values read)\n"_s
                       .arg(summary.permits)
                       .arg(asOf.toString(Qt::ISODate))
                       .arg(summary.elapsedMs)
                       .arg(summary.reportedValues);
    text += u"flags raised: %1 (new %2, updated %3, reopened %4, unchanged %5; resolved %6)\n"_s
                .arg(summary.flagsRaised())
                .arg(c.raised)
                .arg(c.updated)
                .arg(c.reopened)
                .arg(c.unchanged)
                .arg(c.resolved);
    QMap<QString, int> byRule = summary.raisedByRule;
    for (const rules::Rule &rule : rules::allRules()) {
        text += u"  %1 %2 %3\n"_s.arg(rule.id, -4).arg(byRule.value(rule.id), 6).arg(rule.titleEn);
        byRule.remove(rule.id);
    }
    for (auto it = byRule.cbegin(); it != byRule.cend(); ++it)
        text += u"  %1 %2\n"_s.arg(it.key(), -4).arg(it.value(), 6);
    return text;
}

} // namespace outfall::server
