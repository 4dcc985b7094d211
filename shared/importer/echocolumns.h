#pragma once

#include "importer/csvtable.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace outfall::importer {

// The two ECHO CSV formats the import reads (../shared/data/echo/README.md):
//  - EffluentChart: the effluent-chart download, lower-case columns, 61 of them (65 with
//    limit_season_id, dmr_due_date, dmr_limit_type_code_desc, dmr_limit_type_desc);
//  - BulkDmr: rows of the bulk npdes_dmr_fyYYYY.csv, ECHO's 57 upper-case columns.
// Every column either format has is known (an unknown one is refused, as in every import);
// only the ones Outfall stores are required.
namespace EchoColumns {

enum class Format { EffluentChart, BulkDmr };

// Which format a header is, from its first bytes: the bulk file's names are upper-case.
Format detect(const QByteArray &headStart);
QString formatName(Format format);

QList<CsvTable::Column> known(Format format);
QStringList required(Format format);

// A field by its effluent-chart (lower-case) name, in the format's own spelling:
// "npdes_id" is EXTERNAL_PERMIT_NMBR in the bulk file, every other name is upper-cased.
QString name(Format format, const QString &effluentChartName);

} // namespace EchoColumns

} // namespace outfall::importer
