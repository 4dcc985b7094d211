// Fuzzes the staff importer (outfall-server import ... staff FILE) end to end: the file is
// imported into an empty store.
#include "fuzzsupport.h"
#include "importer/staffimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const fuzzsupport::StoreTemplate store(false);
    fuzzsupport::importOnce<outfall::importer::StaffImporter>(store, data, size, ".csv");
    return 0;
}
