#include "rules/ruleset.h"

#include "rules/r01_fieldexceedance.h"
#include "rules/r02_fieldvsreported.h"
#include "rules/r03_dmrexceedance.h"
#include "rules/r03_reportedexceedance.h"
#include "rules/r04_annualamount.h"
#include "rules/r05_monitoringfrequency.h"
#include "rules/r06_executionreport.h"
#include "rules/r07_cemsdata.h"
#include "rules/r08_outletposition.h"
#include "rules/r09_undeclaredoutlet.h"
#include "rules/r10_checklist.h"
#include "rules/r11_permitvalidity.h"
#include "rules/r12_evidencelocation.h"
#include "rules/r13_shutdownoperation.h"
#include "rules/r14_amountaccounting.h"
#include "rules/r15_declaredoutlet.h"
#include "rules/r16_treatmentfacility.h"
#include "rules/r17_declaredcapacity.h"
#include "rules/reportedindex.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outfall::rules {

const QList<Rule> &allRules()
{
    // One line a rule: its id, version, titles, where it runs and its function.
    static const QList<Rule> rules = [] {
        QList<Rule> list;
        list.append(
            {u"R1"_s, 1, u"Field exceedance"_s, u"现场监测超标"_s, true, evaluateFieldExceedance});
        list.append({u"R2"_s, 1, u"Field against reported"_s, u"现场与报送不符"_s, true,
            evaluateFieldVsReported});
        list.append({u"R3"_s, 1, u"Reported exceedance"_s, u"报送数据超标"_s, false,
            evaluateReportedExceedance});
        // The same rule on US NPDES data (ECHO), computed as ECHO computes exceedence_pct.
        list.append({u"R3"_s, 1, u"Reported exceedance (NPDES DMR)"_s, u"报告值超标（NPDES DMR）"_s,
            false, evaluateDmrExceedance});
        list.append(
            {u"R4"_s, 1, u"Annual amount"_s, u"年排放量超许可"_s, false, evaluateAnnualAmount});
        list.append({u"R5"_s, 1, u"Monitoring frequency"_s, u"自行监测频次不足"_s, false,
            evaluateMonitoringFrequency});
        list.append({u"R6"_s, 1, u"Execution report"_s, u"执行报告缺报迟报"_s, false,
            evaluateExecutionReport});
        list.append({u"R7"_s, 1, u"CEMS data"_s, u"自动监测数据异常"_s, false, evaluateCemsData});
        list.append(
            {u"R8"_s, 1, u"Outlet position"_s, u"排放口位置不符"_s, true, evaluateOutletPosition});
        list.append({u"R9"_s, 1, u"Undeclared outlet"_s, u"未许可排放口"_s, true,
            evaluateUndeclaredOutlet});
        list.append({u"R10"_s, 1, u"Checklist non-compliance"_s, u"检查项不符合"_s, true,
            evaluateChecklist});
        list.append(
            {u"R11"_s, 1, u"Permit validity"_s, u"许可证有效期"_s, true, evaluatePermitValidity});
        list.append(
            {u"R12"_s, 1, u"Evidence location"_s, u"取证位置"_s, true, evaluateEvidenceLocation});
        list.append({u"R13"_s, 1, u"Reported shutdown, observed operation"_s, u"报停实产"_s, false,
            evaluateShutdownOperation});
        list.append({u"R14"_s, 1, u"Amount accounting"_s, u"排放量核算不符"_s, false,
            evaluateAmountAccounting});
        list.append({u"R15"_s, 1, u"Declared outlet not found"_s, u"申报排放口未见"_s, true,
            evaluateDeclaredOutlet, true});
        list.append({u"R16"_s, 1, u"Treatment facility missing"_s, u"污染治理设施缺失"_s, true,
            evaluateTreatmentFacility, true});
        list.append({u"R17"_s, 1, u"Capacity above the declaration"_s, u"产能超过申报"_s, true,
            evaluateDeclaredCapacity, true});
        return list;
    }();
    return rules;
}

const ReportedIndex &reportedIndex(const EvaluationContext &context)
{
    if (!context.reportedCache)
        context.reportedCache = std::make_shared<const ReportedIndex>(context.snapshot);
    return *context.reportedCache;
}

QList<Flag> evaluatePermit(const EvaluationContext &context, Where where)
{
    // Each id is computed once (a SHA-256), then the flags are put in id order.
    QList<std::pair<QString, Flag>> keyed;
    for (const Rule &rule : allRules()) {
        if (where == Where::Device && !rule.runsOnDevice)
            continue;
        if (context.snapshot.isApplication() && !rule.beforeIssuance)
            continue;
        QList<Flag> raised = rule.evaluate(context);
        for (Flag &flag : raised) {
            flag.ruleId = rule.id;
            flag.ruleVersion = rule.version;
            QString id = flag.id();
            keyed.append({std::move(id), std::move(flag)});
        }
    }
    std::sort(
        keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Flag> flags;
    flags.reserve(keyed.size());
    for (auto &entry : keyed)
        flags.append(std::move(entry.second));
    return flags;
}

} // namespace outfall::rules
