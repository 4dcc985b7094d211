// Fuzzes the reports importer (outfall-server import ... reports FILE) end to end: the file is
// imported into a store that already holds the test permits, so rows reach the checks that need
// one.
#include "fuzzsupport.h"
#include "importer/reportimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const fuzzsupport::StoreTemplate store(true);
    fuzzsupport::importOnce<outfall::importer::ReportImporter>(store, data, size, ".csv");
    return 0;
}
