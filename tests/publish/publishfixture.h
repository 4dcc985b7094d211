#pragma once
// A small demo district in a server store, with everything the public site must NOT show
// planted in it (an evidence photo, an open flag, inspector names and certificates, notes,
// a device, an unpublished draw) and a holder name that needs escaping. Shared by the site
// test and the browser test.

#include "routes/drawrecord.h"
#include "server/servercli.h"
#include "server/serverstore.h"
#include "store/database.h"
#include "store/statement.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <stdexcept>

namespace publishtest {

using namespace Qt::StringLiterals;

// The seed of the draw that is made but never published: it must appear on no page.
inline constexpr std::uint64_t kUnpublishedSeed = 777000777000777;

struct Run
{
    int exitCode = 0;
    QString out;
    QString err;
};

inline Run server(const QStringList &arguments)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode =
        outfall::server::ServerCli(&out, &err).run(QStringList {u"outfall-server"_s} + arguments);
    return result;
}

// The holder name with every character HTML gives a meaning to.
inline const QString kNastyName =
    u"<script>alert(\"x\")</script> Tom & Jerry's \"Best\" <b>Co</b>"_s;
inline const QString kNastyNameEn = u"A&B <i>Works</i> \"Quoted\" 'Single'"_s;

// Strings that must appear on no page.
inline const QStringList kSecrets = {
    u"SECRET-PHOTO-CAPTION"_s,
    u"0f0e0d0c0b0a09080706050403020100ffeeddccbbaa99887766554433221100"_s, // photo sha256
    u"SECRET-FLAG-MESSAGE"_s,
    u"秘密旗标"_s,
    u"SECRET-INSPECTOR-NAME"_s,
    u"CERT-SECRET-123"_s,
    u"SECRET-ANSWER-NOTE"_s,
    u"SECRET-SUMMARY"_s,
    u"SECRET-INSTRUMENT"_s,
    u"SECRET-SIGNER"_s,
    u"SECRET-WITNESS"_s,
    u"SECRET-DEVICE-KEY-0123456789abcdefghijklmnop"_s,
    u"777000777000777"_s, // kUnpublishedSeed
    u"SZ-INS-"_s, // staff codes, and with them the draws' inspector lists
    u"黄建华"_s, // the demo's inspectors (staff.csv): SZ-INS-003, SZ-INS-002
    u"林晓燕"_s,
    u"SECRET-LEGAL-REP"_s,
};

inline constexpr auto kAsOf = "2026-11-01";

