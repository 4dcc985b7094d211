// The enrolment code parser the device CLI and the app share, and the enrolment file reader:
// each refusal names the field and what is wrong, and hostile files (huge, a directory, a
// FIFO, a device) are named for what they are, without being read whole or waited on.
#include "sync/enrolment.h"
#include "sync/enrolmentcode.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using outfall::sync::Enrolment;
using outfall::sync::EnrolmentCode;

namespace {

const QByteArray kKey = "rq:rM>}U?@Lns47E1%kR.o@n%FcmmsL/@{H8]yf7"; // the ZeroMQ guide's example
const QByteArray kToken = "7f3c9a1e-5b2d-4e8f";

QByteArray code(const QByteArray &endpoint, const QByteArray &key, const QByteArray &token,
    const QByteArray &extra = {})
{
    return "{\"endpoint\": \"" + endpoint + "\", \"server_public_key\": \"" + key
        + "\", \"token\": \"" + token + '"' + extra + '}';
}

QString problemOf(const QByteArray &text)
{
    EnrolmentCode::Problem problem;
    return EnrolmentCode::parse(text, &problem) ? u"(valid)"_s : problem.english();
}

QString readFileError(const QString &path)
{
    try {
        Enrolment::readFile(path);
        return u"(valid)"_s;
    } catch (const std::runtime_error &e) {
        return QString::fromUtf8(e.what());
    }
}

} // namespace

class TestEnrolmentCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsWhatOutfallctlWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"enrol.json"_s);
        Enrolment::writeFile(path, u"tcp://127.0.0.1:5570"_s, kKey, QString::fromLatin1(kToken));
        const EnrolmentCode parsed = Enrolment::readFile(path);
        QCOMPARE(parsed.endpoint, u"tcp://127.0.0.1:5570"_s);
        QCOMPARE(parsed.serverPublicKey, QString::fromLatin1(kKey));
        QCOMPARE(parsed.token, QString::fromLatin1(kToken));
    }

    void refusesWithTheFieldAndTheReason_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << QByteArray(" \n") << u"the enrolment code is empty"_s;
        QTest::newRow("not json") << QByteArray("{\"endpoint\": ")
                                  << u"not an enrolment code: not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[1]") << u"it must be a JSON object"_s;
        QTest::newRow("missing key")
            << QByteArray("{\"endpoint\": \"tcp://a:1\", \"token\": \"y\"}")
            << u"server_public_key: missing"_s;
        QTest::newRow("number token") << QByteArray(
            "{\"endpoint\": \"tcp://a:1\", \"server_public_key\": \"k\", \"token\": 5}")
                                      << u"token: must be text"_s;
        QTest::newRow("unknown field")
            << code("tcp://a:1", kKey, kToken, ", \"admin\": true") << u"admin: unknown field"_s;
        QTest::newRow("http endpoint") << code(
            "http://a", kKey, kToken) << u"endpoint: \"http://a\" must look like tcp://host:port"_s;
        QTest::newRow("huge endpoint quoted short") << code("tcp://" + QByteArray(1000, 'a') + ":1",
            kKey, kToken) << u"endpoint: \"tcp://"_s + QString(34, u'a') + u"…\" must look like"_s;
        QTest::newRow("short key") << code("tcp://a:1", kKey.left(32),
            kToken) << u"server_public_key: must be 40 Z85 characters (32 bytes), not 32"_s;
        QTest::newRow("not z85") << code("tcp://a:1", kKey.left(3) + '~' + kKey.mid(4), kToken)
                                 << u"server_public_key: \"~\" at position 4 is not a Z85"_s;
        QTest::newRow("short token")
            << code("tcp://a:1", kKey, "abc") << u"token: too short (3 characters, at least 16)"_s;
        QTest::newRow("long token") << code("tcp://a:1", kKey, QByteArray(300, 'x'))
                                    << u"token: too long (300 characters, at most 256)"_s;
        QTest::newRow("control in token")
            << code("tcp://a:1", kKey, "abcdefgh\\u001bijklmnop")
            << u"token: the character at position 9 is not printable ASCII"_s;
        QTest::newRow("too large") << QByteArray(EnrolmentCode::maxBytes + 1, ' ')
                                   << u"too large for an enrolment code (65537 bytes > 65536)"_s;
    }

    void refusesWithTheFieldAndTheReason()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, problem);
        const QString actual = problemOf(text);
        QVERIFY2(actual.contains(problem), qPrintable(actual.left(300)));
        QVERIFY2(actual.size() < 300, "a refusal quotes the input briefly");
    }

    void fileReaderNamesWhatItWasGiven()
    {
        QTemporaryDir dir;
        QCOMPARE(readFileError(dir.filePath(u"absent.json"_s)),
            dir.filePath(u"absent.json"_s) + u": no such file"_s);
        QCOMPARE(
            readFileError(dir.path()), dir.path() + u": is a directory, not an enrolment file"_s);
        const QString fifo = dir.filePath(u"fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // A FIFO nobody writes to would block a reader forever: it is refused unopened.
        QVERIFY(readFileError(fifo).endsWith(u"is not a regular file (a device, FIFO or socket), "
                                             u"not an enrolment file"_s));
        QVERIFY(readFileError(u"/dev/zero"_s).contains(u"is not a regular file"_s));
    }

    void aHugeFileIsRefusedWithoutReadingItWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"huge.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(512) * 1024 * 1024)); // sparse: costs no disk
        file.close();
        QCOMPARE(readFileError(path),
            path + u": too large for an enrolment code (536870912 bytes > 65536)"_s);
    }
};

QTEST_GUILESS_MAIN(TestEnrolmentCode)
#include "tst_enrolmentcode.moc"
