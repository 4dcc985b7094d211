// Evidence gallery and Flags: photos newest first with the display copy preferred over the
// original, SHA-256 prefix and upload state; open flags only, most severe first, the message
// in the UI language, the subject as far as known.
#include "core/evidencegallery.h"
#include "core/openflags.h"
#include "dayfixture.h"
#include "models/lists/flaglistmodel.h"
#include "models/lists/photogallerymodel.h"
#include "models/session/appsession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace outfall;
using models::FlagListModel;
using models::PhotoGalleryModel;

class TestEvidenceModels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<models::AppSession> m_session;

private Q_SLOTS:
    void initTestCase() { m_session = daytest::openAppSession(m_dir); }

    void photosNewestFirstWithTheirState()
    {
        PhotoGalleryModel model(m_session.get());
        model.setLanguage(u"zh_CN"_s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.pendingCount(), 1);
        const QModelIndex newest = model.index(0);
        QCOMPARE(model.data(newest, PhotoGalleryModel::PhotoIdRole).toString(), u"ph1"_s);
        QCOMPARE(model.data(newest, PhotoGalleryModel::UploadedRole).toBool(), false);
        QCOMPARE(model.data(newest, PhotoGalleryModel::UploadStateTextRole).toString(),
            u"Waiting to upload"_s);
        QCOMPARE(model.data(newest, PhotoGalleryModel::PermitNumberRole).toString(),
            u"91440300MA5D8G6X2R001P"_s);
        // ph1 has a display copy: the thumbnail comes from it.
        const QString display =
            model.data(newest, PhotoGalleryModel::ImageUrlRole).toUrl().toLocalFile();
        QVERIFY2(display.contains(u"/photos/display/"_s), qPrintable(display));
        const QString sha = QFileInfo(display).baseName();
        QCOMPARE(sha.size(), 64);
        QCOMPARE(model.data(newest, PhotoGalleryModel::ShaPrefixRole).toString(), sha.left(12));
        // What the full-screen view shows: the caption, the whole hash, where it was taken.
        QCOMPARE(model.data(newest, PhotoGalleryModel::CaptionRole).toString(), u"stack 1"_s);
        QCOMPARE(model.data(newest, PhotoGalleryModel::Sha256Role).toString(), sha);
        QCOMPARE(model.data(newest, PhotoGalleryModel::PositionTextRole).toString(),
            u"No position fix when it was taken"_s);
        m_session->database().exec(
            u"UPDATE photo SET lat = 22.5055, lon = 113.9205, accuracy_m = 4.6 WHERE id = 'ph1'"_s);
        model.reload();
        QCOMPARE(model.data(model.index(0), PhotoGalleryModel::PositionTextRole).toString(),
            u"22.50550, 113.92050 ±5 m"_s);
        // Imported from a file: its own EXIF time and position, never shown as taken on import.
        m_session->database().exec(
            u"UPDATE photo SET imported = 1, accuracy_m = NULL,"
            u" exif_taken_at = '2026-11-30T10:15:42+08:00' WHERE id = 'ph1'"_s);
        model.reload();
        QCOMPARE(model.data(model.index(0), PhotoGalleryModel::PositionTextRole).toString(),
            u"22.50550, 113.92050 (from the file)"_s);
        QString when = model.data(model.index(0), PhotoGalleryModel::TakenAtTextRole).toString();
        QVERIFY2(when.startsWith(u"Imported "_s)
                && when.endsWith(u"; taken 2026-11-30 10:15:42 +08:00"_s),
            qPrintable(when));
        m_session->database().exec(
            u"UPDATE photo SET lat = NULL, lon = NULL, exif_taken_at = NULL WHERE id = 'ph1'"_s);
        model.reload();
        when = model.data(model.index(0), PhotoGalleryModel::TakenAtTextRole).toString();
        QVERIFY2(when.endsWith(u"; time taken unknown"_s), qPrintable(when));
        QCOMPARE(model.data(model.index(0), PhotoGalleryModel::PositionTextRole).toString(),
            u"No position in the file"_s);
        m_session->database().exec(u"UPDATE photo SET imported = NULL WHERE id = 'ph1'"_s);
        model.reload();

        const QModelIndex older = model.index(1);
        QCOMPARE(model.data(older, PhotoGalleryModel::UploadedRole).toBool(), true);
        QCOMPARE(model.data(older, PhotoGalleryModel::UploadStateTextRole).toString(),
            u"On the server"_s);
        const QString original =
            model.data(older, PhotoGalleryModel::ImageUrlRole).toUrl().toLocalFile();
        // The original itself (named by its hash), not a display copy.
        QVERIFY2(original.contains(u"/photos/"_s) && !original.contains(u"/display/"_s),
            qPrintable(original));
        QVERIFY(QFileInfo::exists(original));

        // The enterprise in the UI language: the registered name in Chinese, name_en in English,
        // and the Chinese name in English too when the reference data has no English one.
        QCOMPARE(model.data(newest, PhotoGalleryModel::EnterpriseNameRole).toString(),
            u"深圳南山热电有限公司"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLanguage(u"en"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(newest, PhotoGalleryModel::EnterpriseNameRole).toString(),
            u"Nanshan Thermal Power"_s);
        m_session->database().exec(u"UPDATE enterprise SET name_en = NULL WHERE id = 'e1'"_s);
        model.reload();
        QCOMPARE(model.data(newest, PhotoGalleryModel::EnterpriseNameRole).toString(),
            u"深圳南山热电有限公司"_s);
        m_session->database().exec(
            u"UPDATE enterprise SET name_en = 'Nanshan Thermal Power' WHERE id = 'e1'"_s);
    }

    void aMissingOriginalIsSaid()
    {
        const auto photos =
            mobile::EvidenceGallery(m_session->database(), m_session->session().photos().dir())
                .photos();
        const QString original = photos.at(1).imagePath;
        const QString moved = original + u".moved"_s;
        QVERIFY(QFile::rename(original, moved));
        PhotoGalleryModel model(m_session.get());
        QCOMPARE(model.data(model.index(1), PhotoGalleryModel::ImageUrlRole).toUrl(), QUrl());
        QCOMPARE(model.data(model.index(1), PhotoGalleryModel::UploadStateTextRole).toString(),
            u"Original missing on this tablet"_s);
        QVERIFY(QFile::rename(moved, original));
    }

    // Issue 11: each flag with its computation, the photos it rests on, and whose verdict it
    // is; the JSON the server stores is read back whatever its shape, never thrown on.
    void aFlagShowsItsComputationEvidenceAndVerdict()
    {
        m_session->database().exec(uR"(
            UPDATE flag SET compared = '{"inputs": [{"name": "field value", "value": 52.4,
                "unit": "mg/Nm3", "source": "measurement m1"}, {"name": "limit", "value": "35",
                "unit": "mg/Nm3"}], "steps": ["52.4 > 35", "(52.4 - 35) / 35 = 49.7 %"]}',
                evidence = '[{"kind": "measurement", "id": "m1"}, {"kind": "photo", "id": "ph1"},
                             {"kind": "photo", "id": "not-on-this-tablet"}]',
                status = 'acknowledged'
            WHERE id = 'f1')"_s);
        FlagListModel model(m_session.get());
        QVERIFY(loaded(model));
        model.setLanguage(u"en"_s);
        QModelIndex f1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.data(model.index(row), FlagListModel::FlagIdRole).toString() == u"f1")
                f1 = model.index(row);
        }
        QVERIFY(f1.isValid());
        QCOMPARE(f1.row(), 3); // acknowledged: after the open ones and the newer closed f4
        QCOMPARE(model.data(f1, FlagListModel::InputsTextRole).toString(),
            u"field value 52.4 mg/Nm3 · limit 35 mg/Nm3"_s);
        QCOMPARE(model.data(f1, FlagListModel::StepsTextRole).toString(),
            u"52.4 > 35\n(52.4 - 35) / 35 = 49.7 %"_s);
        const QVariantList urls = model.data(f1, FlagListModel::EvidenceUrlsRole).toList();
        QCOMPARE(urls.size(), 1); // the photo this tablet holds, not the other one
        QVERIFY(QFileInfo::exists(urls.first().toUrl().toLocalFile()));
        QCOMPARE(model.data(f1, FlagListModel::StateTextRole).toString(),
            u"Acknowledged by a supervisor"_s);
        QCOMPARE(model.data(f1, FlagListModel::ProvisionalRole).toBool(), false);
        QCOMPARE(
            model.data(f1, FlagListModel::VerdictTextRole).toString(), u"The server's verdict"_s);
        // That JSON predates bilingual computations: in Chinese it stays English.
        model.setLanguage(u"zh_CN"_s);
        QCOMPARE(model.data(f1, FlagListModel::InputsTextRole).toString(),
            u"field value 52.4 mg/Nm3 · limit 35 mg/Nm3"_s);
        QCOMPARE(model.data(f1, FlagListModel::StepsTextRole).toString(),
            u"52.4 > 35\n(52.4 - 35) / 35 = 49.7 %"_s);
        // One written with both languages shows the one in use.
        m_session->database().exec(uR"sql(
            UPDATE flag SET compared = '{"inputs": [{"name": "field value", "name_zh": "现场监测值",
                "value": 52.4, "unit": "mg/Nm3"}], "steps": ["52.4 > 35 (maximum)"],
                "steps_zh": ["52.4 > 35（上限）"]}'
            WHERE id = 'f1')sql"_s);
        FlagListModel bilingual(m_session.get());
        QVERIFY(loaded(bilingual)); // filled off the GUI thread
        bilingual.setLanguage(u"zh_CN"_s);
        bool seen = false;
        for (int row = 0; row < bilingual.rowCount(); ++row) {
            const QModelIndex index = bilingual.index(row);
            if (bilingual.data(index, FlagListModel::FlagIdRole).toString() != u"f1")
                continue;
            seen = true;
            QCOMPARE(bilingual.data(index, FlagListModel::InputsTextRole).toString(),
                u"现场监测值 52.4 mg/Nm3"_s);
            QCOMPARE(bilingual.data(index, FlagListModel::StepsTextRole).toString(),
                u"52.4 > 35（上限）"_s);
            bilingual.setLanguage(u"en"_s);
            QCOMPARE(bilingual.data(index, FlagListModel::StepsTextRole).toString(),
                u"52.4 > 35 (maximum)"_s);
        }
        QVERIFY(seen);

        // Broken or older JSON: what it holds, or nothing, never an exception.
        const auto legacy = mobile::FlagComputation::parse(
            u"{\"mean\": 52, \"limit\": 35}"_s, u"[\"m1\", \"ph1\"]"_s);
        QCOMPARE(legacy.inputsText(), u"limit 35 · mean 52"_s);
        QCOMPARE(legacy.evidenceIds(u"photo"_s), (QStringList {u"m1"_s, u"ph1"_s}));
        const auto broken = mobile::FlagComputation::parse(u"{not json"_s, u"]"_s);
        QVERIFY(broken.inputs.isEmpty() && broken.steps.isEmpty() && broken.evidence.isEmpty());

        m_session->database().exec(
            u"UPDATE flag SET compared = '{}', evidence = NULL, status = 'open' WHERE id = 'f1'"_s);
    }

    void openFlagsMostSevereFirst()
    {
        FlagListModel model(m_session.get());
        QVERIFY(loaded(model));
        model.setLanguage(u"en"_s);
        QCOMPARE(model.rowCount(), 4); // the closed one last, with its state
        QCOMPARE(model.data(model.index(0), FlagListModel::FlagIdRole).toString(), u"f1"_s);
        QCOMPARE(model.data(model.index(1), FlagListModel::FlagIdRole).toString(), u"f2"_s);
        QCOMPARE(model.data(model.index(2), FlagListModel::FlagIdRole).toString(), u"f3"_s);
        QCOMPARE(model.data(model.index(3), FlagListModel::FlagIdRole).toString(), u"f4"_s);
        QCOMPARE(
            model.data(model.index(3), FlagListModel::StateTextRole).toString(), u"Resolved"_s);
        QCOMPARE(model.data(model.index(0), FlagListModel::StateTextRole).toString(), u"Open"_s);
        QCOMPARE(
            model.data(model.index(0), FlagListModel::SeverityTextRole).toString(), u"Violation"_s);
        QCOMPARE(model.data(model.index(0), FlagListModel::SubjectTextRole).toString(),
            u"outlet DA001 · SO2 · 2026-09-14"_s);
        QCOMPARE(
            model.data(model.index(1), FlagListModel::SubjectTextRole).toString(), u"2026-Q3"_s);
        QVERIFY(model.data(model.index(0), FlagListModel::MessageRole)
                    .toString()
                    .startsWith(u"SO2 daily"_s));
        // In English: name_en where the enterprise has one.
        QCOMPARE(model.data(model.index(0), FlagListModel::EnterpriseNameRole).toString(),
            u"Nanshan Thermal Power"_s);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLanguage(u"zh_CN"_s);
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.first()[2].value<QList<int>>().isEmpty()); // every role: names, words
        QVERIFY(model.data(model.index(0), FlagListModel::MessageRole)
                    .toString()
                    .startsWith(u"二氧化硫"_s));
        QCOMPARE(model.data(model.index(0), FlagListModel::EnterpriseNameRole).toString(),
            u"深圳南山热电有限公司"_s);
    }

    // The provisional flags run the rules over every permit on the tablet: computed on a
    // worker thread, so constructing or reloading the model returns at once and the page
    // stays responsive; the rows arrive through the event loop.
    void flagsFillAsynchronously()
    {
        FlagListModel model(m_session.get());
        QVERIFY(model.loading());
        QCOMPARE(model.rowCount(), 0); // nothing computed on the GUI thread
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(loaded(model));
        QCOMPARE(reset.count(), 1);
        QVERIFY(!model.loading());
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.lastError().isEmpty());

        // Reloading keeps the rows shown until the new ones are in; a reload while one runs
        // computes once more afterwards (a change made meanwhile is not lost).
        model.reload();
        QVERIFY(model.loading());
        QCOMPARE(model.rowCount(), 4); // the previous rows stay until the new ones are in
        model.reload();
        QVERIFY(loaded(model));
        QTRY_VERIFY(!model.loading());
        QCOMPARE(model.rowCount(), 4);
    }

private:
    static bool loaded(FlagListModel &model)
    {
        if (!model.loading())
            return true;
        QSignalSpy done(&model, &FlagListModel::loaded);
        return done.wait(10000);
    }
};

QTEST_MAIN(TestEvidenceModels)
#include "tst_evidencemodels.moc"
