#pragma once
// Helpers the importer tests share: a fresh server store, a full dump of its content (to show
// that a failed import changed nothing), and files written into a temporary directory.

#include "importer/importreport.h"
#include "store/database.h"
#include "store/migrator.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

namespace importtest {

inline std::unique_ptr<outfall::store::Database> freshStore()
{
    auto db = std::make_unique<outfall::store::Database>(QStringLiteral(":memory:"));
    outfall::store::Migrator::migrate(*db, outfall::store::StoreRole::Server);
    return db;
}

// Every row of every table (but those in `skip`), as text, ordered by that text (tables
// WITHOUT ROWID have no rowid).
inline QString dump(outfall::store::Database &db, const QStringList &skip = {})
{
    QStringList tables;
    {
        auto stmt = db.prepare(QStringLiteral(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"));
        while (stmt.step()) {
            if (!skip.contains(stmt.text(0)))
                tables << stmt.text(0);
        }
    }
    QString text;
    for (const QString &table : tables) {
        QStringList columns;
        auto info =
            db.prepare(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
        while (info.step())
            columns << QStringLiteral("quote(%1)").arg(info.text(0));
        auto rows = db.prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1")
                                   .arg(columns.join(QStringLiteral(" || '|' || ")), table));
        text += table + QLatin1Char('\n');
        while (rows.step())
            text += rows.text(0) + QLatin1Char('\n');
    }
    return text;
}

inline QString scalar(outfall::store::Database &db, const QString &sql)
{
    auto stmt = db.prepare(sql);
    return stmt.step() && !stmt.isNull(0) ? stmt.text(0) : QString();
}

inline qint64 count(outfall::store::Database &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

inline QString writeFile(QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
    return path;
}

// A reports file of `rows` hourly values from `from` (several read chunks), all valid
// against the fixture permits.
inline QByteArray manyRows(int rows, QDate from = QDate(2025, 1, 1))
{
    QByteArray text = "record,permit,outlet,pollutant,period,value,unit\n";
    for (int i = 0; i < rows; ++i) {
        text += "cems_hour,91440300MA5D8G6X2R001P,DA001,SO2,"
            + QDateTime(from, QTime(0, 0), QTimeZone::utc())
                  .addSecs(3600LL * i)
                  .toString(QStringLiteral("yyyy-MM-ddTHH"))
                  .toLatin1()
            + ",12.5,mg/Nm3\n";
    }
    return text;
}

inline QString fixture(const QString &name)
{
    return QStringLiteral(OUTFALL_TEST_DATA_DIR "/import/") + name;
}

inline QByteArray readFixture(const QString &name)
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

inline QStringList issueTexts(const outfall::importer::ImportReport &report)
{
    QStringList texts;
    for (const auto &issue : report.issues())
        texts << issue.toString();
    return texts;
}

} // namespace importtest
