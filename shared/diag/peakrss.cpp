#include "diag/peakrss.h"

#include <QByteArray>
#include <QFile>

using namespace Qt::StringLiterals;

namespace outfall::diag {

qint64 peakRssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // procfs files report size 0, so atEnd() is true at once: read all, then split.
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace outfall::diag
