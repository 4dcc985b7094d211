#pragma once

#include "rules/flag.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace outfall::rules {

// A flag's structured parts as the JSON the flag table stores (docs/schema.md "Flags") and
// the command lines print: one spelling for the server, the device and the tools.
// [{name, name_zh, value, unit, source}]
QJsonArray inputsJson(const QList<FlagInput> &inputs);
// {inputs: [...], steps: [English...], steps_zh: [Chinese...]}: the steps stay an array of
// English lines, as before they were bilingual, so older readers keep reading them.
QJsonObject computationJson(const Flag &flag);
// The inputs and steps of a computation as computationJson() or an older version wrote it
// (no name_zh, no steps_zh: Chinese then falls back to English).
QList<FlagInput> inputsFromJson(const QJsonArray &array);
QList<FlagStep> stepsFromJson(const QJsonObject &computation);
QJsonArray evidenceJson(const QList<EvidenceLink> &evidence); // [{kind, id}]

// Compact JSON text of a value, as stored.
QString jsonText(const QJsonArray &array);
QString jsonText(const QJsonObject &object);

} // namespace outfall::rules
