#pragma once

#include "rules/flag.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace outfall::rules {

// A flag's structured parts as the JSON the flag table stores (docs/schema.md "Flags") and
// the command lines print: one spelling for the server, the device and the tools.
QJsonArray inputsJson(const QList<FlagInput> &inputs); // [{name, value, unit, source}]
QJsonObject computationJson(const Flag &flag); // {inputs: [...], steps: [...]}
QJsonArray evidenceJson(const QList<EvidenceLink> &evidence); // [{kind, id}]

// Compact JSON text of a value, as stored.
QString jsonText(const QJsonArray &array);
QString jsonText(const QJsonObject &object);

} // namespace outfall::rules
