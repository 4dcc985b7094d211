#include "core/photocontent.h"

#include "core/actionrefused.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outfall::mobile {

QString photoContentMime(const QByteArray &bytes, const QString &sourcePath)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true); // a buffer has no name; said for the reader
    const QByteArray format = reader.format();
    if (format.isEmpty())
        throw ActionRefused(Refusal::tr("%1 is not a JPEG or PNG photo: its content is not an"
                                        " image this device can read")
                                .arg(sourcePath));
    if (format != "jpeg" && format != "png")
        throw ActionRefused(Refusal::tr("%1 is a %2 image; a photo must be a JPEG or PNG")
                                .arg(sourcePath, QString::fromLatin1(format.toUpper())));
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        throw ActionRefused(
            Refusal::tr("%1 is not a usable photo: its %2 header states no picture size")
                .arg(sourcePath, QString::fromLatin1(format.toUpper())));
    if (qint64(size.width()) * size.height() > kMaxPhotoPixels)
        throw ActionRefused(Refusal::tr("%1 is %2 × %3 pixels, more than the %4 megapixels a"
                                        " photo may have")
                                .arg(sourcePath)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(kMaxPhotoPixels / 1'000'000));
    // Decode it, small (a JPEG decodes at 1/8 scale without the full picture in memory), so
    // a file with an image header and garbage after it is refused too.
    const double scale = std::min(1.0, 256.0 / std::max(size.width(), size.height()));
    reader.setScaledSize(
        QSize(std::max(1, int(size.width() * scale)), std::max(1, int(size.height() * scale))));
    if (reader.read().isNull())
        throw ActionRefused(
            Refusal::tr("%1 does not decode as a %2 photo: %3")
                .arg(sourcePath, QString::fromLatin1(format.toUpper()), reader.errorString()));
    return format == "jpeg" ? u"image/jpeg"_s : u"image/png"_s;
}

} // namespace outfall::mobile
