#include "importer/staffimporter.h"

#include "domain/textrules.h"
#include "importer/csvtable.h"
#include "importer/fieldformats.h"
#include "importer/importrun.h"
#include "store/database.h"

#include <QIODevice>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace outfall::importer {

namespace TextRules = domain::TextRules;

StaffImporter::StaffImporter(store::Database &db)
    : m_db(db)
{ }

ImportReport StaffImporter::importFile(const QString &path, const ImportRun::ProgressSink &progress)
{
    return ImportRun::execute(
        m_db, u"staff"_s, path,
        [this](QIODevice &file, ImportReport &report) {
            CsvTable table(&file, report,
                {{u"code"_s, TextRules::kCode}, {u"name"_s, TextRules::kName},
                    {u"role"_s, TextRules::kWord}, {u"region"_s, TextRules::kRegion},
                    {u"certificate_no"_s, TextRules::kCode}},
                {u"code"_s, u"name"_s, u"role"_s});
            if (!table.readHeader())
                return;
            // Staff codes are typed on the command line (outfallctl assign), so keep them plain.
            static const QRegularExpression codePattern(
                QRegularExpression::anchoredPattern(u"[A-Za-z0-9_-]{1,32}"_s));
            // An enforcement certificate number (执法证号) as printed: ASCII letters, digits and
            // hyphens; it is shown on the signed record and typed nowhere else.
            static const QRegularExpression certificatePattern(
                QRegularExpression::anchoredPattern(u"[A-Za-z0-9-]{4,32}"_s));
            const QStringList roles = {u"inspector"_s, u"supervisor"_s, u"enforcement"_s};
            QHash<QString, qint64> seen;
            while (table.next()) {
                const QString code = table.value(u"code"_s);
                const QString name = table.value(u"name"_s).trimmed();
                const QString role = table.value(u"role"_s);
                const QString region = table.value(u"region"_s);
                const QString certificate = table.value(u"certificate_no"_s);
                bool ok = true;
                if (!codePattern.match(code).hasMatch()) {
                    table.issue(u"code"_s,
                        u"%1 is not a staff code (1-32 letters, digits, _ or -)"_s.arg(
                            TextRules::quoted(code)));
                    ok = false;
                } else if (seen.contains(code)) {
                    table.issue(
                        u"code"_s, u"%1 appears on line %2 already"_s.arg(code).arg(seen[code]));
                    ok = false;
                }
                seen.insert(code, table.line());
                if (name.isEmpty()) {
                    table.issue(u"name"_s, u"is required"_s);
                    ok = false;
                }
                if (!roles.contains(role)) {
                    table.issue(u"role"_s,
                        u"must be %1, not %2"_s.arg(
                            FieldFormats::oneOf(roles), TextRules::quoted(role)));
                    ok = false;
                }
                if (!certificate.isEmpty() && !certificatePattern.match(certificate).hasMatch()) {
                    table.issue(u"certificate_no"_s,
                        u"%1 is not an enforcement certificate number (4-32 letters, digits or"
                        u" -)"_s.arg(TextRules::quoted(certificate)));
                    ok = false;
                }
                if (!ok)
                    continue;
                auto find =
                    m_db.cached(u"SELECT id, name IS ?2 AND role IS ?3 AND region IS ?4"
                                u" AND certificate_no IS ?5 FROM inspector WHERE code = ?1"_s);
                const QString regionOrNull = region.isEmpty() ? QString() : region;
                const QString certificateOrNull = certificate.isEmpty() ? QString() : certificate;
                find.bind(1, code)
                    .bind(2, name)
                    .bind(3, role)
                    .bind(4, regionOrNull)
                    .bind(5, certificateOrNull);
                const bool exists = find.step();
                const bool same = exists && find.integer(1) != 0;
                const QString id = exists ? find.text(0) : m_ids.next();
                find.reset();
                auto &counts = report.table(u"inspector"_s);
                if (same) {
                    ++counts.unchanged;
                    continue;
                }
                m_db.cached(u"INSERT INTO inspector (id, code, name, role, region, certificate_no)"
                            u" VALUES (?, ?, ?, ?, ?, ?)"
                            u" ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                            u" role = excluded.role, region = excluded.region,"
                            u" certificate_no = excluded.certificate_no"_s)
                    .bind(1, id)
                    .bind(2, code)
                    .bind(3, name)
                    .bind(4, role)
                    .bind(5, regionOrNull)
                    .bind(6, certificateOrNull)
                    .exec();
                ++(exists ? counts.updated : counts.inserted);
            }
        },
        progress);
}

} // namespace outfall::importer
