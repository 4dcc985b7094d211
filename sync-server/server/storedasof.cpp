#include "server/storedasof.h"

#include "rules/evaluationdate.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::server {

QString StoredAsOf::path(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"as-of"_s);
}

std::optional<QDate> StoredAsOf::read(const QString &dataDir)
{
    QFile file(path(dataDir));
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error(
            u"%1: cannot read: %2"_s.arg(file.fileName(), file.errorString()).toStdString());
    // A date is 10 bytes and a newline; a longer file is not one, and is not read whole.
    const QByteArray bytes = file.read(64);
    const QString text = QString::fromUtf8(bytes).trimmed();
    QString problem;
    const QDate date = bytes.size() < 64 ? rules::parseAsOf(text, problem) : QDate();
    if (!date.isValid())
        throw std::runtime_error(u"%1: must hold one date YYYY-MM-DD (the store's evaluation"
                                 u" date), not '%2'"_s.arg(file.fileName(), text.left(40))
                                     .toStdString());
    return date;
}

void StoredAsOf::write(const QString &dataDir, QDate asOf)
{
    QSaveFile file(path(dataDir));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(asOf.toString(Qt::ISODate).toUtf8() + '\n') < 0 || !file.commit())
        throw std::runtime_error(
            u"%1: cannot write: %2"_s.arg(file.fileName(), file.errorString()).toStdString());
}

} // namespace outfall::server
