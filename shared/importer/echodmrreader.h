#pragma once

#include "importer/crcrlffilter.h"
#include "importer/csvtable.h"
#include "importer/echocolumns.h"
#include "importer/echodmrrow.h"

#include <memory>

class QIODevice;

namespace outfall::importer {

class ImportReport;

// Reads the rows of an ECHO file (either format, told apart by its header) and checks each
// field; a row with a wrong field is reported (`file:line: column: message`, the column in the
// file's own spelling) and skipped, so the caller only sees rows it may store. Pure parsing:
// no store, so the agreement test and the fuzz harness read rows exactly as the import does.
class EchoDmrReader
{
public:
    EchoDmrReader(QIODevice *device, ImportReport &report);
    ~EchoDmrReader();

    // Reads and checks the header. False when the file cannot be read as an ECHO file.
    bool readHeader();
    EchoColumns::Format format() const { return m_format; }
    // The next row whose every field is right; false at the end of the file.
    bool next(EchoDmrRow &row);
    qint64 line() const { return m_table ? m_table->line() : 0; }
    // Reports an issue about the current row, naming a field by its effluent-chart name.
    void issue(const QString &field, const QString &message);

private:
    bool parse(EchoDmrRow &row);
    QString value(const QString &field) const;
    QString code(const QString &field, const char *pattern, const QString &what, bool &ok);
    QString oneOf(const QString &field, const QStringList &allowed, bool &ok);
    std::optional<double> number(const QString &field, bool &ok);
    QString date(const QString &field, bool required, bool &ok);

    CrCrLfFilter m_filter;
    ImportReport &m_report;
    EchoColumns::Format m_format = EchoColumns::Format::EffluentChart;
    std::unique_ptr<CsvTable> m_table;
};

} // namespace outfall::importer
