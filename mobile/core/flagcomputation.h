#pragma once

#include "rules/flag.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace outfall::mobile {

// A stored flag's computation and evidence, read back from the JSON the server writes into the
// flag row (`compared`, `evidence`): the inputs with their units, the steps with the numbers
// substituted, and the records it rests on. Read leniently: a row of another shape yields
// what it holds (numbers by name, bare ids) rather than nothing, and never throws.
struct FlagComputation
{
    QList<rules::FlagInput> inputs;
    QList<rules::FlagStep> steps;
    QList<rules::EvidenceLink> evidence;

    // compared: {"inputs": [{name, value, unit, source}], "steps": [...]}, an array of inputs,
    // or an object of name → value. evidence: [{kind, id}] or [id].
    static FlagComputation parse(const QString &comparedJson, const QString &evidenceJson);
    static FlagComputation of(const rules::Flag &flag);

    // "field value 52.4 mg/Nm3 · limit 35 mg/Nm3" with the names in `language` ("en", "zh";
    // English where a stored flag has no Chinese).
    QString inputsText(const QString &language = QStringLiteral("en")) const;
    // The steps in `language`, one a line.
    QString stepsText(const QString &language = QStringLiteral("en")) const;
    QStringList evidenceIds(const QString &kind) const; // kind "" matches links of any kind
};

} // namespace outfall::mobile
