#include "rules/ruleconfig.h"

namespace outfall::rules {

// Placeholder until the thresholds file exists: the struct's documented defaults.
RuleConfig RuleConfig::defaults()
{
    return RuleConfig {};
}

RuleConfig RuleConfig::fromFile(const QString &)
{
    return defaults();
}

} // namespace outfall::rules
