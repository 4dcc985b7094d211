#include "importer/csvtable.h"

#include "importer/fieldformats.h"
#include "importer/importreport.h"

using namespace Qt::StringLiterals;

namespace outfall::importer {

CsvTable::CsvTable(QIODevice *device, ImportReport &report, QStringList known, QStringList required)
    : m_reader(device)
    , m_report(report)
    , m_known(std::move(known))
    , m_required(std::move(required))
{ }

bool CsvTable::readHeader()
{
    QStringList header;
    const auto status = m_reader.next(header);
    if (status == CsvReader::Status::Error) {
        m_report.addIssue(m_reader.line(), QString(), m_reader.error());
        return false;
    }
    if (status == CsvReader::Status::End) {
        m_report.addIssue(0, QString(), u"the file is empty; it needs a header line"_s);
        return false;
    }
    bool ok = true;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString &name = header[i];
        if (!m_known.contains(name)) {
            m_report.addIssue(m_reader.line(), name,
                u"unknown column; the columns are %1"_s.arg(FieldFormats::oneOf(m_known)));
            ok = false;
        } else if (m_index.contains(name)) {
            m_report.addIssue(m_reader.line(), name, u"column appears twice in the header"_s);
            ok = false;
        }
        m_index.insert(name, i);
    }
    for (const QString &name : std::as_const(m_required)) {
        if (!m_index.contains(name)) {
            m_report.addIssue(m_reader.line(), name, u"required column is missing"_s);
            ok = false;
        }
    }
    m_columns = header.size();
    return ok;
}

bool CsvTable::next()
{
    while (!m_report.full()) {
        const auto status = m_reader.next(m_row);
        if (status == CsvReader::Status::End)
            return false;
        if (status == CsvReader::Status::Error) {
            m_report.addIssue(m_reader.line(), QString(), m_reader.error());
            return false;
        }
        if (m_row.size() == m_columns)
            return true;
        m_report.addIssue(m_reader.line(), QString(),
            u"the row has %1 fields but the header has %2"_s.arg(m_row.size()).arg(m_columns));
    }
    return false;
}

QString CsvTable::value(const QString &column) const
{
    const auto it = m_index.constFind(column);
    return it == m_index.constEnd() ? QString() : m_row.value(*it);
}

void CsvTable::issue(const QString &column, const QString &message)
{
    m_report.addIssue(m_reader.line(), column, message);
}

} // namespace outfall::importer
