#include "store/migrator.h"

#include "store/database.h"
#include "store/pgdialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::store {

QList<Migrator::Migration> Migrator::available()
{
    static const QRegularExpression pattern(
        u"^(\\d{4})_([a-z0-9_]+?)(\\.server|\\.device)?\\.sql$"_s);
    const QString dir = u":/store/migrations"_s;
    QList<Migration> result;
    const QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            throw std::logic_error("migration file name not understood: " + file.toStdString());
        Migration migration;
        migration.version = match.captured(1).toInt();
        migration.name = match.captured(2);
        migration.resourcePath = dir + u'/' + file;
        const QString tag = match.captured(3);
        migration.forServer = tag != u".device";
        migration.forDevice = tag != u".server";
        result.append(migration);
    }
    std::sort(result.begin(), result.end(),
        [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (qsizetype i = 0; i < result.size(); ++i) {
        if (result[i].version != i + 1)
            throw std::logic_error("migrations must be numbered 1, 2, 3... without gaps");
    }
    return result;
}

QString Migrator::read(const QString &resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        throw std::logic_error("cannot read " + resourcePath.toStdString());
    return QString::fromUtf8(file.readAll());
}

QString Migrator::postgresSql(const Migration &migration)
{
    const QString own =
        u":/store/migrations-postgresql/"_s + QFileInfo(migration.resourcePath).fileName();
    return QFile::exists(own) ? read(own) : PgDialect::migration(read(migration.resourcePath));
}

int Migrator::latestVersion()
{
    return static_cast<int>(available().size());
}

int Migrator::migrate(Database &db, StoreRole role, int target)
{
    const QList<Migration> migrations = available();
    const int latest = static_cast<int>(migrations.size());
    if (target < 0)
        target = latest;
    const int current = db.userVersion();
    if (current > latest) {
        throw std::runtime_error(QStringLiteral("store %1 has schema version %2, newer than this "
                                                "program's %3; use a newer Outfall")
                                     .arg(db.path())
                                     .arg(current)
                                     .arg(latest)
                                     .toStdString());
    }
    int applied = 0;
    for (const Migration &migration : migrations) {
        if (migration.version <= current || migration.version > target)
            continue;
        Transaction transaction(db);
        const bool applies = role == StoreRole::Server ? migration.forServer : migration.forDevice;
        if (applies)
            db.exec(db.engine() ? postgresSql(migration) : read(migration.resourcePath));
        // A migration for the other role still takes its number, so versions stay comparable.
        db.setUserVersion(migration.version);
        transaction.commit();
        ++applied;
    }
    return applied;
}

} // namespace outfall::store
