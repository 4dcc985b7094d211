#pragma once

#include "importer/importissue.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace outfall::importer {

// What one import run did, per table, and what was wrong with the file. A report with issues
// describes a run that changed nothing (the importers roll back).
class ImportReport
{
public:
    static constexpr int kMaxIssues = 100;

    struct Counts
    {
        std::int64_t inserted = 0;
        std::int64_t updated = 0;
        std::int64_t unchanged = 0;
        std::int64_t deleted = 0; // rows replaced by a newer revision (limits, items...)
    };

    ImportReport(QString kind, QString fileName);

    QString kind() const { return m_kind; }
    QString fileName() const { return m_fileName; }

    // Counts of one table, created at first use; tables keep the order of first use.
    Counts &table(const QString &name);
    Counts counts(const QString &name) const; // zeros for a table never touched
    const QList<QPair<QString, Counts>> &tables() const { return m_tables; }
    Counts totals() const;

    // Records an issue at `line` (0 for the whole file). After kMaxIssues the rest are
    // only counted, so a file broken on every line still gives a readable report.
    void addIssue(qint64 line, const QString &path, const QString &message);
    bool full() const { return m_issues.size() >= kMaxIssues; }
    bool ok() const { return m_issues.isEmpty(); }
    const QList<ImportIssue> &issues() const { return m_issues; }
    qint64 issueCount() const { return m_issues.size() + m_droppedIssues; }

    // What happened beside the import that its operator should know (an interrupted earlier
    // import that was taken back first...). Notes are not issues: the import went on.
    void addNote(const QString &note) { m_notes.append(note); }
    const QStringList &notes() const { return m_notes; }

    // One line: "permits.jsonl: permit 2 inserted, 1 unchanged; outlet 5 inserted".
    QString summary() const;

private:
    QString m_kind;
    QString m_fileName;
    QList<QPair<QString, Counts>> m_tables;
    QList<ImportIssue> m_issues;
    QStringList m_notes;
    qint64 m_droppedIssues = 0;
};

} // namespace outfall::importer
