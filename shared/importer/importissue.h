#pragma once

#include <QString>

namespace outfall::importer {

// One thing wrong with an import file, precise enough to fix it without guessing:
//   permits.jsonl:17: $.outlets[2].limits[0].unit: unknown unit "mg/Nm4"
//   reports.csv:5: unit: "mg/L" does not convert to ...
struct ImportIssue
{
    QString file; // the file's name, without its directory
    qint64 line = 0; // 1-based; 0 when the issue belongs to the whole file
    QString path; // JSON path ($.outlets[2].limits[0].unit) or CSV column name; may be empty
    QString message;

    // The field the issue is about: the last name of the JSON path, or the CSV column.
    QString field() const;
    QString toString() const;
};

} // namespace outfall::importer
