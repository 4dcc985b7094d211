#pragma once

#include "importer/permitdocument.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

namespace outfall::importer {

class ImportReport;

// Checks one permit document against every rule of docs/formats.md ("Permits") that needs
// no store: shapes, codes, ranges, units, uniqueness inside the document. Rules against the
// store (revisions) are PermitWriter's.
namespace PermitParser {

// Reports each problem at `line` and returns nullopt if there was any. longStrings: the full
// length of strings the JSON reader cut (JsonStreamReader::longStrings()), by path.
std::optional<PermitDocument> parse(const QJsonObject &root, ImportReport &report, qint64 line,
    const QHash<QString, qint64> *longStrings = nullptr);

} // namespace PermitParser

} // namespace outfall::importer
