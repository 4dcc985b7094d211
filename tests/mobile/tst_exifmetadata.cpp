// ExifMetadata: an imported picture's own time and GPS position, read from its EXIF block in
// either byte order; a JPEG without EXIF, a PNG, and every kind of broken block (offsets past
// the end, an absurd entry count, a truncated block, a segment longer than the file, nonsense
// values) give no time or position, say what was wrong, and never read outside the bytes.
#include "core/exifmetadata.h"
#include "exifjpeg.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall::mobile;
using namespace exiftest;

namespace {

// The block with a 32-bit value written at `at` in its (little-endian) byte order.
QByteArray patched32(QByteArray tiff, int at, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        tiff[at + i] = char(value >> (8 * i));
    return tiff;
}

QByteArray patched16(QByteArray tiff, int at, quint16 value)
{
    tiff[at] = char(value & 0xFF);
    tiff[at + 1] = char(value >> 8);
    return tiff;
}

} // namespace

class TestExifMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTimeAndPosition()
    {
        const ExifMetadata exif = ExifMetadata::fromJpeg(withExif(plainJpeg(), exifTiff({})));
        QCOMPARE(exif.problem, QString());
        QCOMPARE(exif.takenAt, u"2026-11-30T10:15:42+08:00"_s);
        QVERIFY(exif.hasPosition());
        QVERIFY(qAbs(*exif.lat - 22.5131) < 1e-6);
        QVERIFY(qAbs(*exif.lon - 113.902) < 1e-6);
        QVERIFY(!exif.accuracyM);
    }

    void readsBigEndianSouthWestWithoutAZone()
    {
        ExifFields fields;
        fields.bigEndian = true;
        fields.offsetTimeOriginal.clear();
        fields.lat = -33.4489;
        fields.lon = -70.6693;
        fields.accuracyM = 12.5;
        const ExifMetadata exif = ExifMetadata::fromJpeg(withExif(plainJpeg(), exifTiff(fields)));
        QCOMPARE(exif.problem, QString());
        // No offset in EXIF: the time stays as the camera wrote it, zone unknown.
        QCOMPARE(exif.takenAt, u"2026-11-30T10:15:42"_s);
        QVERIFY(qAbs(*exif.lat + 33.4489) < 1e-6);
        QVERIFY(qAbs(*exif.lon + 70.6693) < 1e-6);
        QCOMPARE(exif.accuracyM, std::optional(12.5));
    }

    void noExifIsNoTimeAndNoPosition()
    {
        for (const QByteArray &bytes :
            {plainJpeg(), QByteArray("\x89PNG\r\n\x1a\n", 8), QByteArray(), QByteArray("\xFF")}) {
            const ExifMetadata exif = ExifMetadata::fromJpeg(bytes);
            QVERIFY(exif.takenAt.isEmpty());
            QVERIFY(!exif.hasPosition());
            QCOMPARE(exif.problem, QString());
        }
        QVERIFY(ExifMetadata::fromFile(u"/nonexistent/picture.jpg"_s).takenAt.isEmpty());
    }

    void brokenBlocksAreReadSafely_data()
    {
        QTest::addColumn<QByteArray>("jpeg");
        QTest::addColumn<QString>("takenAt");
        QTest::addColumn<bool>("position");
        const QByteArray tiff = exifTiff({});
        const QByteArray jpeg = plainJpeg();
        const QString time = u"2026-11-30T10:15:42+08:00"_s;
        QTest::newRow("IFD0 beyond the block")
            << withExif(jpeg, patched32(tiff, 4, 0xFFFFFFF0)) << QString() << false;
        QTest::newRow("IFD0 offset overflowing")
            << withExif(jpeg, patched32(tiff, 4, 0x7FFFFFFF)) << QString() << false;
        QTest::newRow("EXIF IFD with 65535 entries")
            << withExif(jpeg, patched16(tiff, 38, 0xFFFF)) << QString() << true;
        QTest::newRow("GPS IFD pointer beyond the block")
            << withExif(jpeg, patched32(tiff, 22 + 8, 5000)) << time << false;
        QTest::newRow("latitude value beyond the block")
            << withExif(jpeg, patched32(tiff, 70 + 12 + 8, 0xFFFFFFF8)) << time << false;
        QTest::newRow("date count of 4 billion")
            << withExif(jpeg, patched32(tiff, 40 + 4, 0xFFFFFFFF)) << QString() << true;
        QTest::newRow("truncated block") << withExif(jpeg, tiff.left(60)) << QString() << false;
        QTest::newRow("no byte order mark")
            << withExif(jpeg, QByteArray("XX") + tiff.mid(2)) << QString() << false;
        ExifFields zero;
        zero.dateTimeOriginal = "0000:00:00 00:00:00";
        QTest::newRow("unknown date") << withExif(jpeg, exifTiff(zero)) << QString() << true;
        ExifFields far;
        far.lat = 95;
        QTest::newRow("latitude of 95 degrees") << withExif(jpeg, exifTiff(far)) << time << false;
        // Latitude's minutes denominator (the second rational of the first value block).
        const int latitudeAt = 136 + 20 + 8;
        QTest::newRow("zero denominator")
            << withExif(jpeg, patched32(tiff, latitudeAt + 12, 0)) << time << false;
        QByteArray longSegment = withExif(jpeg, tiff);
        longSegment[4] = char(0xFF); // APP1 length high byte: 65 000 bytes, past the file
        QTest::newRow("segment longer than the file") << longSegment << QString() << false;
    }

    void brokenBlocksAreReadSafely()
    {
        QFETCH(QByteArray, jpeg);
        QFETCH(QString, takenAt);
        QFETCH(bool, position);
        const ExifMetadata exif = ExifMetadata::fromJpeg(jpeg);
        QCOMPARE(exif.takenAt, takenAt);
        QCOMPARE(exif.hasPosition(), position);
        QVERIFY2(!exif.problem.isEmpty(), "a broken block says what was wrong");
    }

    // Random damage anywhere in the block: never a read outside it (the sanitizer builds
    // catch one), and what is read is within range.
    void randomDamageNeverReadsOutside()
    {
        const QByteArray jpeg = plainJpeg({32, 24});
        const QByteArray tiff = exifTiff({});
        QRandomGenerator random(9);
        for (int round = 0; round < 3000; ++round) {
            QByteArray damaged = tiff;
            for (int i = 0, n = random.bounded(1, 8); i < n; ++i)
                damaged[random.bounded(int(damaged.size()))] = char(random.bounded(256));
            if (round % 7 == 0)
                damaged.truncate(random.bounded(int(damaged.size())));
            const ExifMetadata exif = ExifMetadata::fromJpeg(withExif(jpeg, damaged));
            if (exif.hasPosition()) {
                QVERIFY(qAbs(*exif.lat) <= 90);
                QVERIFY(qAbs(*exif.lon) <= 180);
            }
            QVERIFY(exif.takenAt.isEmpty() || exif.takenAt.size() >= 19);
        }
    }
};

QTEST_GUILESS_MAIN(TestExifMetadata)
#include "tst_exifmetadata.moc"
