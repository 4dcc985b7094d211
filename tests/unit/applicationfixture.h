#pragma once

// An application before issuance on a server's store, as tst_applicationcli and the console's
// tests need it: the fixture permit imported as an application (status `application`, a
// treatment facility T001, 600 MW declared), and its inspection before issuance as a push
// leaves it: DA001 not found, DW001 found where declared, T001 missing, capacity as declared,
// the site outside prohibited zones; then the flags evaluated (R15 and R16 raised).
#include "domain/uuidv7.h"
#include "importer/permitimporter.h"
#include "rules/ruleconfig.h"
#include "server/flagevaluator.h"
#include "server/serverstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace applicationfixture {

using namespace Qt::StringLiterals;
using namespace outfall;

inline const QString kNumber = u"91440300MA5D8G6X2R001P"_s;

// The fixture's first permit as a JSONL line: an application, or the issued permit.
inline QByteArray applicationLine(const QString &status, int revision)
{
    QFile fixture(QStringLiteral(OUTFALL_TEST_DATA_DIR "/import/permits.jsonl"));
    if (!fixture.open(QIODevice::ReadOnly))
        qFatal("no permits fixture");
    QJsonObject doc = QJsonDocument::fromJson(fixture.readLine()).object();
    doc.insert(u"revision"_s, revision);
    if (status == u"application") {
        doc.remove(u"issued_on"_s);
        doc.insert(u"status"_s, status);
    } else {
        doc.insert(u"issued_on"_s, u"2026-11-20"_s);
    }
    doc.insert(u"applied_on"_s, u"2026-10-08"_s);
    doc.insert(u"production_capacity"_s, QJsonObject {{u"value"_s, 600}, {u"unit"_s, u"MW"_s}});
    doc.insert(u"treatment_facilities"_s,
        QJsonArray {QJsonObject {{u"code"_s, u"T001"_s}, {u"name"_s, u"FGD"_s},
            {u"treats"_s, u"SO2"_s}, {u"outlet"_s, u"DA001"_s}}});
    return QJsonDocument(doc).toJson(QJsonDocument::Compact) + '\n';
}

// Imports one permits line into the store in `data` (a file written under `dir`).
inline void importLine(const QString &dir, const QString &data, const QByteArray &line)
{
    const QString file = QDir(dir).filePath(u"permits.jsonl"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(line);
    out.close();
    auto db = server::ServerStore::open(data);
    const auto report = importer::PermitImporter(*db).importFile(file);
    QStringList issues;
    for (const auto &issue : report.issues())
        issues << issue.toString();
    QVERIFY2(report.ok(), qPrintable(issues.join(u'\n')));
}

namespace detail {

inline void insertCheck(store::Database &db, domain::UuidV7Generator &ids,
    const QString &inspection, const QString &kind, const QString &subjectSql, const QString &code,
    int found)
{
    auto statement = db.prepare(
        u"INSERT INTO declaration_check (id, inspection_id, kind, subject_id, found, lat, lon,"
        u" accuracy_m, observed_value, observed_unit, outside_zones, recorded_at)"
        u" VALUES (?1, ?2, ?3, ("_s
        + subjectSql + u"), ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"_s);
    statement.bind(1, ids.next()).bind(2, inspection).bind(3, kind).bind(4, code);
    if (found < 0)
        statement.bind(5, nullptr);
    else
        statement.bind(5, found);
    // A found outlet was found where DW001 is declared (the fixture's 22.5110, 113.9030).
    if (kind == u"outlet" && found == 1)
        statement.bind(6, 22.5110).bind(7, 113.9030).bind(8, 4.0);
    else
        statement.bind(6, nullptr).bind(7, nullptr).bind(8, nullptr);
    if (kind == u"capacity")
        statement.bind(9, 600.0).bind(10, u"MW"_s);
    else
        statement.bind(9, nullptr).bind(10, QString());
    if (kind == u"zone")
        statement.bind(11, 1);
    else
        statement.bind(11, nullptr);
    statement.bind(12, std::int64_t(QDateTime::currentMSecsSinceEpoch() - 1'800'000));
    statement.exec();
}

} // namespace detail

inline QString scalar(store::Database &db, const QString &sql)
{
    auto row = db.prepare(sql);
    return row.step() ? row.text(0) : QString();
}

// The inspection before issuance of the imported application, by inspectorId, and the flags
// evaluated as of today.
inline void inspectBeforeIssuance(const QString &data, const QString &inspectorId)
{
    domain::UuidV7Generator ids;
    auto db = server::ServerStore::open(data);
    const QString permit =
        scalar(*db, u"SELECT id FROM permit WHERE number = '"_s + kNumber + u"'"_s);
    const QString inspection = ids.next();
    db->prepare(u"INSERT INTO inspection (id, permit_id, inspector_id, phase, status,"
                u" started_at, submitted_at) VALUES (?, ?, ?, 'pre_issuance', 'submitted',"
                u" ?, ?)"_s)
        .bind(1, inspection)
        .bind(2, permit)
        .bind(3, inspectorId)
        .bind(4, std::int64_t(QDateTime::currentMSecsSinceEpoch() - 3'600'000))
        .bind(5, std::int64_t(QDateTime::currentMSecsSinceEpoch() - 60'000))
        .exec();
    const QString outletSql =
        u"SELECT id FROM outlet WHERE permit_id = '%1' AND code = ?4"_s.arg(permit);
    const QString facilitySql =
        u"SELECT id FROM treatment_facility WHERE permit_id = '%1' AND code = ?4"_s.arg(permit);
    detail::insertCheck(*db, ids, inspection, u"outlet"_s, outletSql, u"DA001"_s, 0);
    detail::insertCheck(*db, ids, inspection, u"outlet"_s, outletSql, u"DW001"_s, 1);
    detail::insertCheck(*db, ids, inspection, u"facility"_s, facilitySql, u"T001"_s, 0);
    detail::insertCheck(
        *db, ids, inspection, u"capacity"_s, u"SELECT NULL WHERE ?4 IS NOT NULL"_s, {}, -1);
    detail::insertCheck(
        *db, ids, inspection, u"zone"_s, u"SELECT NULL WHERE ?4 IS NOT NULL"_s, {}, -1);
    server::FlagEvaluator(*db, rules::RuleConfig::defaults()).evaluateAll(QDate::currentDate());
}

} // namespace applicationfixture
