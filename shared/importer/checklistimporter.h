#pragma once

#include "domain/uuidv7.h"
#include "importer/importreport.h"

#include <QJsonObject>

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

    ImportReport importFile(const QString &path);

private:
    void importTemplate(JsonObjectReader &r, ImportReport &report);

    store::Database &m_db;
    domain::UuidV7Generator m_ids;
};

} // namespace outfall::importer
