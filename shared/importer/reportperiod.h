#pragma once

#include <QString>
#include <QStringView>

namespace outfall::importer {

// The period forms of the reports file (docs/formats.md, "Reported data") and their stored,
// canonical text. A CEMS hour given with an offset is stored as the UTC hour it names.
namespace ReportPeriod {

struct Result
{
    QString canonical; // empty when the text is not a period of the record's kind
    QString error; // why not
    QString executionKind; // for execution reports: annual, semiannual, quarterly, monthly
};

Result parse(QStringView record, QStringView text);

} // namespace ReportPeriod

} // namespace outfall::importer
