#include "rules/ruleset.h"

#include "rules/r03_dmrexceedance.h"

#include <algorithm>

namespace outfall::rules {

const QList<Rule> &allRules()
{
    // One line a rule: its id, version, titles, where it runs and its function.
    static const QList<Rule> rules = [] {
        QList<Rule> list;
        list.append({QStringLiteral("R3"), 1, QStringLiteral("Reported exceedance (NPDES DMR)"),
            QStringLiteral("报告值超标（NPDES DMR）"), false, evaluateDmrExceedance});
        return list;
    }();
    return rules;
}

QList<Flag> evaluatePermit(const EvaluationContext &context, Where where)
{
    QList<Flag> flags;
    for (const Rule &rule : allRules()) {
        if (where == Where::Device && !rule.runsOnDevice)
            continue;
        QList<Flag> raised = rule.evaluate(context);
        for (Flag &flag : raised) {
            flag.ruleId = rule.id;
            flag.ruleVersion = rule.version;
            flags.append(std::move(flag));
        }
    }
    std::sort(
        flags.begin(), flags.end(), [](const Flag &a, const Flag &b) { return a.id() < b.id(); });
    return flags;
}

} // namespace outfall::rules
