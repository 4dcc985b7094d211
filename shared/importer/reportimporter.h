#pragma once

#include "domain/uuidv7.h"
#include "importer/importreport.h"
#include "importer/importrun.h"
#include "importer/keyset.h"

namespace outfall::store {
class Database;
}

namespace outfall::importer {

class CsvTable;

// Imports a reported-data file (CSV, docs/formats.md "Reported data"): samples, CEMS hours
// and days, monthly amounts and filed execution reports. Streams row by row; all or nothing.
// A row is keyed by (permit, outlet, pollutant, record, period), an execution report by
// (permit, kind, period): the same key with the same values changes nothing, other values
// replace the stored ones, the same key twice in one file is an error.
class ReportImporter
{
public:
    explicit ReportImporter(store::Database &db);

    ImportReport importFile(const QString &path, const ImportRun::ProgressSink &progress = {});

private:
    struct Outlet
    {
        QString id;
        QString code;
    };

    struct Measurement;

    void row(CsvTable &table, ImportReport &report);
    void measurement(
        CsvTable &table, ImportReport &report, const QString &record, const QString &permitId);
    // The steps of measurement(): each reads its fields into row, reports what is wrong
    // and then clears ok.
    void readSubject(CsvTable &table, const QString &permitId, Measurement &row, bool &ok);
    static void readValue(CsvTable &table, Measurement &row, bool &ok);
    void readUnit(CsvTable &table, Measurement &row, bool &ok);
    static void readQualifiers(CsvTable &table, Measurement &row, bool &ok);
    void writeMeasurement(const Measurement &row, ImportReport &report);
    void executionReport(CsvTable &table, ImportReport &report, const QString &permitId);
    bool firstTime(CsvTable &table, const QString &key, const QString &column);

    store::Database &m_db;
    domain::UuidV7Generator m_ids;
    // Row keys → line, to refuse a key twice in one file; on disk past a bound, so a file of
    // millions of rows is imported in bounded memory.
    KeySet m_keys;
};

} // namespace outfall::importer
