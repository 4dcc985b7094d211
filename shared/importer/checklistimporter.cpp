#include "importer/checklistimporter.h"

#include "domain/textrules.h"
#include "importer/fieldformats.h"
#include "importer/importrun.h"
#include "importer/jsonobjectreader.h"
#include "importer/jsonstreamreader.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QHash>
#include <QIODevice>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace outfall::importer {

namespace {

using Need = JsonObjectReader::Need;
namespace TextRules = domain::TextRules;
using TextRules::quoted;

struct Item
{
    QString code;
    QString severity;
    QString textZh;
    QString textEn;
};

QString oneOfIssue(const QStringList &allowed, const QString &value)
{
    return u"must be %1, not %2"_s.arg(FieldFormats::oneOf(allowed), quoted(value));
}

// Template and item codes: what an inspector reads and a supervisor types.
bool isCode(const QString &text)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(u"[A-Za-z0-9][A-Za-z0-9._-]{0,31}"_s));
    return pattern.match(text).hasMatch();
}

std::optional<QString> checkedCode(JsonObjectReader &r, const QString &what)
{
    const auto value = r.string(u"code"_s, Need::Required, TextRules::kCode);
    if (value && !isCode(*value)) {
        r.issue(u"code"_s,
            u"%1 is not a %2 code (1-32 letters, digits, ., _ or -, starting with a letter or "
            u"digit)"_s.arg(quoted(*value), what));
        return std::nullopt;
    }
    return value;
}

} // namespace

ChecklistImporter::ChecklistImporter(store::Database &db)
    : m_db(db)
{ }

ImportReport ChecklistImporter::importFile(const QString &path)
{
    return ImportRun::execute(
        m_db, u"checklists"_s, path, [this](QIODevice &file, ImportReport &report) {
            JsonStreamReader reader(&file);
            QJsonValue json;
            const auto status = reader.whole(json);
            if (status == JsonStreamReader::Status::End)
                return; // an empty file: the import says so
            if (status == JsonStreamReader::Status::Error) {
                for (const auto &issue : reader.issues())
                    report.addIssue(issue.line, issue.path, issue.message);
                return;
            }
            if (!json.isObject()) {
                report.addIssue(0, u"$"_s, u"must be a JSON object with \"templates\""_s);
                return;
            }
            JsonObjectReader root(json.toObject(), u"$"_s, report, 0, &reader.longStrings());
            QSet<QString> codes;
            root.forEachObject(u"templates"_s, Need::Required, [&](JsonObjectReader &r) {
                const QString code = r.object().value(u"code"_s).toString();
                if (isCode(code) && codes.contains(code))
                    r.issue(u"code"_s, u"template %1 appears twice in this file"_s.arg(code));
                codes.insert(code);
                importTemplate(r, report);
            });
            root.finish();
        });
}

