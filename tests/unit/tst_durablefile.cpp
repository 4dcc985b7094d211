// store::DurableFile: publish moves a complete file into place (replacing what was there),
// directories are made with their parent synced, and failures are reported, not thrown.
#include "store/durablefile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using outfall::store::DurableFile;

class TestDurableFile : public QObject
{
    Q_OBJECT

private:
    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void publishMovesAndReplaces()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"ab/cdef"_s);
        QVERIFY(DurableFile::makeDirectory(dir.filePath(u"ab"_s)));
        QVERIFY(DurableFile::makeDirectory(dir.filePath(u"ab"_s))); // there already
        write(dir.filePath(u"one.part"_s), "first");
        QVERIFY(DurableFile::publish(dir.filePath(u"one.part"_s), target));
        QCOMPARE(read(target), QByteArray("first"));
        QVERIFY(!QFile::exists(dir.filePath(u"one.part"_s)));
        write(dir.filePath(u"two.part"_s), "second");
        QVERIFY(DurableFile::publish(dir.filePath(u"two.part"_s), target));
        QCOMPARE(read(target), QByteArray("second"));
        QCOMPARE(QDir(dir.filePath(u"ab"_s)).entryList(QDir::Files), QStringList {u"cdef"_s});
    }

    void failuresAreReported()
    {
        QTemporaryDir dir;
        QVERIFY(!DurableFile::sync(dir.filePath(u"missing"_s)));
        QVERIFY(!DurableFile::publish(dir.filePath(u"missing"_s), dir.filePath(u"target"_s)));
        QVERIFY(!QFile::exists(dir.filePath(u"target"_s)));
        write(dir.filePath(u"file"_s), "x");
        QVERIFY(!DurableFile::publish(dir.filePath(u"file"_s), dir.filePath(u"no/such/dir/x"_s)));
        QVERIFY(QFile::exists(dir.filePath(u"file"_s)));
        QVERIFY(DurableFile::sync(dir.path()));
    }
};

QTEST_GUILESS_MAIN(TestDurableFile)
#include "tst_durablefile.moc"
