#pragma once
// A small demo district in a server store, with everything the public site must NOT show
// planted in it (an evidence photo, an open flag, inspector names and certificates, notes,
// a device, an unpublished draw) and a holder name that needs escaping. Shared by the site
// test and the browser test.

#include "server/servercli.h"
#include "server/serverstore.h"
#include "store/database.h"
#include "store/statement.h"

#include <QDateTime>
#include <QDir>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <stdexcept>

namespace publishtest {

using namespace Qt::StringLiterals;

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
    u"UNPUBLISHED-SEED"_s,
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
        // The random draws' table as the other branch makes it (migration 0016), with one
        // published draw (naming inspectors, which are not public) and one not yet published.
        db->exec(u"CREATE TABLE IF NOT EXISTS route_draw (id TEXT PRIMARY KEY, seed TEXT, pool "
                 u"TEXT, rules TEXT, result TEXT, published_at INTEGER)"_s);
        exec(u"INSERT INTO route_draw VALUES ('draw-1', '20261015', ?, ?, ?, ?)"_s,
            {u"[\"%1\", \"%2\", \"%3\"]"_s.arg(m_numbers[0], ids[1], m_numbers[2]),
                u"{\"count\": 1, \"industry\": [\"4411\"], \"inspectors_per_team\": 2}"_s,
                u"{\"permits\": [\"%1\"], \"inspectors\": [\"SZ-INS-001\", \"SZ-INS-002\"]}"_s.arg(
                    m_numbers[2]),
                ms(u"2026-10-15"_s, 10)});
        exec(u"INSERT INTO route_draw VALUES ('draw-2', 'UNPUBLISHED-SEED', '[]', '{}', '[]', "
             u"NULL)"_s,
            {});
    }

    QTemporaryDir m_dir;
    QStringList m_numbers;

public:
    QString m_findingCode;
    int m_itemsChecked = 0;
};

} // namespace publishtest
