#include "diag/peakrss.h"

#include <QByteArray>
#include <QFile>

using namespace Qt::StringLiterals;

namespace outfall::diag {

namespace {

qint64 statusField(const char *name)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // procfs files report size 0, so atEnd() is true at once: read all, then split.
    const QByteArray prefix = QByteArray(name) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

qint64 peakRssKiB()
{
    return statusField("VmHWM");
}

qint64 rssKiB()
{
    return statusField("VmRSS");
}

bool resetPeakRss()
{
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

} // namespace outfall::diag
