#pragma once

#include "report/casereportdata.h"

#include <QString>

namespace outfall::report {

// The PDF report of a case package (docs/cases.md 5), drawn with QPdfWriter and QPainter on
// A4 in the data's language: the case, the enterprise and the permit terms concerned,
// measurements against limits with the O2 correction shown, the flags and their
// computations, photos with time, position and hash, the outlet map, the drawn signatures,
// the inspection team with certificate numbers, the chain of custody and a draft notice of
// violation. Needs a QGuiApplication (fonts); throws std::runtime_error without one or
// when the file cannot be written.
class CaseReport
{
public:
    static void write(const CaseReportData &data, const QString &path);
};

} // namespace outfall::report
