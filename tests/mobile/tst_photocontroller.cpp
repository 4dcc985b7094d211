// PhotoController: a photo's original is kept byte for byte under its SHA-256, and a display
// copy of the configured size is stamped into PROFILE/photos/display/: a camera capture with
// this time and position, a picture imported from a file with its own EXIF time and position
// ("Imported, taken ..." / "Imported, time unknown"), never the device's here and now; a
// non-image is refused; without a camera capture() says so.
#include "appinspectionfixture.h"
#include "core/preferences.h"
#include "exifjpeg.h"
#include "models/controllers/dialogopener.h"
#include "models/controllers/photocontroller.h"
#include "models/controllers/positioncontroller.h"
#include "models/painted/photostamp.h"

#include <QCryptographicHash>
#include <QFile>
#include <QGeoPositionInfo>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall::models;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A camera-sized picture: a light gradient (the stamp's dark band stands out on it).
QString writePhoto(const QString &path, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, size.width(), size.height());
    gradient.setColorAt(0, QColor(250, 250, 200));
    gradient.setColorAt(1, QColor(200, 230, 250));
    painter.fillRect(image.rect(), gradient);
    painter.end();
    image.save(path, "JPG", 90);
    return path;
}

// A fix ±7 m at the point.
void placeAt(PositionController &position, double lat, double lon)
{
    QGeoPositionInfo fix(QGeoCoordinate(lat, lon), QDateTime::currentDateTimeUtc());
    fix.setAttribute(QGeoPositionInfo::HorizontalAccuracy, 7);
    position.setPosition(fix);
}

} // namespace

class TestPhotoController : public QObject
{
    Q_OBJECT

    AppInspectionFixture m_fixture;

private Q_SLOTS:
    void init() { m_fixture.open(); }

