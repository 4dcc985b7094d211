#pragma once

#include "domain/textrules.h"
#include "importer/csvreader.h"

#include <QHash>
#include <QList>
#include <QStringList>

class QIODevice;

namespace outfall::importer {

class ImportReport;

// A CSV file whose first record names its columns: columns are found by name in any order,
// unknown or repeated columns and missing required ones are issues, and every row must have
// as many fields as the header. Every field keeps its column's text rule (length, control and
// bidirectional characters, line breaks: domain::TextRules); a row that breaks one is reported
// and skipped, so the importers only see text they may store. Issues go to the report with the
// row's line and column.
class CsvTable
{
public:
    struct Column
    {
        QString name;
        domain::TextRules::Rule rule;
    };

    CsvTable(QIODevice *device, ImportReport &report, QList<Column> columns, QStringList required);

    // Reads and checks the header. False when the file cannot be read as this table (an empty
    // file is false without an issue: the import reports it).
    bool readHeader();
    // Advances to the next row with the right number of fields, each keeping its column's text
    // rule. False at the end of the file or after a CSV syntax error (which is reported).
    bool next();

    qint64 line() const { return m_reader.line(); }
    bool hasColumn(const QString &column) const { return m_index.contains(column); }
    // The row's field; empty when the column is not in the header.
    QString value(const QString &column) const;
    void issue(const QString &column, const QString &message);

    // A column name as issues print it: as it is when it is a plain word, quoted otherwise.
    static QString columnLabel(const QString &name);

private:
    bool checkRow();

    CsvReader m_reader;
    ImportReport &m_report;
    QList<Column> m_known;
    QStringList m_required;
    QHash<QString, qsizetype> m_index;
    QList<qsizetype> m_rules; // header position → index in m_known, -1 for an unknown column
    qsizetype m_columns = 0;
    QStringList m_row;
};

} // namespace outfall::importer
