#pragma once

#include "domain/uuidv7.h"
#include "importer/importreport.h"
#include "importer/importrun.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

namespace outfall::store {
class Database;
}

namespace outfall::importer {

class JsonObjectReader;

// Imports checklist templates (JSON, docs/formats.md "Checklists"). A template is identified by
// its code: the same version and content changes nothing; a higher version replaces its terms
// and items, keeping an item's id while its code stays (answers point at items); a lower
// version, or the same version with other content, is an error. All or nothing.
//
// A checklist file is a single small JSON document, read whole; JSON paths locate issues
// (QJsonDocument keeps no line numbers for values), so issues carry no line unless the JSON
// itself is malformed.
class ChecklistImporter
{
public:
    explicit ChecklistImporter(store::Database &db);

    ImportReport importFile(const QString &path, const ImportRun::ProgressSink &progress = {});

private:
    struct Template;
    struct Stored;

    // Reads a template, then writes it and its items when it is new or a higher version.
    void importTemplate(JsonObjectReader &r, ImportReport &report);
    static Template readTemplate(JsonObjectReader &r);
    std::optional<Stored> storedTemplate(const QString &code);
    // Whether tpl replaces the stored one (a higher version); counts it unchanged, or
    // reports an older version or changed content under the same version.
    static bool replaces(JsonObjectReader &r, const Template &tpl, const Stored &stored,
        ImportReport::Counts &templates);
    void writeTemplate(const Template &tpl, const QString &templateId);
    void writeItems(JsonObjectReader &r, const Template &tpl, const QString &templateId,
        ImportReport::Counts &itemCounts);
    void deleteDroppedItems(JsonObjectReader &r, const QString &templateCode,
        const QHash<QString, QString> &dropped, ImportReport::Counts &itemCounts);

    store::Database &m_db;
    domain::UuidV7Generator m_ids;
};

} // namespace outfall::importer
