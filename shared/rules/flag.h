#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace outfall::rules {

// What a rule raises (DESIGN.md "Discrepancy rules"). A flag is plain data: the server
// stores it, the device shows it, and both compute the same id from the same rule and
// subject, so re-evaluation updates a flag instead of adding another.

enum class Severity { Info, Warning, Violation };
QString severityName(Severity severity); // "info", "warning", "violation" (the schema's words)

// What the flag is about. Empty fields are "not narrower than that": a missing execution
// report has no outlet, an undeclared outlet no pollutant. Ids are the store's UUID text.
struct FlagSubject
{
    QString permitId;
    QString outletId;
    QString pollutant; // catalogue code (COD) or NPDES parameter code (00530)
    QString period; // the period the flag covers, in the form the rule documents
    // Narrows the subject where rule, permit, outlet, pollutant and period are not enough
    // (the checklist item of R10, the observed outlet of R9). Part of the id.
    QString detail;
};

// One number or value the rule compared, with its unit and where it came from. Its name is
// in English and Chinese (the app, the device and the server's tools show the language in
// use); value, unit and source are data, the same in both.
struct FlagInput
{
    QString name; // English: "field value", "limit", "O2 measured"...
    QString value; // as shown: "52.4", "2026-10-15", "shutdown"
    QString unit; // canonical unit symbol, "" when none
    QString source; // "measurement 0191…", "permit limit", "reported_value 0191…"
    // Chinese: "现场监测值"... Empty only in a flag stored before inputs were bilingual,
    // which is then shown in English.
    QString nameZh;

    // The name in `language` ("zh" or "en"), English when there is no Chinese.
    QString nameIn(const QString &language) const;
    // The value in `language`: an enumerated word in Chinese (inputValueZh), else as stored.
    QString valueIn(const QString &language) const;
};

// One line of the computation, numbers substituted, in English and Chinese.
struct FlagStep
{
    QString textEn;
    QString textZh; // empty only in a flag stored before steps were bilingual

    QString textIn(const QString &language) const; // English when there is no Chinese
    bool operator==(const FlagStep &) const = default;
};

// A record the flag rests on. kind is the table name: inspection, measurement,
// position_fix, photo, observed_outlet, checklist_answer, reported_value,
// execution_report, emission_limit, dmr_value...
struct EvidenceLink
{
    QString kind;
    QString id;
};

struct Flag
{
    QString ruleId; // "R1" ... "R14"
    int ruleVersion = 1;
    Severity severity = Severity::Warning;
    FlagSubject subject;
    QList<FlagInput> inputs;
    QList<FlagStep> steps; // the computation, one line a step, numbers substituted
    QString messageEn;
    QString messageZh;
    QList<EvidenceLink> evidence;
    // The percent beyond the limit where the rule has one (R1, R3); not for ranges of rules
    // that compare something else.
    std::optional<double> exceedancePct;

    // The flag's id: a name-based UUID (version 8, RFC 9562) from SHA-256 over the rule id
    // and every subject field. The rule version is not part of it, so a new version of a
    // rule updates the flags of the old one.
    QString id() const;
    // The steps in `language` ("zh" or "en"); stepsEn() is stepsIn("en").
    QStringList stepsIn(const QString &language) const;
    QStringList stepsEn() const { return stepsIn(QStringLiteral("en")); }
};

QString flagId(const QString &ruleId, const FlagSubject &subject);

} // namespace outfall::rules
