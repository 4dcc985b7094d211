#include "importer/permitimporter.h"

#include "importer/importrun.h"
#include "importer/jsonstreamreader.h"
#include "importer/permitparser.h"
#include "importer/permitwriter.h"

#include <QIODevice>
#include <QJsonObject>

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
            JsonStreamReader reader(&file);
            QJsonValue json;
            while (!report.full()) {
                const auto status = reader.nextLine(json);
                if (status == JsonStreamReader::Status::End)
                    break;
                const qint64 line = reader.line();
                if (status == JsonStreamReader::Status::Error) {
                    for (const auto &issue : reader.issues())
                        report.addIssue(issue.line, issue.path, issue.message);
                    continue;
                }
                if (!json.isObject()) {
                    report.addIssue(line, u"$"_s, u"must be a JSON object (one permit a line)"_s);
                    continue;
                }
                if (const auto doc =
                        PermitParser::parse(json.toObject(), report, line, &reader.longStrings()))
                    writer.write(*doc, line);
            }
        },
        progress);
}

} // namespace outfall::importer