void ChecklistImporter::importTemplate(JsonObjectReader &r, ImportReport &report)
{
    const qint64 issuesBefore = report.issueCount();
    const QString code = checkedCode(r, u"template"_s).value_or(QString());
    const QStringList phases = {u"pre_issuance"_s, u"post_issuance"_s};
    const QString phase =
        r.string(u"phase"_s, Need::Required, TextRules::kWord).value_or(QString());
    if (!phase.isEmpty() && !phases.contains(phase))
        r.issue(u"phase"_s, oneOfIssue(phases, phase));
    const auto industry = r.string(u"industry_code"_s, Need::Optional, TextRules::kCode);
    static const QRegularExpression fourDigits(QRegularExpression::anchoredPattern(u"[0-9]{4}"_s));
    if (industry && !fourDigits.match(*industry).hasMatch())
        r.issue(u"industry_code"_s,
            u"%1 is not a 4-digit industry code (null: every industry)"_s.arg(quoted(*industry)));
    const auto version = r.integer(u"version"_s, Need::Optional);
    if (version && *version < 1)
        r.issue(u"version"_s, u"must be an integer ≥ 1, not %1"_s.arg(*version));
    const QString titleZh =
        r.string(u"title_zh"_s, Need::Required, TextRules::kName).value_or(QString());
    const QString titleEn =
        r.string(u"title_en"_s, Need::Required, TextRules::kName).value_or(QString());

    QList<Item> items;
    QSet<QString> itemCodes;
    const QStringList severities = {u"minor"_s, u"major"_s, u"critical"_s};
    r.forEachObject(u"items"_s, Need::Required, [&](JsonObjectReader &ir) {
        Item item;
        item.code = checkedCode(ir, u"checklist item"_s).value_or(QString());
        if (!item.code.isEmpty() && itemCodes.contains(item.code))
            ir.issue(u"code"_s, u"item %1 appears twice in this template"_s.arg(item.code));
        itemCodes.insert(item.code);
        item.severity =
            ir.string(u"severity"_s, Need::Required, TextRules::kWord).value_or(QString());
        if (!item.severity.isEmpty() && !severities.contains(item.severity))
            ir.issue(u"severity"_s, oneOfIssue(severities, item.severity));
        item.textZh =
            ir.string(u"text_zh"_s, Need::Required, TextRules::kParagraph).value_or(QString());
        item.textEn =
            ir.string(u"text_en"_s, Need::Required, TextRules::kParagraph).value_or(QString());
        ir.finish();
        items.append(item);
    });
    r.finish();
    if (report.issueCount() > issuesBefore)
        return;

    const int newVersion = static_cast<int>(version.value_or(1));
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(
        QJsonDocument(r.object()).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
                                                 .toHex());
    auto find = m_db.cached(
        u"SELECT id, version, ifnull(content_hash, '') FROM checklist_template WHERE code = ?"_s);
    find.bind(1, code);
    const bool exists = find.step();
    QString templateId = exists ? find.text(0) : m_ids.next();
    const int storedVersion = exists ? find.integer(1) : 0;
    const QString storedHash = exists ? find.text(2) : QString();
    find.reset();
    auto &templates = report.table(u"checklist_template"_s);
    if (exists) {
        if (newVersion == storedVersion && hash == storedHash) {
            ++templates.unchanged;
            return;
        }
        if (newVersion <= storedVersion) {
            r.issue(u"version"_s,
                newVersion < storedVersion
                    ? u"template %1 is at version %2 already; version %3 is older"_s.arg(code)
                          .arg(storedVersion)
                          .arg(newVersion)
                    : u"template %1 version %2 is already imported with other content; a changed "
                      u"template needs a higher version"_s.arg(code)
                          .arg(storedVersion));
            return;
        }
    }
    m_db.cached(u"INSERT INTO checklist_template (id, code, phase, industry_code, title_zh,"
                u" title_en, version, content_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                u" ON CONFLICT (id) DO UPDATE SET phase = excluded.phase,"
                u" industry_code = excluded.industry_code, title_zh = excluded.title_zh,"
                u" title_en = excluded.title_en, version = excluded.version,"
                u" content_hash = excluded.content_hash"_s)
        .bind(1, templateId)
        .bind(2, code)
        .bind(3, phase)
        .bind(4, industry.value_or(QString()))
        .bind(5, titleZh)
        .bind(6, titleEn)
        .bind(7, newVersion)
        .bind(8, hash)
        .exec();
    ++(exists ? templates.updated : templates.inserted);

    QHash<QString, QString> existing; // item code → id
    {
        auto stmt = m_db.cached(u"SELECT code, id FROM checklist_item WHERE template_id = ?"_s);
        stmt.bind(1, templateId);
        while (stmt.step())
            existing.insert(stmt.text(0), stmt.text(1));
    }
    auto &itemCounts = report.table(u"checklist_item"_s);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items[i];
        const QString itemId = existing.take(item.code);
        const int changed =
            m_db.cached(u"INSERT INTO checklist_item (id, template_id, ordinal, code, severity,"
                        u" text_zh, text_en) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                        u" ON CONFLICT (id) DO UPDATE SET ordinal = excluded.ordinal,"
                        u" severity = excluded.severity, text_zh = excluded.text_zh,"
                        u" text_en = excluded.text_en WHERE ordinal IS NOT excluded.ordinal"
                        u" OR severity IS NOT excluded.severity OR text_zh IS NOT excluded.text_zh"
                        u" OR text_en IS NOT excluded.text_en"_s)
                .bind(1, itemId.isEmpty() ? m_ids.next() : itemId)
                .bind(2, templateId)
                .bind(3, static_cast<int>(i + 1))
                .bind(4, item.code)
                .bind(5, item.severity)
                .bind(6, item.textZh)
                .bind(7, item.textEn)
                .exec();
        if (itemId.isEmpty())
            ++itemCounts.inserted;
        else
            ++(changed > 0 ? itemCounts.updated : itemCounts.unchanged);
    }
    // Answers recorded on site point at items; an answered item cannot silently disappear.
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        auto answered = m_db.cached(u"SELECT count(*) FROM checklist_answer WHERE item_id = ?"_s);
        answered.bind(1, it.value());
        const bool hasAnswers = answered.step() && answered.int64(0) > 0;
        answered.reset();
        if (hasAnswers) {
            r.issue(u"items"_s,
                u"item %1 of template %2 has answers recorded; a new version must keep it"_s.arg(
                    it.key(), code));
            continue;
        }
        m_db.cached(u"DELETE FROM checklist_item WHERE id = ?"_s).bind(1, it.value()).exec();
        ++itemCounts.deleted;
    }
}

} // namespace outfall::importer