class Fixture
{
public:
    // enterprises: how many the district has (a browser loads every page of it).
    explicit Fixture(int enterprises = 6)
    {
        if (!m_dir.isValid())
            throw std::runtime_error("no temporary directory");
        const QString demo = path(u"demo"_s);
        check(server({u"generate-demo"_s, u"--out"_s, demo, u"--enterprises"_s,
            QString::number(enterprises), u"--no-reports"_s}));
        check(server({u"init"_s, u"--data"_s, data()}));
        check(server({u"import"_s, u"--data"_s, data(), u"--as-of"_s, QString::fromLatin1(kAsOf),
            u"permits"_s, demo + u"/permits.jsonl"_s}));
        check(server(
            {u"import"_s, u"--data"_s, data(), u"checklists"_s, demo + u"/checklists.json"_s}));
        check(server({u"import"_s, u"--data"_s, data(), u"staff"_s, demo + u"/staff.csv"_s}));
        plant();
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString data() const { return path(u"data"_s); }
    QStringList permitNumbers() const { return m_numbers; }
    QString nastyPermit() const { return m_numbers.value(0); }
    QString inspectedPermit() const { return m_numbers.value(1); }
    QString drawnPermit() const { return m_numbers.value(2); }
    QString reviewedDay() const { return u"2026-10-14"_s; }

    Run publish(const QString &out) const
    {
        return server({u"publish"_s, u"--data"_s, data(), u"--out"_s, out, u"--as-of"_s,
            QString::fromLatin1(kAsOf)});
    }

    struct Names
    {
        QString zh;
        QString en;
    };
    // Every permit's holder names, by permit number (after the planting).
    QList<std::pair<QString, Names>> holders() const
    {
        auto db = outfall::server::ServerStore::open(data());
        auto rows = db->prepare(u"SELECT p.number, e.name, coalesce(e.name_en, '') FROM permit p "
                                u"JOIN enterprise e ON e.id = p.enterprise_id ORDER BY p.number"_s);
        QList<std::pair<QString, Names>> result;
        while (rows.step())
            result.append({rows.text(0), {rows.text(1), rows.text(2)}});
        return result;
    }

private:
    static void check(const Run &run)
    {
        if (run.exitCode != 0)
            throw std::runtime_error("fixture step failed: " + run.err.toStdString());
    }

    void plant()
    {
        auto db = outfall::server::ServerStore::open(data());
        auto numbers = db->prepare(u"SELECT number, id FROM permit ORDER BY number"_s);
        QStringList ids;
        while (numbers.step()) {
            m_numbers.append(numbers.text(0));
            ids.append(numbers.text(1));
        }
        if (m_numbers.size() < 3)
            throw std::runtime_error("fixture needs three permits");
        auto exec = [&](const QString &sql, const QStringList &values) {
            auto statement = db->prepare(sql);
            for (qsizetype i = 0; i < values.size(); ++i)
                statement.bind(static_cast<int>(i + 1), values[i]);
            statement.exec();
        };
        exec(u"UPDATE enterprise SET name = ?, name_en = ?, legal_rep = 'SECRET-LEGAL-REP' "
             u"WHERE id = (SELECT enterprise_id FROM permit WHERE number = ?)"_s,
            {kNastyName, kNastyNameEn, m_numbers[0]});
        // The lead inspector of the inspections, renamed so a leak is unmistakable.
        exec(
            u"UPDATE inspector SET name = 'SECRET-INSPECTOR-NAME' WHERE code = 'SZ-INS-001'"_s, {});
        const QString permit = ids[1];
        const QTimeZone china(8 * 3600);
        auto ms = [&](const QString &day, int hour) {
            return QString::number(
                QDateTime(QDate::fromString(day, Qt::ISODate), QTime(hour, 0), china)
                    .toMSecsSinceEpoch());
        };
        // Reviewed: published. Submitted and in progress: not (they may still change).
        const QString insert = u"INSERT INTO inspection (id, permit_id, inspector_id, phase, "
                               u"template_id, status, started_at, submitted_at, summary) VALUES "
                               u"(?, ?, (SELECT id FROM inspector WHERE code = 'SZ-INS-001'), "
                               u"'post_issuance', (SELECT id FROM checklist_template WHERE "
                               u"phase = 'post_issuance' ORDER BY code LIMIT 1), ?, ?, ?, "
                               u"'SECRET-SUMMARY')"_s;
        exec(insert,
            {u"insp-reviewed"_s, permit, u"reviewed"_s, ms(reviewedDay(), 9),
                ms(reviewedDay(), 15)});
        exec(insert,
            {u"insp-submitted"_s, permit, u"submitted"_s, ms(u"2026-10-20"_s, 9),
                ms(u"2026-10-20"_s, 15)});
        exec(insert,
            {u"insp-after"_s, permit, u"reviewed"_s, ms(u"2026-11-05"_s, 9),
                ms(u"2026-11-05"_s, 15)}); // after --as-of
        // Answers of the reviewed one: all compliant, P03 first compliant then corrected to
        // non-compliant (the latest counts), with a note that is not public.
        auto items = db->prepare(u"SELECT i.id, i.code FROM checklist_item i JOIN inspection n "
                                 u"ON n.template_id = i.template_id WHERE n.id = 'insp-reviewed' "
                                 u"ORDER BY i.ordinal"_s);
        int count = 0;
        while (items.step()) {
            const QString id = items.text(0);
            const QString code = items.text(1);
            const QString at = ms(reviewedDay(), 10);
            exec(u"INSERT INTO checklist_answer (id, inspection_id, item_id, answer, note, "
                 u"recorded_at) VALUES (?, 'insp-reviewed', ?, 'compliant', NULL, ?)"_s,
                {u"ans-"_s + code, id, at});
            if (count == 2) {
                m_findingCode = code;
                exec(u"INSERT INTO checklist_answer (id, inspection_id, item_id, answer, note, "
                     u"recorded_at, supersedes_id) VALUES (?, 'insp-reviewed', ?, "
                     u"'non_compliant', 'SECRET-ANSWER-NOTE', ?, ?)"_s,
                    {u"ans2-"_s + code, id, ms(reviewedDay(), 11), u"ans-"_s + code});
            }
            ++count;
        }
        m_itemsChecked = count;
        exec(u"INSERT INTO inspection_inspector (id, inspection_id, inspector_id, "
             u"certificate_no, added_at) VALUES ('team-1', 'insp-reviewed', (SELECT id FROM "
             u"inspector WHERE code = 'SZ-INS-002'), 'CERT-SECRET-123', 0)"_s,
            {});
        exec(u"INSERT INTO photo (id, inspection_id, sha256, byte_size, mime, subject, caption, "
             u"lat, lon, taken_at) VALUES ('photo-1', 'insp-reviewed', "
             u"'0f0e0d0c0b0a09080706050403020100ffeeddccbbaa99887766554433221100', 1000, "
             u"'image/jpeg', NULL, 'SECRET-PHOTO-CAPTION', 22.6, 114.1, 0)"_s,
            {});
        exec(u"INSERT INTO measurement (id, inspection_id, pollutant, value, unit, "
             u"instrument_id, recorded_at) VALUES ('m-1', 'insp-reviewed', 'SO2', 41, 'mg/Nm3', "
             u"'SECRET-INSTRUMENT', 0)"_s,
            {});
        exec(u"INSERT INTO signature (id, inspection_id, signer_role, signer_name, refused, "
             u"signed_at, witness_name) VALUES ('sig-1', 'insp-reviewed', 'representative', "
             u"'SECRET-SIGNER', 1, 0, 'SECRET-WITNESS')"_s,
            {});
        exec(u"INSERT INTO flag (id, rule_id, severity, permit_id, compared, message_en, "
             u"message_zh, status, raised_at, updated_at) VALUES ('flag-secret', 'R1', "
             u"'violation', ?, '[]', 'SECRET-FLAG-MESSAGE', '秘密旗标', 'open', 0, 0)"_s,
            {permit});
        exec(u"INSERT INTO device (id, inspector_id, role, public_key, enrolled_at) VALUES "
             u"('dev-1', (SELECT id FROM inspector WHERE code = 'SZ-INS-001'), 'device', "
             u"'SECRET-DEVICE-KEY-0123456789abcdefghijklmnop', 0)"_s,
            {});
        // Two real draw records (migration 0016): one published, naming inspectors and a
        // conflict of interest, which are not public; one drawn but not published.
        auto enterpriseOf = [&](const QString &permitId) {
            auto row = db->prepare(u"SELECT enterprise_id FROM permit WHERE id = ?"_s);
            row.bind(1, permitId);
            row.step();
            return row.text(0);
        };
        auto inspectorId = [&](const QString &code) {
            auto row = db->prepare(u"SELECT id FROM inspector WHERE code = ?"_s);
            row.bind(1, code);
            row.step();
            return row.text(0);
        };
        outfall::routes::DrawRecord record;
        record.seed = 20261015;
        record.rules.pool = u"industry=4411"_s;
        record.rules.enterprises = 1;
        record.rules.inspectors = 2;
        for (const QString &id : {ids[0], ids[1], ids[2]})
            record.pool.enterprises.append({enterpriseOf(id), 1000, 0, 0, -1});
        const QString lead = inspectorId(u"SZ-INS-001"_s);
        const QString second = inspectorId(u"SZ-INS-002"_s);
        record.pool.inspectors = {{lead, u"SZ-INS-001"_s}, {second, u"SZ-INS-002"_s}};
        record.pool.conflicts = {{second, enterpriseOf(ids[0])}};
        record.result.teams = {{{lead, second}, {enterpriseOf(ids[2])}}};
        const QString insertDraw = u"INSERT INTO route_draw (id, number, seed, content, "
                                   u"content_hash, created_by, created_at, plan, planned_by, "
                                   u"planned_at, published_by, published_at) VALUES (?, ?, ?, ?, "
                                   u"?, 'supervisor', ?, ?, ?, ?, ?, ?)"_s;
        auto content = [](const outfall::routes::DrawRecord &r) {
            return QString::fromUtf8(QJsonDocument(r.contentJson()).toJson(QJsonDocument::Compact));
        };
        const QString at = ms(u"2026-10-15"_s, 10);
        auto draw = db->prepare(insertDraw);
        const QStringList published {u"draw-1"_s, u"1"_s, QString::number(record.seed),
            content(record), record.contentHash(), at, u"{}"_s, u"supervisor"_s, at,
            u"supervisor"_s, at};
        for (qsizetype i = 0; i < published.size(); ++i)
            draw.bind(static_cast<int>(i + 1), published[i]);
        draw.exec();
        record.seed = kUnpublishedSeed;
        auto unpublished = db->prepare(u"INSERT INTO route_draw (id, number, seed, content, "
                                       u"content_hash, created_by, created_at) VALUES ('draw-2', "
                                       u"2, ?, ?, ?, 'supervisor', ?)"_s);
        unpublished.bind(1, QString::number(record.seed));
        unpublished.bind(2, content(record));
        unpublished.bind(3, record.contentHash());
        unpublished.bind(4, at);
        unpublished.exec();
    }

    QTemporaryDir m_dir;
    QStringList m_numbers;

public:
    QString m_findingCode;
    int m_itemsChecked = 0;
};

} // namespace publishtest
