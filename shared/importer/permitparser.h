#pragma once

#include "importer/permitdocument.h"

#include <QJsonObject>

#include <optional>

namespace outfall::importer {

class ImportReport;

// Checks one permit document against every rule of docs/formats.md ("Permits") that needs
// no store: shapes, codes, ranges, units, uniqueness inside the document. Rules against the
// store (revisions) are PermitWriter's.
namespace PermitParser {

// Reports each problem at `line` and returns nullopt if there was any.
std::optional<PermitDocument> parse(const QJsonObject &root, ImportReport &report, qint64 line);

} // namespace PermitParser

} // namespace outfall::importer
