// outfall-device, run as a process: each command's happy path with its --json output
// parsed, and the argument errors (exit 2) and refusals (exit 1) with their messages.
#include "core/devicesession.h"
#include "exifjpeg.h"
#include "inspectionfixture.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace inspectiontest;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

} // namespace

class TestDeviceCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_profile;
    int m_profiles = 0;

    Run run(const QStringList &arguments, const QString &profile = {})
    {
        QProcess process;
        process.start(QStringLiteral(OUTFALL_DEVICE_EXE),
            QStringList {u"--profile"_s, profile.isEmpty() ? m_profile : profile} + arguments);
        Run result;
        if (!process.waitForFinished(120'000))
            return result;
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    Run json(const QStringList &arguments) { return run(arguments + QStringList {u"--json"_s}); }

    QString writeJpeg(const QString &name)
    {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(QColor(0x33, 0x66, 0x99));
        const QString path = m_dir.filePath(name);
        return image.save(path, "JPG", 85) ? path : QString();
    }

    QString startInspection()
    {
        const Run r = json({u"inspect"_s, u"start"_s, kPermitNumber, u"--phase"_s, u"post"_s,
            u"--lat"_s, u"22.5125"_s, u"--lon"_s, u"113.9015"_s, u"--accuracy"_s, u"8"_s});
        return r.json().value(u"inspection_id"_s).toString();
    }

    // The production seen, the second inspector, both inspectors sign and the representative
    // refuses before a witness: everything signing closes.
    bool signBoth(const QString &id)
    {
        const Run production = json({u"inspect"_s, u"production"_s, id, u"running"_s});
        const Run team = json({u"inspect"_s, u"team"_s, id, u"--add"_s, u"I002"_s});
        const Run inspector = json(
            {u"inspect"_s, u"sign"_s, id, u"--role"_s, u"inspector"_s, u"--name"_s, u"张敏"_s});
        const Run second = json({u"inspect"_s, u"sign"_s, id, u"--role"_s, u"inspector"_s,
            u"--inspector"_s, u"I002"_s, u"--name"_s, u"林晓燕"_s});
        const Run representative = json({u"inspect"_s, u"sign"_s, id, u"--refused"_s, u"--name"_s,
            u"王伟"_s, u"--witness"_s, u"李娜"_s});
        // Signing again after a change: the second inspector is on the team already.
        const bool teamed = team.exitCode == 0
            || (team.exitCode == 1 && team.err.contains(u"already on this inspection's team"_s));
        return production.exitCode == 0 && teamed && inspector.exitCode == 0 && second.exitCode == 0
            && representative.exitCode == 0;
    }

private Q_SLOTS:
    void init()
    {
        // Reference data and the test identity go in before the process opens the profile.
        m_profile = m_dir.filePath(u"profile-%1"_s.arg(++m_profiles));
        outfall::mobile::DeviceSession session(m_profile);
        prepareDevice(session);
    }

    void statusAndPermits()
    {
        Run r = json({u"status"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonObject s = r.json();
        QCOMPARE(s.value(u"inspector_id"_s).toString(), kInspectorId);
        QCOMPARE(s.value(u"identity_source"_s).toString(), u"test"_s);
        QCOMPARE(s.value(u"pending_ops"_s).toInt(), 0);
        QCOMPARE(s.value(u"permits"_s).toInt(), 1);
        QVERIFY(s.value(u"last_sync_success_at"_s).isNull());

        r = json({u"permits"_s, u"--search"_s, u"南山"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray permits = r.json().value(u"permits"_s).toArray();
        QCOMPARE(permits.size(), 1);
        QCOMPARE(permits[0].toObject().value(u"number"_s).toString(), kPermitNumber);
        QCOMPARE(permits[0].toObject().value(u"outlets"_s).toInt(), 2);
        QCOMPARE(json({u"permits"_s, u"--search"_s, u"zzz"_s}).json().value(u"count"_s).toInt(), 0);

        r = run({u"status"_s});
        QVERIFY2(r.out.contains(u"inspector  "_s + kInspectorId), qPrintable(r.out));
    }

    // What the server refused and what can never be uploaded stay visible after the sync.
    void statusShowsRejectionsAndStuckPhotos()
    {
        {
            outfall::mobile::DeviceSession session(m_profile);
            session.database().exec(
                u"INSERT INTO sync_rejection (device_seq, entity, row_id, code, reason,"
                u" rejected_at) VALUES (1, 1, 'i1', 'NOT_ASSIGNED', 'inspection i1: inspector"
                u" x was not assigned permit p when it started', 0);"
                u" INSERT INTO photo_upload (sha256, byte_size) VALUES ('%1', 314572800)"_s.arg(
                    QString(64, u'b')));
        }
        const Run r = json({u"status"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject s = r.json();
        QCOMPARE(s.value(u"rejections"_s).toInt(), 1);
        QVERIFY(
            s.value(u"last_rejection"_s).toString().startsWith(u"NOT_ASSIGNED: inspection i1"_s));
        QCOMPARE(s.value(u"stuck_photos"_s).toInt(), 1);
        const Run text = run({u"status"_s});
        QVERIFY2(
            text.out.contains(u"rejected   1 ops refused by the server; latest: NOT_ASSIGNED"_s),
            qPrintable(text.out));
        QVERIFY2(text.out.contains(u"stuck      1 photos"_s), qPrintable(text.out));
    }

    // `inspect submit` refuses a non-compliant answer with neither a note nor a photo of the
    // item, naming the item; a photo whose subject is the item is enough.
    void findingWithoutANoteOrAPhotoIsNotSubmitted()
    {
        const QString id = startInspection();
        for (const QString &item : {u"K01"_s, u"K03"_s})
            QCOMPARE(json({u"inspect"_s, u"answer"_s, id, item, u"compliant"_s}).exitCode, 0);
        QCOMPARE(json({u"inspect"_s, u"answer"_s, id, u"K02"_s, u"non_compliant"_s}).exitCode, 0);
        QVERIFY(signBoth(id));

        Run r = json({u"inspect"_s, u"submit"_s, id});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(u"missing"_s).toArray().toVariantList(),
            QVariantList({u"note or photo for non-compliant item K02"_s}));
        QVERIFY2(r.err.contains(u"note or photo for non-compliant item K02"_s), qPrintable(r.err));
        const QJsonObject k02 =
            json({u"inspect"_s, u"show"_s, id}).json().value(u"items"_s).toArray().at(1).toObject();
        QCOMPARE(k02.value(u"code"_s).toString(), u"K02"_s);
        QCOMPARE(k02.value(u"needs_note_or_photo"_s).toBool(), true);

        // The photo of K02 comes after the signatures: it voids them, and both sign again.
        r = json({u"inspect"_s, u"photo"_s, id, writeJpeg(u"k02.jpg"_s), u"--subject"_s, u"K02"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(signBoth(id));
        r = json({u"inspect"_s, u"submit"_s, id});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(u"status"_s).toString(), u"submitted"_s);
    }

    // `inspect photo --imported`: the file's own EXIF time and position, marked imported; no
    // --lat/--lon may be given with it.
    void anImportedPhotoKeepsItsExifTimeAndPosition()
    {
        const QString id = startInspection();
        QFile file(m_dir.filePath(u"DSC_0001.jpg"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(exiftest::withExif(exiftest::plainJpeg(), exiftest::exifTiff({})));
        file.close();
        Run r = json({u"inspect"_s, u"photo"_s, id, file.fileName(), u"--imported"_s,
            u"--subject"_s, u"DA001"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(u"imported"_s).toBool(), true);
        QCOMPARE(r.json().value(u"exif_taken_at"_s).toString(), u"2026-11-30T10:15:42+08:00"_s);
        QVERIFY(qAbs(r.json().value(u"exif_lat"_s).toDouble() - 22.5131) < 1e-6);

        r = json({u"inspect"_s, u"photo"_s, id, writeJpeg(u"plain.jpg"_s), u"--imported"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json().value(u"exif_taken_at"_s).isNull());

        r = json({u"inspect"_s, u"photo"_s, id, file.fileName(), u"--imported"_s, u"--lat"_s,
            u"22.5"_s, u"--lon"_s, u"113.9"_s, u"--accuracy"_s, u"5"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"EXIF"_s), qPrintable(r.err));

        const QJsonArray photos =
            json({u"inspect"_s, u"show"_s, id}).json().value(u"photos"_s).toArray();
        QCOMPARE(photos.size(), 2);
        QCOMPARE(photos.at(0).toObject().value(u"imported"_s).toBool(), true);
        QCOMPARE(photos.at(0).toObject().value(u"exif_taken_at"_s).toString(),
            u"2026-11-30T10:15:42+08:00"_s);
        QVERIFY(photos.at(1).toObject().value(u"lat"_s).isNull());
    }

    void wholeInspection()
    {
        const QString id = startInspection();
        QVERIFY(!id.isEmpty());

        Run r = json({u"inspect"_s, u"answer"_s, id, u"K01"_s, u"compliant"_s});
        QCOMPARE(r.exitCode, 0);
        const QString first = r.json().value(u"answer_id"_s).toString();
        r = json({u"inspect"_s, u"answer"_s, id, u"K01"_s, u"non_compliant"_s, u"--note"_s,
            u"copy displayed"_s});
        QCOMPARE(r.json().value(u"supersedes_id"_s).toString(), first);
        QCOMPARE(json({u"inspect"_s, u"answer"_s, id, u"K02"_s, u"compliant"_s}).exitCode, 0);

        r = json({u"inspect"_s, u"measure"_s, id, u"--outlet"_s, u"DA001"_s, u"--pollutant"_s,
            u"SO2"_s, u"--value"_s, u"40"_s, u"--unit"_s, u"mg/Nm3"_s, u"--o2"_s, u"8"_s,
            u"--instrument"_s, u"TH-880F"_s, u"--method"_s, u"HJ 57-2017"_s, u"--lat"_s,
            u"22.5135"_s, u"--lon"_s, u"113.9021"_s, u"--accuracy"_s, u"7"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonObject m = r.json();
        QVERIFY(qAbs(m.value(u"compared_value"_s).toDouble() - 40.0 * 15 / 13) < 1e-9);
        QCOMPARE(m.value(u"o2_corrected"_s).toBool(), true);
        QCOMPARE(m.value(u"limit_max"_s).toDouble(), 35.0);
        QCOMPARE(m.value(u"violation"_s).toBool(), true);
        // Where it was measured, as `inspect photo` takes it.
        const QJsonObject at = m.value(u"position"_s).toObject();
        QCOMPARE(at.value(u"lat"_s).toDouble(), 22.5135);
        QCOMPARE(at.value(u"lon"_s).toDouble(), 113.9021);
        QCOMPARE(at.value(u"accuracy_m"_s).toDouble(), 7.0);

        r = json({u"inspect"_s, u"fix"_s, id, u"--outlet"_s, u"DA001"_s, u"--lat"_s, u"22.51312"_s,
            u"--lon"_s, u"113.9020"_s, u"--accuracy"_s, u"5"_s, u"--lat"_s, u"22.51308"_s,
            u"--lon"_s, u"113.9020"_s, u"--accuracy"_s, u"5"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonObject f = r.json();
        QCOMPARE(f.value(u"accepted"_s).toInt(), 2);
        QVERIFY(f.value(u"distance_m"_s).toDouble() < 0.01);
        QCOMPARE(f.value(u"overall"_s).toObject().value(u"fixes"_s).toInt(), 1);
        QVERIFY(qAbs(f.value(u"spread_m"_s).toDouble() - 4.45) < 0.01); // 2 × 2.22 m
        QCOMPARE(f.value(u"offset_finding"_s).toBool(), false);
        QVERIFY(f.value(u"nearer_outlet"_s).isNull());
        QCOMPARE(f.value(u"far_from_site"_s).toBool(), false);

        const QString photo = writeJpeg(u"stack.jpg"_s);
        r = json({u"inspect"_s, u"photo"_s, id, photo, u"--subject"_s, u"DA001"_s, u"--caption"_s,
            u"signboard"_s});
        QCOMPARE(r.exitCode, 0);
        const qint64 photoBytes = QFileInfo(photo).size();
        QCOMPARE(r.json().value(u"byte_size"_s).toInteger(), photoBytes);
        QVERIFY(QFile::exists(r.json().value(u"path"_s).toString()));

        r = json({u"inspect"_s, u"submit"_s, id});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(u"missing"_s).toArray().toVariantList(),
            QVariantList({u"checklist item K03"_s, u"production state"_s, u"second inspector"_s,
                u"signature of inspector 张敏"_s, u"representative signature or refusal"_s}));
        QVERIFY2(r.err.contains(u"refused: inspection "_s), qPrintable(r.err));

        QCOMPARE(json({u"inspect"_s, u"answer"_s, id, u"K03"_s, u"not_applicable"_s}).exitCode, 0);
        // Alone, the inspector cannot sign: the reason is said.
        r = json({u"inspect"_s, u"production"_s, id, u"partial"_s, u"--load"_s, u"70"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"production_load_pct"_s).toDouble(), 70.0);
        r = json(
            {u"inspect"_s, u"sign"_s, id, u"--role"_s, u"inspector"_s, u"--name"_s, u"张敏"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"at least 2 inspectors"_s), qPrintable(r.err));
        r = json({u"inspect"_s, u"team"_s, id, u"--add"_s, u"I002"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray team = r.json().value(u"team"_s).toArray();
        QCOMPARE(team.size(), 2);
        QCOMPARE(team.at(1).toObject().value(u"certificate_no"_s).toString(), u"44030620200027"_s);
        r = json(
            {u"inspect"_s, u"sign"_s, id, u"--role"_s, u"inspector"_s, u"--name"_s, u"张敏"_s});
        QCOMPARE(r.json().value(u"role"_s).toString(), u"inspector"_s);
        r = json({u"inspect"_s, u"sign"_s, id, u"--role"_s, u"inspector"_s, u"--inspector"_s,
            u"I002"_s, u"--name"_s, u"林晓燕"_s});
        QCOMPARE(r.exitCode, 0);
        // A refusal without its witness is refused, saying what is needed.
        r = json({u"inspect"_s, u"sign"_s, id, u"--refused"_s, u"--name"_s, u"王伟"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"needs a witness"_s), qPrintable(r.err));
        r = json({u"inspect"_s, u"sign"_s, id, u"--refused"_s, u"--name"_s, u"王伟"_s,
            u"--witness"_s, u"李娜"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"refused"_s).toBool(), true);
        QCOMPARE(r.json().value(u"witness"_s).toString(), u"李娜"_s);

        r = json({u"inspect"_s, u"list"_s});
        const QJsonObject listed = r.json().value(u"inspections"_s).toArray().at(0).toObject();
        QCOMPARE(listed.value(u"items_answered"_s).toInt(), 3);
        QCOMPARE(listed.value(u"items_total"_s).toInt(), 3);
        QCOMPARE(listed.value(u"representative"_s).toString(), u"refused"_s);

        r = json({u"inspect"_s, u"submit"_s, id});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"status"_s).toString(), u"submitted"_s);

        r = json({u"inspect"_s, u"show"_s, id});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject shown = r.json();
        QCOMPARE(shown.value(u"status"_s).toString(), u"submitted"_s);
        QCOMPARE(shown.value(u"items"_s).toArray().at(0).toObject().value(u"answer"_s).toString(),
            u"non_compliant"_s);
        QCOMPARE(shown.value(u"measurements"_s).toArray().size(), 1);
        QCOMPARE(shown.value(u"fixes"_s).toArray().size(), 2); // arrival and the outlet check
        QCOMPARE(shown.value(u"signatures"_s).toArray().size(), 3); // two inspectors, a refusal
        QCOMPARE(shown.value(u"signatures"_s).toArray().at(2).toObject().value(u"witness"_s),
            QJsonValue(u"李娜"_s));
        QCOMPARE(shown.value(u"team"_s).toArray().size(), 2);
        QCOMPARE(shown.value(u"production_load"_s).toString(), u"partial"_s);
        QCOMPARE(shown.value(u"production_load_pct"_s).toDouble(), 70.0);
        QVERIFY(shown.value(u"missing"_s).toArray().isEmpty());

        // After submission: new evidence is refused with exit 1 while it waits for its review,
        // and nothing is lost.
        r = json({u"inspect"_s, u"measure"_s, id, u"--outlet"_s, u"DA001"_s, u"--pollutant"_s,
            u"SO2"_s, u"--value"_s, u"4"_s, u"--unit"_s, u"mg/Nm3"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"waits for a supervisor's review"_s), qPrintable(r.err));
        const QJsonObject status = json({u"status"_s}).json();
        QCOMPARE(status.value(u"inspections_submitted"_s).toInt(), 1);
        QCOMPARE(status.value(u"pending_photos"_s).toInt(), 1);
        QCOMPARE(status.value(u"pending_photo_bytes"_s).toInteger(), photoBytes);
        // start, arrival, 3 + 1 answers, measurement, fix, photo, production, second inspector,
        // 3 signatures (two inspectors, a refusal), submit
        QCOMPARE(status.value(u"pending_ops"_s).toInt(), 15);
    }

    void aReturnedInspectionIsAmendedAndResubmitted()
    {
        const QString id = startInspection();
        for (const QString &item : {u"K01"_s, u"K02"_s, u"K03"_s})
            QCOMPARE(json({u"inspect"_s, u"answer"_s, id, item, u"compliant"_s}).exitCode, 0);
        QVERIFY(signBoth(id));
        QCOMPARE(json({u"inspect"_s, u"submit"_s, id}).exitCode, 0);
        Run r = json({u"inspect"_s, u"resubmit"_s, id});
        QCOMPARE(r.exitCode, 1); // nothing returned it
        QVERIFY2(r.err.contains(u"is already submitted"_s), qPrintable(r.err));

        // The supervisor's return, as the next pull stores it (tst_reviewworkflow pulls it).
        const QString returnId = u"0190a000-0000-7000-8000-00000000a001"_s;
        const auto review = [&](const QString &reviewId, const QString &decision,
                                const QString &comment, qint64 at) {
            outfall::mobile::DeviceSession session(m_profile);
            session.database()
                .prepare(u"INSERT INTO inspection_review (id, inspection_id, permit_id,"
                         u" inspector_id, decision, comment, decided_by, decided_at)"
                         u" VALUES (?, ?, ?, ?, ?, ?, 'S001', ?)"_s)
                .bind(1, reviewId)
                .bind(2, id)
                .bind(3, kPermitId)
                .bind(4, kInspectorId)
                .bind(5, decision)
                .bind(6, comment)
                .bind(7, std::int64_t(at))
                .exec();
        };
        review(returnId, u"returned"_s, u"K02: photograph the ledger"_s, 1'770'000'000'000);

        r = json({u"inspect"_s, u"list"_s});
        QJsonObject listed = r.json().value(u"inspections"_s).toArray().at(0).toObject();
        QCOMPARE(listed.value(u"state"_s).toString(), u"returned"_s);
        QCOMPARE(listed.value(u"review_comment"_s).toString(), u"K02: photograph the ledger"_s);
        r = run({u"inspect"_s, u"show"_s, id});
        QVERIFY2(r.out.contains(u"returned by the supervisor: \"K02: photograph the ledger\""_s),
            qPrintable(r.out));

        // Amended (a new photo), signed again (the amendment voided the signatures), resubmitted.
        const QString photo = writeJpeg(u"ledger.jpg"_s);
        QCOMPARE(json({u"inspect"_s, u"photo"_s, id, photo, u"--subject"_s, u"K02"_s}).exitCode, 0);
        r = json({u"inspect"_s, u"resubmit"_s, id});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"cannot be submitted; missing"_s), qPrintable(r.err));
        QVERIFY(signBoth(id));
        r = json({u"inspect"_s, u"resubmit"_s, id});
        QCOMPARE(r.exitCode, 0);
        listed = json({u"inspect"_s, u"list"_s})
                     .json()
                     .value(u"inspections"_s)
                     .toArray()
                     .at(0)
                     .toObject();
        QCOMPARE(listed.value(u"state"_s).toString(), u"submitted"_s);
        {
            outfall::mobile::DeviceSession session(m_profile);
            auto answers = session.database().prepare(
                u"SELECT answers_review_id FROM inspection WHERE id = ?"_s);
            answers.bind(1, id);
            QVERIFY(answers.step());
            QCOMPARE(answers.text(0), returnId); // the resubmission names the return it answers
        }

        // Approved: locked, every action refused with the reason.
        review(u"0190a000-0000-7000-8000-00000000a002"_s, u"approved"_s, {}, 1'770'000'100'000);
        r = json({u"inspect"_s, u"answer"_s, id, u"K01"_s, u"not_applicable"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(u"was approved by a supervisor and is locked"_s), qPrintable(r.err));
        listed = json({u"inspect"_s, u"list"_s})
                     .json()
                     .value(u"inspections"_s)
                     .toArray()
                     .at(0)
                     .toObject();
        QCOMPARE(listed.value(u"state"_s).toString(), u"approved"_s);
    }

    void argumentErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString i = u"INSPECTION"_s; // replaced by a real inspection id
        QTest::newRow("no command") << QStringList {} << 2 << u"no command given"_s;
        QTest::newRow("unknown command")
            << QStringList {u"frobnicate"_s} << 2 << u"unknown command \"frobnicate\""_s;
        QTest::newRow("enroll without file")
            << QStringList {u"enroll"_s} << 2 << u"an enrolment FILE is missing"_s;
        QTest::newRow("enroll file missing") << QStringList {u"enroll"_s, u"/nonexistent/e.json"_s}
                                             << 2 << u"no such file /nonexistent/e.json"_s;
        QTest::newRow("sync takes no arguments")
            << QStringList {u"sync"_s, u"now"_s} << 2 << u"sync"_s;
        QTest::newRow("unknown option")
            << QStringList {u"status"_s, u"--verbose"_s} << 2 << u"unknown option --verbose"_s;
        QTest::newRow("unknown subcommand") << QStringList {u"inspect"_s, u"stop"_s} << 2
                                            << u"unknown inspect subcommand \"stop\""_s;
        QTest::newRow("production state unknown")
            << QStringList {u"inspect"_s, u"production"_s, i, u"idle"_s} << 1
            << u"the production state must be running, partial or stopped, not \"idle\""_s;
        QTest::newRow("partial production without load")
            << QStringList {u"inspect"_s, u"production"_s, i, u"partial"_s} << 1
            << u"a partial production needs its load in percent"_s;
        QTest::newRow("production load not a number") << QStringList {u"inspect"_s, u"production"_s,
            i, u"partial"_s, u"--load"_s, u"x"_s} << 2 << u"--load"_s;
        QTest::newRow("team member unknown") << QStringList {u"inspect"_s, u"team"_s, i, u"--add"_s,
            u"Z999"_s} << 1 << u"no inspector Z999 on this device"_s;
        QTest::newRow("team member without certificate")
            << QStringList {u"inspect"_s, u"team"_s, i, u"--add"_s, u"I003"_s} << 1
            << u"黄建华 has no enforcement certificate number on record"_s;
        QTest::newRow("witness without refusal") << QStringList {u"inspect"_s, u"sign"_s, i,
            u"--role"_s, u"representative"_s, u"--name"_s, u"王伟"_s, u"--witness"_s,
            u"李娜"_s} << 2 << u"--witness is for a refusal (--refused)"_s;
        QTest::newRow("inspector option for the representative")
            << QStringList {u"inspect"_s, u"sign"_s, i, u"--role"_s, u"representative"_s,
                   u"--name"_s, u"王伟"_s, u"--inspector"_s, u"I002"_s}
            << 2 << u"--inspector names the team member signing as inspector"_s;
        QTest::newRow("start without permit")
            << QStringList {u"inspect"_s, u"start"_s} << 2 << u"PERMIT_NUMBER is missing"_s;
        QTest::newRow("bad phase") << QStringList {u"inspect"_s, u"start"_s, kPermitNumber,
            u"--phase"_s, u"during"_s, u"--lat"_s, u"1"_s, u"--lon"_s, u"1"_s, u"--accuracy"_s,
            u"5"_s} << 2 << u"--phase must be post or pre, not \"during\""_s;
        QTest::newRow("start without accuracy") << QStringList {u"inspect"_s, u"start"_s,
            kPermitNumber, u"--phase"_s, u"post"_s, u"--lat"_s, u"1"_s, u"--lon"_s, u"1"_s}
                                                << 2 << u"--accuracy is required"_s;
        QTest::newRow("start without fix") << QStringList {u"inspect"_s, u"start"_s, kPermitNumber,
            u"--phase"_s, u"post"_s} << 2 << u"a position is required"_s;
        QTest::newRow("unknown permit") << QStringList {u"inspect"_s, u"start"_s, u"X001P"_s,
            u"--phase"_s, u"post"_s, u"--lat"_s, u"1"_s, u"--lon"_s, u"1"_s, u"--accuracy"_s,
            u"5"_s} << 1 << u"no permit X001P on this device"_s;
        QTest::newRow("bad answer") << QStringList {u"inspect"_s, u"answer"_s, i, u"K01"_s,
            u"yes"_s} << 2 << u"answer must be compliant, non_compliant, not_applicable"_s;
        QTest::newRow("unknown item")
            << QStringList {u"inspect"_s, u"answer"_s, i, u"Z99"_s, u"compliant"_s} << 1
            << u"checklist item Z99 is not in this inspection's checklist POST-4411"_s;
        QTest::newRow("value not a number") << QStringList {u"inspect"_s, u"measure"_s, i,
            u"--outlet"_s, u"DA001"_s, u"--pollutant"_s, u"SO2"_s, u"--value"_s, u"forty"_s,
            u"--unit"_s, u"mg/Nm3"_s} << 2 << u"--value must be a number, not \"forty\""_s;
        QTest::newRow("measure without unit") << QStringList {u"inspect"_s, u"measure"_s, i,
            u"--outlet"_s, u"DA001"_s, u"--pollutant"_s, u"SO2"_s, u"--value"_s, u"4"_s}
                                              << 2 << u"--unit is required"_s;
        QTest::newRow("O2 of 21") << QStringList {u"inspect"_s, u"measure"_s, i, u"--outlet"_s,
            u"DA001"_s, u"--pollutant"_s, u"SO2"_s, u"--value"_s, u"4"_s, u"--unit"_s, u"mg/Nm3"_s,
            u"--o2"_s, u"21"_s} << 1
                                  << u"O2 21 % must be ≥ 0 and < 21"_s;
        QTest::newRow("unknown pollutant") << QStringList {u"inspect"_s, u"measure"_s, i,
            u"--outlet"_s, u"DA001"_s, u"--pollutant"_s, u"SO9"_s, u"--value"_s, u"4"_s,
            u"--unit"_s, u"mg/Nm3"_s} << 1 << u"unknown pollutant \"SO9\""_s;
        QTest::newRow("measure position without accuracy") << QStringList {u"inspect"_s,
            u"measure"_s, i, u"--outlet"_s, u"DA001"_s, u"--pollutant"_s, u"SO2"_s, u"--value"_s,
            u"4"_s, u"--unit"_s, u"mg/Nm3"_s, u"--lat"_s, u"22.5131"_s, u"--lon"_s, u"113.902"_s}
                                                           << 2 << u"--accuracy is required"_s;
        QTest::newRow("measure latitude not a number") << QStringList {u"inspect"_s, u"measure"_s,
            i, u"--outlet"_s, u"DA001"_s, u"--pollutant"_s, u"SO2"_s, u"--value"_s, u"4"_s,
            u"--unit"_s, u"mg/Nm3"_s, u"--lat"_s, u"north"_s, u"--lon"_s, u"113.902"_s,
            u"--accuracy"_s, u"5"_s} << 2 << u"--lat must be a number, not \"north\""_s;
        QTest::newRow("measure latitude out of range") << QStringList {u"inspect"_s, u"measure"_s,
            i, u"--outlet"_s, u"DA001"_s, u"--pollutant"_s, u"SO2"_s, u"--value"_s, u"4"_s,
            u"--unit"_s, u"mg/Nm3"_s, u"--lat"_s, u"95"_s, u"--lon"_s, u"113.902"_s,
            u"--accuracy"_s, u"5"_s} << 1 << u"measurement position:"_s;
        QTest::newRow("measure two positions") << QStringList {u"inspect"_s, u"measure"_s, i,
            u"--outlet"_s, u"DA001"_s, u"--pollutant"_s, u"SO2"_s, u"--value"_s, u"4"_s,
            u"--unit"_s, u"mg/Nm3"_s, u"--lat"_s, u"22.5"_s, u"--lon"_s, u"113.9"_s,
            u"--accuracy"_s, u"5"_s, u"--lat"_s, u"22.5"_s, u"--lon"_s, u"113.9"_s, u"--accuracy"_s,
            u"5"_s} << 2 << u"inspect measure takes at most one position"_s;
        QTest::newRow("fix triples incomplete") << QStringList {u"inspect"_s, u"fix"_s, i,
            u"--outlet"_s, u"DA001"_s, u"--lat"_s, u"1"_s, u"--lat"_s, u"2"_s, u"--lon"_s, u"1"_s,
            u"--accuracy"_s, u"5"_s} << 2 << u"got 2 --lat, 1 --lon, 1 --accuracy"_s;
        QTest::newRow("fix too inaccurate")
            << QStringList {u"inspect"_s, u"fix"_s, i, u"--outlet"_s, u"DA001"_s, u"--lat"_s,
                   u"22.5"_s, u"--lon"_s, u"113.9"_s, u"--accuracy"_s, u"3000"_s}
            << 1 << u"accuracy 3000 m is worse than the 20 m threshold"_s;
        QTest::newRow("bad samples") << QStringList {u"inspect"_s, u"fix"_s, i, u"--outlet"_s,
            u"DA001"_s, u"--lat"_s, u"22.5"_s, u"--lon"_s, u"113.9"_s, u"--accuracy"_s, u"3"_s,
            u"--samples"_s, u"0"_s} << 2
                                     << u"--samples must be a whole number from 1"_s;
        QTest::newRow("value beyond its physical range")
            << QStringList {u"inspect"_s, u"measure"_s, i, u"--outlet"_s, u"DA001"_s,
                   u"--pollutant"_s, u"SO2"_s, u"--value"_s, u"1e308"_s, u"--unit"_s, u"mg/Nm3"_s}
            << 1
            << u"value 1e+308 mg/Nm3 is outside the physical range 0 ≤ value ≤ 10000000 mg/Nm3"_s;
        QTest::newRow("accuracy beyond its physical range") << QStringList {u"inspect"_s, u"fix"_s,
            i, u"--outlet"_s, u"DA001"_s, u"--lat"_s, u"22.5131"_s, u"--lon"_s, u"113.9020"_s,
            u"--accuracy"_s, u"1e308"_s} << 1 << u"accuracy 1e+308 m is more than 100000 m"_s;
        QTest::newRow("fixes taken while moving") << QStringList {u"inspect"_s, u"fix"_s, i,
            u"--outlet"_s, u"DA001"_s, u"--lat"_s, u"22.5111"_s, u"--lon"_s, u"113.9020"_s,
            u"--accuracy"_s, u"8"_s, u"--lat"_s, u"22.5131"_s, u"--lon"_s, u"113.9020"_s,
            u"--accuracy"_s, u"8"_s} << 1 << u"they moved or scattered over 222.4 m"_s;
        QTest::newRow("outlet check far from the site") << QStringList {u"inspect"_s, u"fix"_s, i,
            u"--outlet"_s, u"DA001"_s, u"--lat"_s, u"22.9245"_s, u"--lon"_s, u"113.9020"_s,
            u"--accuracy"_s, u"6"_s} << 1 << u"give --far-ok to record it anyway"_s;
        QTest::newRow("photo file missing") << QStringList {u"inspect"_s, u"photo"_s, i,
            u"/nonexistent/x.jpg"_s} << 2 << u"no such file /nonexistent/x.jpg"_s;
        QTest::newRow("sign without role") << QStringList {u"inspect"_s, u"sign"_s, i, u"--name"_s,
            u"A"_s} << 2 << u"--role is required"_s;
        QTest::newRow("inspector cannot refuse") << QStringList {u"inspect"_s, u"sign"_s, i,
            u"--role"_s, u"inspector"_s, u"--refused"_s, u"--name"_s, u"A"_s}
                                                 << 2 << u"--refused is for the representative"_s;
        QTest::newRow("unknown inspection") << QStringList {u"inspect"_s, u"show"_s, u"nope"_s} << 1
                                            << u"no inspection nope on this device"_s;
        QTest::newRow("extra argument") << QStringList {u"inspect"_s, u"submit"_s, i, u"now"_s} << 2
                                        << u"inspect submit: unexpected argument now"_s;
    }
    void argumentErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString id = startInspection();
        arguments.replaceInStrings(u"INSPECTION"_s, id);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        // Nothing stored is lost or added: the inspection and its arrival fix only.
        QCOMPARE(json({u"status"_s}).json().value(u"pending_ops"_s).toInt(), 2);
    }

    void farFromTheSiteNeedsFarOk()
    {
        // 46 km from the site: refused (exit 1, --far-ok named), then recorded with it.
        const QStringList start {u"inspect"_s, u"start"_s, kPermitNumber, u"--phase"_s, u"post"_s,
            u"--lat"_s, u"22.93"_s, u"--lon"_s, u"113.9015"_s, u"--accuracy"_s, u"8"_s};
        Run r = json(start);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(u"the arrival position is 46.4 km from the site"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"--far-ok"_s), qPrintable(r.err));
        QCOMPARE(
            r.json().value(u"missing"_s).toArray().toVariantList(), QVariantList {u"--far-ok"_s});
        QCOMPARE(json({u"status"_s}).json().value(u"pending_ops"_s).toInt(), 0);

        r = json(start + QStringList {u"--far-ok"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"far_from_site"_s).toBool(), true);
        QVERIFY(r.json().value(u"site_distance_m"_s).toDouble() > 46000);
        const QString id = r.json().value(u"inspection_id"_s).toString();
        r = run({u"inspect"_s, u"show"_s, id});
        QVERIFY2(r.out.contains(u"FAR FROM THE SITE"_s), qPrintable(r.out));

        // An outlet check at another outlet's permitted position: recorded as a finding, the
        // nearer outlet named.
        r = json({u"inspect"_s, u"fix"_s, startInspection(), u"--outlet"_s, u"DA001"_s, u"--lat"_s,
            u"22.5110"_s, u"--lon"_s, u"113.9030"_s, u"--accuracy"_s, u"6"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"offset_finding"_s).toBool(), true);
        QCOMPARE(r.json().value(u"offset_limit_m"_s).toDouble(), 50.0);
        QCOMPARE(
            r.json().value(u"nearer_outlet"_s).toObject().value(u"code"_s).toString(), u"DW001"_s);
    }

    void photoIsJudgedByContent()
    {
        const QString id = startInspection();
        // A text file named .png, and 2 MB of zeros named .png: refused, nothing kept.
        const QString text = m_dir.filePath(u"notes.png"_s);
        QFile notes(text);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("these are not pixels\n");
        notes.close();
        Run r = run({u"inspect"_s, u"photo"_s, id, text});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"is not a JPEG or PNG photo"_s), qPrintable(r.err));
        const QString zeros = m_dir.filePath(u"zeros.png"_s);
        QFile zero(zeros);
        QVERIFY(zero.open(QIODevice::WriteOnly));
        zero.write(QByteArray(2 * 1024 * 1024, '\0'));
        zero.close();
        r = run({u"inspect"_s, u"photo"_s, id, zeros});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"is not a JPEG or PNG photo"_s), qPrintable(r.err));
        // A PNG header with nothing after it: no picture.
        const QString cut = m_dir.filePath(u"cut.png"_s);
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QVERIFY(image.save(cut, "PNG"));
        QFile cutFile(cut);
        QVERIFY(cutFile.open(QIODevice::ReadWrite));
        const qsizetype pictureData = cutFile.readAll().indexOf("IDAT");
        QVERIFY(pictureData > 0);
        cutFile.resize(pictureData + 6); // the header, and the picture data cut short
        cutFile.close();
        r = run({u"inspect"_s, u"photo"_s, id, cut});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"does not decode as a PNG photo"_s), qPrintable(r.err));
        // A BMP is an image, but not a photo format, whatever its name says.
        const QString bmp = m_dir.filePath(u"scan.jpg"_s);
        QVERIFY(image.save(bmp, "BMP"));
        r = run({u"inspect"_s, u"photo"_s, id, bmp});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(u"is a BMP image; a photo must be a JPEG or PNG"_s), qPrintable(r.err));
        QCOMPARE(json({u"status"_s}).json().value(u"pending_photos"_s).toInt(), 0);

        // A real PNG named .txt is a photo; its bytes are kept as they are.
        const QString png = m_dir.filePath(u"IMG_0002.txt"_s);
        QVERIFY(image.save(png, "PNG"));
        r = json({u"inspect"_s, u"photo"_s, id, png});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"mime"_s).toString(), u"image/png"_s);
        QFile original(png);
        QFile kept(r.json().value(u"path"_s).toString());
        QVERIFY(original.open(QIODevice::ReadOnly) && kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), original.readAll());
    }

    void syncWithoutEnrolmentSaysSoAndKeepsEverything()
    {
        startInspection();
        const Run r = run({u"sync"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"this device is not enrolled"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"nothing is lost"_s));
        const QJsonObject status = json({u"status"_s}).json();
        QCOMPARE(status.value(u"pending_ops"_s).toInt(), 2);
        QVERIFY(status.value(u"last_sync_error"_s).toString().contains(u"not enrolled"_s));
    }

    void missingProfileIsAUsageError()
    {
        QProcess process;
        process.start(QStringLiteral(OUTFALL_DEVICE_EXE), {u"status"_s});
        QVERIFY(process.waitForFinished(60'000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromUtf8(process.readAllStandardError())
                    .contains(u"--profile DIR is required"_s));
    }
};

QTEST_GUILESS_MAIN(TestDeviceCli)
#include "tst_devicecli.moc"
