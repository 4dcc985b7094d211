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

// One item of a template's "items"; codes holds the codes seen so far in the template.
Item readItem(JsonObjectReader &ir, QSet<QString> &codes)
{
    static const QStringList severities = {u"minor"_s, u"major"_s, u"critical"_s};
    Item item;
    item.code = checkedCode(ir, u"checklist item"_s).value_or(QString());
    if (!item.code.isEmpty() && codes.contains(item.code))
        ir.issue(u"code"_s, u"item %1 appears twice in this template"_s.arg(item.code));
    codes.insert(item.code);
    item.severity = ir.string(u"severity"_s, Need::Required, TextRules::kWord).value_or(QString());
    if (!item.severity.isEmpty() && !severities.contains(item.severity))
        ir.issue(u"severity"_s, oneOfIssue(severities, item.severity));
    item.textZh =
        ir.string(u"text_zh"_s, Need::Required, TextRules::kParagraph).value_or(QString());
    item.textEn =
        ir.string(u"text_en"_s, Need::Required, TextRules::kParagraph).value_or(QString());
    ir.finish();
    return item;
}

} // namespace

ChecklistImporter::ChecklistImporter(store::Database &db)
    : m_db(db)
{ }

ImportReport ChecklistImporter::importFile(
    const QString &path, const ImportRun::ProgressSink &progress)
{
    return ImportRun::execute(
        m_db, u"checklists"_s, path,
        [this](QIODevice &file, ImportReport &report) {
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
        },
        progress);
}

// A template as its file gives it, checked field by field.
struct ChecklistImporter::Template
{
    QString code;
    QString phase;
    std::optional<QString> industry;
    int version = 1;
    QString titleZh;
    QString titleEn;
    QList<Item> items;
    QString contentHash; // of the template's JSON: the same version must keep it
};

// The template of that code in the store.
struct ChecklistImporter::Stored
{
    QString id;
    int version = 0;
    QString contentHash;
};

void ChecklistImporter::importTemplate(JsonObjectReader &r, ImportReport &report)
{
    const qint64 issuesBefore = report.issueCount();
    const Template tpl = readTemplate(r);
    if (report.issueCount() > issuesBefore)
        return;
    const std::optional<Stored> stored = storedTemplate(tpl.code);
    auto &templates = report.table(u"checklist_template"_s);
    if (stored && !replaces(r, tpl, *stored, templates))
        return;
    const QString templateId = stored ? stored->id : m_ids.next();
    writeTemplate(tpl, templateId);
    ++(stored ? templates.updated : templates.inserted);
    writeItems(r, tpl, templateId, report.table(u"checklist_item"_s));
}

