#pragma once

#include "importer/csvreader.h"

#include <QHash>
#include <QStringList>

class QIODevice;

namespace outfall::importer {

class ImportReport;

// A CSV file whose first record names its columns: columns are found by name in any order,
// unknown or repeated columns and missing required ones are issues, and every row must have
// as many fields as the header. Issues go to the report with the row's line and column.
class CsvTable
{
public:
    CsvTable(QIODevice *device, ImportReport &report, QStringList known, QStringList required);

    // Reads and checks the header. False when the file cannot be read as this table.
    bool readHeader();
    // Advances to the next row with the right number of fields. False at the end of the file
    // or after a CSV syntax error (which is reported).
    bool next();

    qint64 line() const { return m_reader.line(); }
    bool hasColumn(const QString &column) const { return m_index.contains(column); }
    // The row's field; empty when the column is not in the header.
    QString value(const QString &column) const;
    void issue(const QString &column, const QString &message);

private:
    CsvReader m_reader;
    ImportReport &m_report;
    QStringList m_known;
    QStringList m_required;
    QHash<QString, qsizetype> m_index;
    qsizetype m_columns = 0;
    QStringList m_row;
};

} // namespace outfall::importer
