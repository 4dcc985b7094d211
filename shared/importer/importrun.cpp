#include "importer/importrun.h"

#include "store/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace outfall::importer::ImportRun {

ImportReport execute(
    store::Database &db, const QString &kind, const QString &path, const Body &body)
{
    ImportReport report(kind, QFileInfo(path).fileName());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.addIssue(0, QString(), u"cannot open: "_s + file.errorString());
        return report;
    }
    // Hashing is a separate streaming pass: the readers read line by line and never hold the
    // file, and a second sequential read of a file just read is served from the page cache.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file) || !file.seek(0)) {
        report.addIssue(0, QString(), u"cannot read: "_s + file.errorString());
        return report;
    }
    const std::int64_t startedAt = QDateTime::currentMSecsSinceEpoch();
    store::Transaction transaction(db);
    body(file, report);
    if (!report.ok())
        return report; // the transaction rolls back
    const ImportReport::Counts totals = report.totals();
    db.cached(u"INSERT INTO import_run (kind, file_name, file_sha256, started_at, finished_at,"
              u" inserted, updated, unchanged) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s)
        .bind(1, kind)
        .bind(2, report.fileName())
        .bind(3, QString::fromLatin1(hash.result().toHex()))
        .bind(4, startedAt)
        .bind(5, std::int64_t {QDateTime::currentMSecsSinceEpoch()})
        .bind(6, totals.inserted)
        .bind(7, totals.updated + totals.deleted)
        .bind(8, totals.unchanged)
        .exec();
    transaction.commit();
    return report;
}

} // namespace outfall::importer::ImportRun