    void keepsTheOriginalAndStampsADisplayCopy()
    {
        QVERIFY(m_fixture.app->session().preferences().setPhotoUploadMaxEdgePx(1280));
        const QString source = writePhoto(m_fixture.dir.filePath(u"IMG_0001.jpg"_s), {4000, 3000});
        const QByteArray sourceBytes = readAll(source);
        const QString sha256 = QString::fromLatin1(
            QCryptographicHash::hash(sourceBytes, QCryptographicHash::Sha256).toHex());

        PositionController position(nullptr);
        placeAt(position, 22.5131, 113.902);
        PhotoController photos(m_fixture.app.get());
        photos.setPosition(&position);
        photos.setInspectionId(m_fixture.startInspection());
        QVERIFY(photos.subjects().startsWith(u"K01"_s));
        QVERIFY(photos.subjects().contains(u"DA001"_s));
        photos.setSubject(u"K02"_s);
        photos.setCaption(u"CEMS shelter"_s);
        QVERIFY2(photos.recordCapture(source), qPrintable(photos.lastError()));

        // The original: the same bytes, named by their hash; the source is untouched.
        const QString kept = m_fixture.app->profileDir() + u"/photos/"_s + sha256;
        QCOMPARE(readAll(kept), sourceBytes);
        QCOMPARE(readAll(source), sourceBytes);
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM photo WHERE sha256 = '%1' AND subject ="
                                 u" 'K02' AND accuracy_m = 7 AND imported IS NULL"_s.arg(sha256)),
            1);

        // The display copy: longest edge 1280, stamped along the bottom.
        const QString display = PhotoController::displayPath(m_fixture.app->profileDir(), sha256);
        const QImage copy(display);
        QCOMPARE(copy.size(), QSize(1280, 960));
        QVERIFY(qGray(copy.pixel(5, 950)) < 120); // the dark band
        QVERIFY(qGray(copy.pixel(5, 5)) > 200); // the picture above it
        QCOMPARE(photos.photos().size(), 1);
        const QVariantMap shown = photos.photos().first().toMap();
        QCOMPARE(shown.value(u"displayUrl"_s).toUrl(), QUrl::fromLocalFile(display));
        QCOMPARE(shown.value(u"subject"_s).toString(), u"K02"_s);
        QCOMPARE(photos.caption(), QString()); // cleared for the next photo

        // Without its display copy (a photo recorded by outfall-device has none) the original
        // is shown, not an empty frame.
        QVERIFY(QFile::remove(display));
        const QString inspection = photos.inspectionId();
        photos.setInspectionId({});
        photos.setInspectionId(inspection);
        QCOMPARE(photos.photos().first().toMap().value(u"displayUrl"_s).toUrl(),
            QUrl::fromLocalFile(kept));
    }

    void stampNeverEnlargesAndCarriesTheLines()
    {
        QImage small(800, 600, QImage::Format_RGB32);
        small.fill(Qt::white);
        const QImage stamped = PhotoStamp::render(small, 2048, {u"2026-11-02 09:30"_s, u"±7 m"_s});
        QCOMPARE(stamped.size(), QSize(800, 600));
        QVERIFY(qGray(stamped.pixel(2, 598)) < 120);
        QCOMPARE(qGray(stamped.pixel(2, 2)), 255);
        QCOMPARE(PhotoStamp::render(small, 400, {}).size(), QSize(400, 300));
    }

    void refusesWhatIsNotAPhoto()
    {
        PhotoController photos(m_fixture.app.get());
        photos.setInspectionId(m_fixture.startInspection());
        QFile text(m_fixture.dir.filePath(u"notes.txt"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a picture");
        text.close();
        QVERIFY(!photos.importFile(text.fileName()));
        QVERIFY(photos.lastError().contains(u"not an image"_s));
        QVERIFY(!photos.importFile(m_fixture.dir.filePath(u"missing.jpg"_s)));
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM photo"_s), 0);
        if (!photos.cameraAvailable()) {
            QVERIFY(!photos.capture());
            QVERIFY(photos.lastError().contains(u"no camera"_s));
            QObject videoOutput;
            QVERIFY(!photos.startPreview(&videoOutput)); // no preview without a camera
        }
    }

    void aPhotoFarFromTheSiteIsKeptOnlyWhenConfirmed()
    {
        // 46 km from the site (issue 9): asked, not recorded; kept, marked far, once confirmed.
        PositionController position(nullptr);
        placeAt(position, 22.93, 113.902);
        PhotoController photos(m_fixture.app.get());
        photos.setPosition(&position);
        photos.setInspectionId(m_fixture.startInspection());
        const QString source = writePhoto(m_fixture.dir.filePath(u"far.jpg"_s), {400, 300});
        QVERIFY(!photos.recordCapture(source));
        QVERIFY(photos.lastError().isEmpty()); // a question, not an error
        QVERIFY2(photos.farConfirmation().contains(u"the photo's position is 46."_s),
            qPrintable(photos.farConfirmation()));
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM photo"_s), 0);
        photos.cancelFar();
        QVERIFY(!photos.confirmFar());
        QVERIFY(!photos.recordCapture(source));
        QVERIFY2(photos.confirmFar(), qPrintable(photos.lastError()));
        QVERIFY(photos.farConfirmation().isEmpty());
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM photo WHERE far_from_site = 1"
                                 u" AND site_distance_m > 46000"_s),
            1);
    }

    // Issue 9: a picture imported from a file was stamped as if taken here and now, with the
    // tablet's position. It keeps its own EXIF time and position, and the stamp says imported.
    void anImportedPictureIsNeverStampedAsTakenHereAndNow()
    {
        PositionController position(nullptr); // the tablet is somewhere else entirely
        placeAt(position, 22.93, 113.902);
        PhotoController photos(m_fixture.app.get());
        photos.setPosition(&position);
        photos.setInspectionId(m_fixture.startInspection());
        photos.setSubject(u"DA001"_s);
        QFile withExif(m_fixture.dir.filePath(u"DSC_0042.jpg"_s));
        QVERIFY(withExif.open(QIODevice::WriteOnly));
        withExif.write(exiftest::withExif(exiftest::plainJpeg({640, 480}), exiftest::exifTiff({})));
        withExif.close();
        QVERIFY2(photos.importFile(QUrl::fromLocalFile(withExif.fileName()).toString()),
            qPrintable(photos.lastError() + photos.farConfirmation()));
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM photo WHERE imported = 1 AND"
                                 u" exif_taken_at = '2026-11-30T10:15:42+08:00' AND"
                                 u" abs(lat - 22.5131) < 1e-6 AND far_from_site IS NULL"_s),
            1);

        // The stamp lines: its own time (with the zone EXIF gave) and position, said imported.
        outfall::mobile::ExifMetadata exif;
        exif.takenAt = u"2026-11-30T10:15:42+08:00"_s;
        exif.lat = 22.5131;
        exif.lon = 113.902;
        QStringList lines = photos.importedStampLines(exif, u"P-1"_s);
        QCOMPARE(lines.at(0), u"Imported, taken 2026-11-30 10:15:42 +08:00"_s);
        QCOMPARE(lines.at(1), u"22.513100, 113.902000 (from the file)"_s);
        lines = photos.importedStampLines({}, u"P-1"_s);
        QCOMPARE(lines.at(0), u"Imported, time unknown"_s);
        QCOMPARE(lines.at(1), u"No position in the file"_s);

        // Without EXIF: imported, no time, and not the tablet's position 46 km away.
        const QString plain = writePhoto(m_fixture.dir.filePath(u"scan.jpg"_s), {400, 300});
        QVERIFY2(photos.importFile(plain), qPrintable(photos.lastError()));
        QVERIFY(photos.farConfirmation().isEmpty());
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM photo WHERE imported = 1 AND"
                                 u" exif_taken_at IS NULL AND lat IS NULL"_s),
            1);
    }

    void replacingSupersedesAndKeepsTheOldPhoto()
    {
        PhotoController photos(m_fixture.app.get());
        photos.setInspectionId(m_fixture.startInspection());
        photos.setSubject(u"K01"_s);
        QVERIFY2(photos.importFile(writePhoto(m_fixture.dir.filePath(u"a.jpg"_s), {400, 300})),
            qPrintable(photos.lastError()));
        const QString first = photos.photos().first().toMap()[u"id"_s].toString();
        photos.setSubject(u"DA001"_s); // the form moved on since

        QVERIFY(!photos.beginReplace(u"no-such-photo"_s));
        QVERIFY(photos.lastError().contains(u"no-such-photo"_s));
        QVERIFY(photos.beginReplace(first));
        QCOMPARE(photos.replacingId(), first);
        QCOMPARE(photos.subject(), u"K01"_s); // the replaced photo's subject
        photos.setCaption(u"first one was blurred"_s);
        QVERIFY2(photos.importFile(writePhoto(m_fixture.dir.filePath(u"b.jpg"_s), {300, 400})),
            qPrintable(photos.lastError()));
        QVERIFY(photos.replacingId().isEmpty()); // the next photo is a new one

        QCOMPARE(
            m_fixture.count(u"SELECT count(*) FROM photo WHERE supersedes_id = '%1' AND"
                            u" subject = 'K01' AND caption = 'first one was blurred'"_s.arg(first)),
            1);
        QCOMPARE(photos.photos().size(), 2); // the replaced one is still listed
        QCOMPARE(photos.inForceCount(), 1);
        const QVariantMap old = photos.photos()[0].toMap();
        const QVariantMap replacement = photos.photos()[1].toMap();
        QCOMPARE(old[u"id"_s].toString(), first);
        QCOMPARE(old[u"superseded"_s].toBool(), true);
        QCOMPARE(replacement[u"superseded"_s].toBool(), false);
        QCOMPARE(replacement[u"replacement"_s].toBool(), true);
        QVERIFY(!photos.beginReplace(first)); // replace the newer one instead
        QVERIFY(photos.lastError().contains(u"already replaced"_s));
        QVERIFY(photos.beginReplace(replacement[u"id"_s].toString()));
        photos.cancelReplace();
        QVERIFY(photos.replacingId().isEmpty());
    }
    // Issue 9, defect 1: "Choose file…" crashed the app (exit 139) when a QML module its
    // dialog needs was missing. The dialog opener names the module and its Debian package
    // instead, from the QML engine's own error; with the modules installed it opens.
    void aMissingQmlModuleIsASentenceNotACrash()
    {
        QQmlEngine engine;
        QQmlComponent broken(&engine);
        broken.setData(
            "import Outfall.NoSuchModule\nimport QtQuick\nItem {}\n", QUrl(u"qrc:/broken.qml"_s));
        QVERIFY(broken.isError());
        QCOMPARE(DialogOpener::missingModule(broken.errorString()), u"Outfall.NoSuchModule"_s);
        QCOMPARE(DialogOpener::debianPackage(u"Qt.labs.folderlistmodel"_s),
            u"qml6-module-qt-labs-folderlistmodel"_s);
        QVERIFY(DialogOpener::missingModule(u"Type Foo unavailable"_s).isEmpty());

        QQmlComponent dialog(&engine);
        dialog.setData("import QtQuick.Dialogs\nFileDialog {}\n", QUrl(u"qrc:/dialog.qml"_s));
        std::unique_ptr<QObject> picker(dialog.create());
        QVERIFY2(picker, qPrintable(dialog.errorString()));
        QCOMPARE(DialogOpener::dialogType(picker.get()), u"FileDialog"_s);
        QCOMPARE(DialogOpener::problem(&engine, picker.get()), QString());
    }
};

QTEST_MAIN(TestPhotoController)
#include "tst_photocontroller.moc"
