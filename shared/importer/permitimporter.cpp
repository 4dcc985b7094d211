#include "importer/permitimporter.h"

#include "importer/importrun.h"
#include "importer/permitparser.h"
#include "importer/permitwriter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace outfall::importer {

PermitImporter::PermitImporter(store::Database &db)
    : m_db(db)
{ }

ImportReport PermitImporter::importFile(const QString &path)
{
    return ImportRun::execute(m_db, u"permits"_s, path, [this](QFile &file, ImportReport &report) {
        PermitWriter writer(m_db, report);
        qint64 line = 0;
        while (!file.atEnd() && !report.full()) {
            QByteArray bytes = file.readLine();
            ++line;
            if (line == 1 && bytes.startsWith("\xEF\xBB\xBF"))
                bytes.remove(0, 3);
            if (bytes.trimmed().isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
            if (error.error != QJsonParseError::NoError) {
                report.addIssue(line, u"$"_s,
                    u"invalid JSON at character %1: %2"_s.arg(error.offset + 1)
                        .arg(error.errorString()));
                continue;
            }
            if (!json.isObject()) {
                report.addIssue(line, u"$"_s, u"must be a JSON object (one permit a line)"_s);
                continue;
            }
            if (const auto doc = PermitParser::parse(json.object(), report, line))
                writer.write(*doc, line);
        }
    });
}

} // namespace outfall::importer
