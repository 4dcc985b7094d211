// Fuzzes the EXIF reader an imported photo goes through (mobile/core/exifmetadata.h): any
// bytes as the start of a JPEG file. It must never read outside them (the sanitizers catch
// one), and what it reports must be a real place and a well-formed time.
#include "core/exifmetadata.h"
#include "fuzzsupport.h"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto exif = outfall::mobile::ExifMetadata::fromJpeg(fuzzsupport::bytes(data, size));
    if (exif.lat && !(std::abs(*exif.lat) <= 90))
        std::abort();
    if (exif.lon && !(std::abs(*exif.lon) <= 180))
        std::abort();
    if (exif.accuracyM && !(*exif.accuracyM > 0 && *exif.accuracyM <= 100'000))
        std::abort();
    if (!exif.takenAt.isEmpty() && exif.takenAt.size() != 19 && exif.takenAt.size() != 25)
        std::abort();
    return 0;
}
