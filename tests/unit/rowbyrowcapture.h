#pragma once

#include "store/database.h"

#include <QString>

// Turns a server store's bulk change capture off for good, so that its imports capture row by
// row as before migration 0025: the baseline of store/bulkcapture.h, for tst_bulkcapture and
// bench_import. capture_pause becomes an empty view, so BulkCapture finds no table to pause and
// every insert trigger sees no pause.
inline void captureRowByRow(outfall::store::Database &db)
{
    using namespace Qt::StringLiterals;
    db.exec(u"DROP TABLE capture_pause"_s);
    db.exec(u"CREATE VIEW capture_pause AS SELECT 1 AS id WHERE 0"_s);
}
