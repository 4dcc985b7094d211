#include "server/importprogressline.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

// Back to the line's start, and erase what a longer earlier line left after the new one.
const QString kRewrite = u"\r"_s;
const QString kEraseToEnd = u"\x1b[K"_s;

// A size in the unit of the file's total: KiB under a MiB, MiB with one decimal under
// 100 MiB, whole MiB above (the line must fit an 80-column terminal).
QString bytesText(qint64 bytes, qint64 total)
{
    constexpr qint64 kMiB = 1024 * 1024;
    if (total < kMiB)
        return QString::number(double(bytes) / 1024, 'f', 1);
    return QString::number(double(bytes) / kMiB, 'f', total < 100 * kMiB ? 1 : 0);
}

QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return u"%1 s"_s.arg(seconds);
    if (seconds < 3600)
        return u"%1 min %2 s"_s.arg(seconds / 60).arg(seconds % 60);
    return u"%1 h %2 min"_s.arg(seconds / 3600).arg(seconds % 3600 / 60);
}

} // namespace

ImportProgressLine::ImportProgressLine(
    QTextStream &terminal, QString kind, std::function<qint64()> clockMs, int columns)
    : m_terminal(terminal)
    , m_kind(std::move(kind))
    , m_clockMs(std::move(clockMs))
    , m_columns(columns)
    , m_startedMs(m_clockMs())
{ }

QString ImportProgressLine::text(
    const QString &kind, const importer::ImportRun::Progress &progress, qint64 elapsedMs)
{
    const QLocale english(QLocale::English);
    QStringList parts;
    parts << u"%1 rows"_s.arg(english.toString(progress.rows));
    const qint64 total = std::max<qint64>(progress.bytesTotal, 1);
    const QString unit = progress.bytesTotal < 1024 * 1024 ? u"KiB"_s : u"MiB"_s;
    parts << u"%1/%2 %3 (%4 %)"_s
                 .arg(bytesText(progress.bytesRead, progress.bytesTotal),
                     bytesText(progress.bytesTotal, progress.bytesTotal), unit)
                 .arg(progress.bytesRead * 100 / total);
    // Rates and estimates mean nothing in the first second.
    if (elapsedMs >= 1000) {
        parts << u"%1 rows/s"_s.arg(english.toString(progress.rows * 1000 / elapsedMs));
        if (progress.bytesRead >= progress.bytesTotal)
            parts << u"read; committing"_s;
        else if (progress.bytesRead > 0)
            parts << u"%1 left"_s.arg(durationText(
                ((progress.bytesTotal - progress.bytesRead) * elapsedMs / progress.bytesRead + 999)
                / 1000));
    }
    return kind + u": "_s + parts.join(u" · "_s);
}

void ImportProgressLine::update(const importer::ImportRun::Progress &progress)
{
    const qint64 now = m_clockMs();
    const bool done = progress.bytesRead >= progress.bytesTotal;
    if (!done && m_shownMs >= 0 && now - m_shownMs < kIntervalMs)
        return;
    m_shownMs = now;
    m_shown = true;
    QString line = text(m_kind, progress, now - m_startedMs);
    // A line longer than the terminal wraps, and \r then rewrites only its last part.
    if (m_columns > 1 && line.size() >= m_columns)
        line = line.left(m_columns - 2) + u'…';
    m_terminal << kRewrite << line << kEraseToEnd;
    m_terminal.flush();
}

void ImportProgressLine::finish()
{
    if (!m_shown)
        return;
    m_terminal << kRewrite << kEraseToEnd;
    m_terminal.flush();
    m_shown = false;
}

} // namespace outfall::server