ChecklistImporter::Template ChecklistImporter::readTemplate(JsonObjectReader &r)
{
    Template tpl;
    tpl.code = checkedCode(r, u"template"_s).value_or(QString());
    const QStringList phases = {u"pre_issuance"_s, u"post_issuance"_s};
    tpl.phase = r.string(u"phase"_s, Need::Required, TextRules::kWord).value_or(QString());
    if (!tpl.phase.isEmpty() && !phases.contains(tpl.phase))
        r.issue(u"phase"_s, oneOfIssue(phases, tpl.phase));
    tpl.industry = r.string(u"industry_code"_s, Need::Optional, TextRules::kCode);
    static const QRegularExpression fourDigits(QRegularExpression::anchoredPattern(u"[0-9]{4}"_s));
    if (tpl.industry && !fourDigits.match(*tpl.industry).hasMatch())
        r.issue(u"industry_code"_s,
            u"%1 is not a 4-digit industry code (null: every industry)"_s.arg(
                quoted(*tpl.industry)));
    const auto version = r.integer(u"version"_s, Need::Optional);
    if (version && *version < 1)
        r.issue(u"version"_s, u"must be an integer ≥ 1, not %1"_s.arg(*version));
    tpl.version = static_cast<int>(version.value_or(1));
    tpl.titleZh = r.string(u"title_zh"_s, Need::Required, TextRules::kName).value_or(QString());
    tpl.titleEn = r.string(u"title_en"_s, Need::Required, TextRules::kName).value_or(QString());

    QSet<QString> itemCodes;
    r.forEachObject(u"items"_s, Need::Required,
        [&](JsonObjectReader &ir) { tpl.items.append(readItem(ir, itemCodes)); });
    r.finish();
    tpl.contentHash = QString::fromLatin1(QCryptographicHash::hash(
        QJsonDocument(r.object()).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
                                              .toHex());
    return tpl;
}

std::optional<ChecklistImporter::Stored> ChecklistImporter::storedTemplate(const QString &code)
{
    auto find = m_db.cached(
        u"SELECT id, version, ifnull(content_hash, '') FROM checklist_template WHERE code = ?"_s);
    find.bind(1, code);
    std::optional<Stored> stored;
    if (find.step())
        stored = Stored {find.text(0), find.integer(1), find.text(2)};
    find.reset();
    return stored;
}

bool ChecklistImporter::replaces(
    JsonObjectReader &r, const Template &tpl, const Stored &stored, ImportReport::Counts &templates)
{
    if (tpl.version == stored.version && tpl.contentHash == stored.contentHash) {
        ++templates.unchanged;
        return false;
    }
    if (tpl.version > stored.version)
        return true;
    r.issue(u"version"_s,
        tpl.version < stored.version
            ? u"template %1 is at version %2 already; version %3 is older"_s.arg(tpl.code)
                  .arg(stored.version)
                  .arg(tpl.version)
            : u"template %1 version %2 is already imported with other content; a changed "
              u"template needs a higher version"_s.arg(tpl.code)
                  .arg(stored.version));
    return false;
}

void ChecklistImporter::writeTemplate(const Template &tpl, const QString &templateId)
{
    m_db.cached(u"INSERT INTO checklist_template (id, code, phase, industry_code, title_zh,"
                u" title_en, version, content_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                u" ON CONFLICT (id) DO UPDATE SET phase = excluded.phase,"
                u" industry_code = excluded.industry_code, title_zh = excluded.title_zh,"
                u" title_en = excluded.title_en, version = excluded.version,"
                u" content_hash = excluded.content_hash"_s)
        .bind(1, templateId)
        .bind(2, tpl.code)
        .bind(3, tpl.phase)
        .bind(4, tpl.industry.value_or(QString()))
        .bind(5, tpl.titleZh)
        .bind(6, tpl.titleEn)
        .bind(7, tpl.version)
        .bind(8, tpl.contentHash)
        .exec();
}

void ChecklistImporter::writeItems(JsonObjectReader &r, const Template &tpl,
    const QString &templateId, ImportReport::Counts &itemCounts)
{
    QHash<QString, QString> existing; // item code → id
    {
        auto stmt = m_db.cached(u"SELECT code, id FROM checklist_item WHERE template_id = ?"_s);
        stmt.bind(1, templateId);
        while (stmt.step())
            existing.insert(stmt.text(0), stmt.text(1));
    }
    for (qsizetype i = 0; i < tpl.items.size(); ++i) {
        const Item &item = tpl.items[i];
        const QString itemId = existing.take(item.code);
        const int changed =
            m_db.cached(u"INSERT INTO checklist_item (id, template_id, ordinal, code, severity,"
                        u" text_zh, text_en) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                        u" ON CONFLICT (id) DO UPDATE SET ordinal = excluded.ordinal,"
                        u" severity = excluded.severity, text_zh = excluded.text_zh,"
                        u" text_en = excluded.text_en"
                        // The stored row named by its table: PostgreSQL finds a bare name
                        // ambiguous between it and excluded.
                        u" WHERE checklist_item.ordinal IS NOT excluded.ordinal"
                        u" OR checklist_item.severity IS NOT excluded.severity"
                        u" OR checklist_item.text_zh IS NOT excluded.text_zh"
                        u" OR checklist_item.text_en IS NOT excluded.text_en"_s)
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
    deleteDroppedItems(r, tpl.code, existing, itemCounts);
}

// Answers recorded on site point at items; an answered item cannot silently disappear.
void ChecklistImporter::deleteDroppedItems(JsonObjectReader &r, const QString &templateCode,
    const QHash<QString, QString> &dropped, ImportReport::Counts &itemCounts)
{
    for (auto it = dropped.cbegin(); it != dropped.cend(); ++it) {
        auto answered = m_db.cached(u"SELECT count(*) FROM checklist_answer WHERE item_id = ?"_s);
        answered.bind(1, it.value());
        const bool hasAnswers = answered.step() && answered.int64(0) > 0;
        answered.reset();
        if (hasAnswers) {
            r.issue(u"items"_s,
                u"item %1 of template %2 has answers recorded; a new version must keep it"_s.arg(
                    it.key(), templateCode));
            continue;
        }
        m_db.cached(u"DELETE FROM checklist_item WHERE id = ?"_s).bind(1, it.value()).exec();
        ++itemCounts.deleted;
    }
}

} // namespace outfall::importer
