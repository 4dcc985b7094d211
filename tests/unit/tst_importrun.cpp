// What every import kind shares (docs/formats.md, rules common to every kind): only regular
// files are read, the file is hashed as it is read and refused when it changes meanwhile, and
// a file with no records is refused the same way for every kind.
#include "importer/checklistimporter.h"
#include "importer/importrun.h"
#include "importer/keyset.h"
#include "importer/permitimporter.h"
#include "importer/reportimporter.h"
#include "importer/staffimporter.h"
#include "importtesthelpers.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <sys/stat.h>
#include <sys/time.h>
#include <thread>

using namespace Qt::StringLiterals;
using namespace outfall;
using namespace importtest;
using importer::ImportReport;
using importer::ImportRun::setReadHook;

namespace {

ImportReport importAs(store::Database &db, const QString &kind, const QString &path)
{
    if (kind == u"permits")
        return importer::PermitImporter(db).importFile(path);
    if (kind == u"reports")
        return importer::ReportImporter(db).importFile(path);
    if (kind == u"checklists")
        return importer::ChecklistImporter(db).importFile(path);
    return importer::StaffImporter(db).importFile(path);
}

const QStringList kKinds = {u"permits"_s, u"reports"_s, u"checklists"_s, u"staff"_s};

void setOldModificationTime(const QString &path)
{
    // A time far from now, so a change made during the test always moves it, whatever the
    // file system's timestamp granularity.
    const struct timeval times[2] = {{1'000'000'000, 0}, {1'000'000'000, 0}};
    if (::utimes(QFile::encodeName(path).constData(), times) != 0)
        qFatal("cannot set the time of %s", qPrintable(path));
}

struct HookReset
{
    ~HookReset() { setReadHook({}); }
};

struct ChangedRun
{
    QStringList issues;
    bool storeUnchanged = false;
};

// Imports `text` as a reports file into a store holding the fixture permits, calling
// change(path, n) after the n-th chunk read (from 1), with the file's time set far back
// first so that any change moves it.
ChangedRun importReportsChangedBy(
    const QByteArray &text, const std::function<void(const QString &, int)> &change)
{
    auto db = freshStore();
    if (!importer::PermitImporter(*db).importFile(fixture(u"permits.jsonl"_s)).ok())
        qFatal("fixture permits do not import");
    const QString before = dump(*db);
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"r.csv"_s, text);
    setOldModificationTime(path);
    HookReset reset;
    int calls = 0;
    setReadHook([&](qint64) { change(path, ++calls); });
    const ImportReport report = importer::ReportImporter(*db).importFile(path);
    if (calls < 2)
        qFatal("the file was read in %d chunk(s); the test needs more", calls);
    return {issueTexts(report), dump(*db) == before};
}

} // namespace

class TestImportRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Issue 8: a directory, FIFO or /dev/zero got "no such file"; a FIFO must not hang the
    // import and /dev/zero must not be read forever.
    void onlyRegularFilesAreRead_data()
    {
        QTest::addColumn<QString>("kind");
        for (const QString &kind : kKinds)
            QTest::newRow(qPrintable(kind)) << kind;
    }
    void onlyRegularFilesAreRead()
    {
        QFETCH(QString, kind);
        auto db = freshStore();
        QTemporaryDir dir;
        const QString directory = dir.filePath(u"folder.csv"_s);
        QVERIFY(QDir().mkdir(directory));
        const QString fifo = dir.filePath(u"pipe.csv"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QCOMPARE(issueTexts(importAs(*db, kind, directory)),
            QStringList {u"folder.csv: is a directory, not a file"_s});
        QCOMPARE(issueTexts(importAs(*db, kind, fifo)),
            QStringList {u"pipe.csv: is a FIFO (named pipe), not a file"_s});
        QCOMPARE(issueTexts(importAs(*db, kind, u"/dev/zero"_s)),
            QStringList {u"zero: is a character device, not a file"_s});
        QCOMPARE(issueTexts(importAs(*db, kind, dir.filePath(u"missing.csv"_s))),
            QStringList {u"missing.csv: cannot open: No such file or directory"_s});
        QCOMPARE(importer::ImportRun::nonRegularKind(fifo), u"a FIFO (named pipe)"_s);
        QCOMPARE(importer::ImportRun::nonRegularKind(fixture(u"staff.csv"_s)), QString());
        QCOMPARE(count(*db, u"import_run"_s), 0);
    }

    // Issue 8, defect 6: truncating the reports file while it was read committed 99,550 rows
    // under the SHA-256 of the original file.
    void fileTruncatedWhileReadIsRefused()
    {
        const QByteArray text = manyRows(4000);
        const ChangedRun run = importReportsChangedBy(text, [&](const QString &path, int call) {
            if (call == 1)
                QVERIFY(QFile::resize(path, text.size() / 2));
        });
        QCOMPARE(run.issues,
            QStringList {u"r.csv: the file changed while it was read (its size went from %1 to "
                         u"%2 bytes, it was modified); nothing was imported: import it again "
                         u"once it is complete"_s.arg(text.size())
                             .arg(text.size() / 2)});
        QVERIFY(run.storeUnchanged);
    }

    void fileRewrittenInPlaceWhileReadIsRefused()
    {
        const QByteArray text = manyRows(4000);
        const ChangedRun run = importReportsChangedBy(text, [&](const QString &path, int call) {
            if (call != 2)
                return;
            // Same size, other values further down: a new export written over the old one.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(text.size() - 12));
            QCOMPARE(file.write("99.5,mg/Nm3\n"), 12);
        });
        QCOMPARE(run.issues,
            QStringList {u"r.csv: the file changed while it was read (it was modified); nothing "
                         u"was imported: import it again once it is complete"_s});
        QVERIFY(run.storeUnchanged);
    }

    void fileGrownWhileReadIsRefused()
    {
        auto db = freshStore();
        QTemporaryDir dir;
        QByteArray text;
        for (int i = 0; i < 3000; ++i)
            text += "S" + QByteArray::number(i) + ",Name " + QByteArray::number(i) + ",inspector\n";
        const QString path = writeFile(dir, u"s.csv"_s, "code,name,role\n" + text);
        const qint64 size = QFileInfo(path).size();
        setOldModificationTime(path);
        HookReset reset;
        bool appended = false;
        setReadHook([&](qint64) {
            if (appended)
                return;
            appended = true;
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("LATE,Late Comer,inspector\n");
        });
        QCOMPARE(issueTexts(importer::StaffImporter(*db).importFile(path)),
            QStringList {u"s.csv: the file changed while it was read (its size went from %1 to "
                         u"%2 bytes, it was modified); nothing was imported: import it again "
                         u"once it is complete"_s.arg(size)
                             .arg(size + 26)});
        QCOMPARE(count(*db, u"inspector"_s), 0);
    }

    // The recorded hash is that of the bytes imported, read once.
    void hashIsOfTheBytesRead()
    {
        auto db = freshStore();
        QVERIFY(importer::PermitImporter(*db).importFile(fixture(u"permits.jsonl"_s)).ok());
        QTemporaryDir dir;
        const QByteArray text = manyRows(3000);
        const QString path = writeFile(dir, u"r.csv"_s, text);
        HookReset reset;
        qint64 lastRead = 0;
        int calls = 0;
        setReadHook([&](qint64 bytesRead) {
            lastRead = bytesRead;
            ++calls;
        });
        const ImportReport report = importer::ReportImporter(*db).importFile(path);
        QCOMPARE(issueTexts(report), QStringList());
        QCOMPARE(lastRead, text.size()); // every byte once: no second pass for the hash
        QVERIFY(calls > 1);
        QCOMPARE(scalar(*db, u"SELECT file_sha256 FROM import_run WHERE kind = 'reports'"_s),
            QString::fromLatin1(
                QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex()));
    }

    // Progress (what the command line's progress line shows): the bytes read only grow, the
    // size is the file's, the rows follow the report, and the last report is the whole file.
    void progressFollowsTheRead()
    {
        auto db = freshStore();
        QVERIFY(importer::PermitImporter(*db).importFile(fixture(u"permits.jsonl"_s)).ok());
        QTemporaryDir dir;
        const QByteArray text = manyRows(3000);
        const QString path = writeFile(dir, u"r.csv"_s, text);
        QList<importer::ImportRun::Progress> seen;
        const ImportReport report = importer::ReportImporter(*db).importFile(
            path, [&seen](const importer::ImportRun::Progress &p) { seen << p; });
        QCOMPARE(issueTexts(report), QStringList());
        QVERIFY2(seen.size() > 2, qPrintable(QString::number(seen.size())));
        for (qsizetype i = 0; i < seen.size(); ++i) {
            QCOMPARE(seen[i].bytesTotal, text.size());
            if (i > 0) {
                QVERIFY(seen[i].bytesRead >= seen[i - 1].bytesRead);
                QVERIFY(seen[i].rows >= seen[i - 1].rows);
            }
        }
        QVERIFY(seen.first().bytesRead < text.size()); // reported while it read, not only after
        const ImportReport::Counts totals = report.totals();
        QCOMPARE(seen.last().bytesRead, text.size());
        QCOMPARE(
            seen.last().rows, totals.inserted + totals.updated + totals.unchanged + totals.deleted);
    }

    // The permits importer reads and parses on a thread of its own (PermitReadAhead); its
    // progress is still said on the importing thread, which owns the report, and ends with the
    // whole file.
    void permitProgressIsSaidOnTheImportingThread()
    {
        auto db = freshStore();
        QTemporaryDir dir;
        // The fixture's permits, each after a long run of blank lines: many chunks to read.
        QByteArray text;
        for (const QByteArray &permit : readFixture(u"permits.jsonl"_s).split('\n'))
            text += QByteArray(300'000, '\n') + permit + '\n';
        const QString path = writeFile(dir, u"p.jsonl"_s, text);
        const auto importing = std::this_thread::get_id();
        QList<importer::ImportRun::Progress> seen;
        bool elsewhere = false;
        const ImportReport report = importer::PermitImporter(*db).importFile(
            path, [&](const importer::ImportRun::Progress &p) {
                elsewhere = elsewhere || std::this_thread::get_id() != importing;
                seen << p;
            });
        QCOMPARE(issueTexts(report), QStringList());
        QVERIFY(!elsewhere);
        QVERIFY(seen.size() >= 2);
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(seen[i].bytesRead >= seen[i - 1].bytesRead);
        const ImportReport::Counts totals = report.totals();
        QCOMPARE(seen.last().bytesRead, text.size());
        QCOMPARE(
            seen.last().rows, totals.inserted + totals.updated + totals.unchanged + totals.deleted);
    }

    // Issue 8: an empty permits file succeeded (and was logged) while empty reports and staff
    // files failed, and a header-only reports file succeeded. One rule: no records, no import.
    void fileWithoutRecordsIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("issue");
        for (const QString &kind : kKinds) {
            QTest::addRow("%s empty", qPrintable(kind))
                << kind << QByteArray() << u"f: the file is empty"_s;
            QTest::addRow("%s BOM only", qPrintable(kind))
                << kind << QByteArray("\xEF\xBB\xBF") << u"f: the file has no records"_s;
        }
        QTest::newRow("permits blank lines")
            << u"permits"_s << QByteArray("\n  \r\n\n") << u"f: the file has no records"_s;
        QTest::newRow("reports header only") << u"reports"_s << QByteArray("record,permit,period\n")
                                             << u"f: the file has no records"_s;
        QTest::newRow("staff header only") << u"staff"_s << QByteArray("code,name,role\r\n\r\n")
                                           << u"f: the file has no records"_s;
        QTest::newRow("checklists without templates")
            << u"checklists"_s << QByteArray("{\"templates\": []}")
            << u"f: the file has no records"_s;
        QTest::newRow("checklists white space")
            << u"checklists"_s << QByteArray(" \n\t\n") << u"f: the file has no records"_s;
    }
    void fileWithoutRecordsIsRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, issue);
        auto db = freshStore();
        QTemporaryDir dir;
        const ImportReport report = importAs(*db, kind, writeFile(dir, u"f"_s, bytes));
        QCOMPARE(issueTexts(report), QStringList {issue});
        QCOMPARE(report.summary(), u"f: 1 error(s), nothing imported"_s);
        QCOMPARE(count(*db, u"import_run"_s), 0);
    }

    // The reports importer's keys, past what it holds in memory, go to a scratch file that
    // goes away with the set; duplicates are found on either side of the move.
    void keySetMovesToDiskAndStaysExact()
    {
        QTemporaryDir dir;
        {
            importer::KeySet keys(dir.path());
            const auto key = [](int i) {
                return "outlet\x1fSO2\x1f" + QByteArray::number(i);
            };
            const int n = importer::KeySet::kMemoryKeys + 5000;
            for (int i = 0; i < n; ++i)
                QCOMPARE(keys.insert(key(i), i + 2), std::nullopt);
            QVERIFY(keys.onDisk());
            QCOMPARE(keys.size(), n);
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
            QCOMPARE(keys.insert(key(7), 999), std::optional<qint64>(9)); // moved from memory
            QCOMPARE(keys.insert(key(n - 1), 999), std::optional<qint64>(n + 1));
            QCOMPARE(keys.insert(key(n), 5), std::nullopt);
            keys.clear();
            QVERIFY(!keys.onDisk());
            QCOMPARE(keys.insert(key(7), 3), std::nullopt);
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestImportRun)
#include "tst_importrun.moc"
