#pragma once

#include "importer/importrun.h"

#include <QString>
#include <QTextStream>

#include <functional>

namespace outfall::server {

// The one line an import shows on a terminal while it runs (docs/import.md), rewritten in
// place:
//   permits: 1,234,567 rows · 312/880 MiB (35 %) · 12,345 rows/s · 1 min 23 s left
// at most every kIntervalMs, so that printing never slows the import. finish() clears it, so
// the import's summary starts on a clean line. Only for a terminal: a file or a pipe gets the
// summary alone (the caller decides; see ServerCli).
class ImportProgressLine
{
public:
    static constexpr qint64 kIntervalMs = 250;

    // clockMs: milliseconds from any fixed point (a steady clock; a test passes its own).
    // columns: the terminal's width (a longer line is cut short), or 0 when unknown.
    ImportProgressLine(
        QTextStream &terminal, QString kind, std::function<qint64()> clockMs, int columns = 0);

    void update(const importer::ImportRun::Progress &progress);
    void finish();

    // The text of the line for `progress`, `elapsedMs` after the import began.
    static QString text(
        const QString &kind, const importer::ImportRun::Progress &progress, qint64 elapsedMs);

private:
    QTextStream &m_terminal;
    QString m_kind;
    std::function<qint64()> m_clockMs;
    int m_columns;
    qint64 m_startedMs;
    qint64 m_shownMs = -1;
    bool m_shown = false;
};

} // namespace outfall::server
