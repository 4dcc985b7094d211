#pragma once

#include <QByteArray>
#include <QString>

namespace outfall::mobile {

// What a photo file is, decided by its bytes, never by its name: a JPEG or PNG that decodes
// (QImageReader reads the header, then the picture at a small scale). Its MIME type
// ("image/jpeg" / "image/png"); throws ActionRefused naming the file and what is wrong (not
// an image, another format, no size, too many pixels, does not decode). The bytes are only
// read: the original is kept as it is.
QString photoContentMime(const QByteArray &bytes, const QString &sourcePath);

// The most pixels a photo may have (a 108-megapixel phone camera fits; a decompression bomb
// declaring 100 000 × 100 000 does not).
inline constexpr qint64 kMaxPhotoPixels = 200'000'000;

} // namespace outfall::mobile
