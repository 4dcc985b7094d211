#include "rules/r10_checklist.h"

#include "rules/rulesupport.h"

using namespace Qt::StringLiterals;

namespace outfall::rules {

using namespace support;

QList<Flag> evaluateChecklist(const EvaluationContext &context)
{
    const PermitSnapshot &s = context.snapshot;
    QList<Flag> flags;
    for (const SnapshotAnswer &answer : s.answers) {
        if (answer.answer != u"non_compliant")
            continue;
        Flag flag;
        // The item's own severity: a minor item is a warning, a major or critical one a
        // violation (DOMAIN.md §6: most checklist findings fall under Art. 36 or 37).
        flag.severity = answer.severity == u"minor" ? Severity::Warning : Severity::Violation;
        const QDate day = Cst::dateOf(answer.recordedAtMs);
        const QString code = answer.itemCode.isEmpty() ? answer.itemId : answer.itemCode;
        flag.subject = {s.permitId, QString(), QString(), day.toString(Qt::ISODate),
            answer.inspectionId + u'/' + code};
        const QString source = u"checklist_answer "_s + answer.id;
        flag.inputs = {input(u"item"_s, code, {}, u"checklist_item "_s + answer.itemId),
            input(u"item severity"_s, answer.severity, {}, u"checklist_item "_s + answer.itemId),
            input(u"answer"_s, answer.answer, {}, source),
            input(u"recorded at"_s, Cst::text(answer.recordedAtMs), {}, source)};
        if (!answer.note.isEmpty())
            flag.inputs.append(input(u"note"_s, answer.note, {}, source));
        flag.steps << step(u"answer = non_compliant; item severity %1 → %2"_s.arg(
                               answer.severity, severityName(flag.severity)),
            u"检查结论 = 不符合；检查项严重程度 %1 → %2"_s.arg(
                answer.severity, severityName(flag.severity)));
        const QString textEn = answer.itemTextEn.isEmpty() ? answer.itemTextZh : answer.itemTextEn;
        const QString textZh = answer.itemTextZh.isEmpty() ? answer.itemTextEn : answer.itemTextZh;
        const QString noteEn = answer.note.isEmpty() ? QString() : u" Note: %1"_s.arg(answer.note);
        const QString noteZh = answer.note.isEmpty() ? QString() : u"备注：%1"_s.arg(answer.note);
        flag.messageEn = u"Checklist item %1 (%2) found non-compliant on %3: %4.%5"_s.arg(
            code, answer.severity, day.toString(Qt::ISODate), textEn, noteEn);
        const QString severityZh = answer.severity == u"critical" ? u"严重"_s
            : answer.severity == u"major"                         ? u"重要"_s
                                                                  : u"一般"_s;
        flag.messageZh = u"%1 检查项 %2（%3）不符合：%4。%5"_s.arg(
            day.toString(Qt::ISODate), code, severityZh, textZh, noteZh);
        flag.evidence = {
            link(u"checklist_answer"_s, answer.id), link(u"checklist_item"_s, answer.itemId)};
        if (!answer.inspectionId.isEmpty())
            flag.evidence.append(link(u"inspection"_s, answer.inspectionId));
        normalise(flag);
        flags.append(flag);
    }
    return flags;
}

} // namespace outfall::rules
