// Fuzzes the checklists importer (outfall-server import ... checklists FILE) end to end: the file
// is imported into an empty store.
#include "fuzzsupport.h"
#include "importer/checklistimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const fuzzsupport::StoreTemplate store(false);
    fuzzsupport::importOnce<outfall::importer::ChecklistImporter>(store, data, size, ".json");
    return 0;
}
