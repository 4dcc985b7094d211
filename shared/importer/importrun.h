#pragma once

#include "importer/importreport.h"

#include <QString>

#include <functional>

class QFile;

namespace outfall::store {
class Database;
}

namespace outfall::importer {

// The frame every import shares: open the file, hash it, run the kind's reader inside one
// transaction, and commit (with a row in import_run) only when the report has no issue.
// A failed run leaves the store exactly as it was, import_run included.
namespace ImportRun {

using Body = std::function<void(QFile &file, ImportReport &report)>;

ImportReport execute(
    store::Database &db, const QString &kind, const QString &path, const Body &body);

} // namespace ImportRun

} // namespace outfall::importer
