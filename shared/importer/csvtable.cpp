#include "importer/csvtable.h"

#include "importer/fieldformats.h"
#include "importer/importreport.h"

using namespace Qt::StringLiterals;

namespace outfall::importer {

namespace TextRules = domain::TextRules;

CsvTable::CsvTable(
    QIODevice *device, ImportReport &report, QList<Column> columns, QStringList required)
    : m_reader(device)
    , m_report(report)
    , m_known(std::move(columns))
    , m_required(std::move(required))
{ }

QString CsvTable::columnLabel(const QString &name)
{
    const bool plain =
        !name.isEmpty() && name.size() <= 40 && std::all_of(name.begin(), name.end(), [](QChar c) {
            return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                || c == u'_';
        });
    return plain ? name : TextRules::quoted(name);
}

bool CsvTable::readHeader()
{
    QStringList header;
    const auto status = m_reader.next(header);
    if (status == CsvReader::Status::Error) {
        m_report.addIssue(m_reader.line(), QString(), m_reader.error());
        return false;
    }
    if (status == CsvReader::Status::End)
        return false;
    QStringList names;
    for (const Column &column : std::as_const(m_known))
        names << column.name;
    bool ok = true;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString &name = header[i];
        const qsizetype known = names.indexOf(name);
        if (known < 0 || m_reader.fieldLength(i) != name.size()) {
            m_report.addIssue(m_reader.line(), columnLabel(name),
                u"unknown column; the columns are %1"_s.arg(FieldFormats::oneOf(names)));
            ok = false;
        } else if (m_index.contains(name)) {
            m_report.addIssue(m_reader.line(), name, u"column appears twice in the header"_s);
            ok = false;
        }
        m_index.insert(name, i);
        m_rules.append(known);
    }
    if (m_reader.fieldCount() > header.size()) {
        m_report.addIssue(m_reader.line(), QString(),
            u"the header has %1 columns; the columns are %2"_s.arg(m_reader.fieldCount())
                .arg(FieldFormats::oneOf(names)));
        ok = false;
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

bool CsvTable::checkRow()
{
    bool ok = true;
    for (qsizetype i = 0; i < m_row.size() && i < m_rules.size(); ++i) {
        const qsizetype known = m_rules[i];
        if (known < 0)
            continue;
        const Column &column = m_known[known];
        const qint64 length = m_reader.fieldLength(i);
        const QString problem = length > column.rule.maxLength
            ? u"too long (%1 > %2)"_s.arg(length).arg(column.rule.maxLength)
            : TextRules::characterProblem(m_row[i], column.rule.lines);
        if (!problem.isEmpty()) {
            m_report.addIssue(m_reader.line(), column.name, problem);
            ok = false;
        }
    }
    if (ok && m_reader.truncated()) {
        // Not reached while every column's maximum is far below what a record keeps; here so
        // that a cut value can never be taken for the whole one.
        m_report.addIssue(m_reader.line(), QString(),
            u"the row is longer than %1 characters"_s.arg(CsvReader::kKeptChars));
        ok = false;
    }
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
        if (m_reader.fieldCount() != m_columns) {
            m_report.addIssue(m_reader.line(), QString(),
                u"the row has %1 fields but the header has %2"_s.arg(m_reader.fieldCount())
                    .arg(m_columns));
            continue;
        }
        if (checkRow())
            return true;
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
