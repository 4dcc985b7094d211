#pragma once

#include "rules/flag.h"
#include "rules/permitsnapshot.h"
#include "rules/ruleconfig.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace outfall::rules {

class ReportedIndex;

// What a rule sees: one permit's snapshot, the thresholds and the evaluation date (CST).
// Time-dependent rules (reports due, permit expiry, year-to-date pace) read asOf, never
// the clock, so a replay gives the same flags.
struct EvaluationContext
{
    const PermitSnapshot &snapshot;
    const RuleConfig &config;
    QDate asOf;
    // The snapshot's reported rows with their periods parsed, built by the first rule that
    // asks (reportedIndex()) and shared by the rules of one evaluation.
    mutable std::shared_ptr<const ReportedIndex> reportedCache = {};
};

const ReportedIndex &reportedIndex(const EvaluationContext &context);

// One rule: a pure function from a context to the flags it raises. Each lives in its own
// file (rules/r01_fieldexceedance.cpp ...) and is listed once in ruleset.cpp.
struct Rule
{
    QString id; // "R1"
    int version = 1;
    QString titleEn;
    QString titleZh;
    bool runsOnDevice = false; // the device previews it offline on what it holds
    std::function<QList<Flag>(const EvaluationContext &)> evaluate;
    // Judges declarations checked before issuance (R15–R17): runs on applications, which no
    // other rule judges (they have no limits in force and no issue date yet), and on permits.
    bool beforeIssuance = false;
};

// The rules in id order.
const QList<Rule> &allRules();

enum class Where { Server, Device };

// Every rule that runs `where` over one permit. Flags come out sorted by id, so two runs
// over the same snapshot compare equal.
QList<Flag> evaluatePermit(const EvaluationContext &context, Where where = Where::Server);

} // namespace outfall::rules
