// Fuzzes the ECHO importer (outfall-server import ... echo FILE) end to end: either format
// (the header's case picks it), the \r\r\n line ends, every field check, the merging of
// repeated DMR values and the store writes. A refused file must leave the store as it was.
#include "fuzzsupport.h"
#include "importer/echoimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const fuzzsupport::StoreTemplate store(false);
    fuzzsupport::importOnce<outfall::importer::EchoImporter>(store, data, size, ".csv");
    return 0;
}
