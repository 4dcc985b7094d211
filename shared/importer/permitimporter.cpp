#include "importer/permitimporter.h"

#include "importer/importrun.h"
#include "importer/permitreadahead.h"
#include "importer/permitwriter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace outfall::importer {

PermitImporter::PermitImporter(store::Database &db)
    : m_db(db)
{ }

ImportReport PermitImporter::importFile(
    const QString &path, const ImportRun::ProgressSink &progress)
{
    return ImportRun::execute(
        m_db, u"permits"_s, path,
        [this](QIODevice &file, ImportReport &report) {
            PermitWriter writer(m_db, report);
            // Parsed on a thread of its own while the previous lines are written.
            PermitReadAhead lines(file, report.kind(), report.fileName());
            while (const auto next = lines.next()) {
                for (const ImportIssue &issue : next->issues)
                    report.addIssue(issue.line, issue.path, issue.message);
                if (next->document)
                    writer.write(*next->document, next->line);
                ImportRun::betweenRecords();
                if (report.full())
                    break;
            }
        },
        progress);
}

} // namespace outfall::importer
