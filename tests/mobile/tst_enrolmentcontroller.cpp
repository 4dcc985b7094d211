// EnrolmentController: an enrolment code is checked field by field with a precise sentence
// for the first problem; a valid code goes to the pluggable enroller, whose answer is shown
// and whose inspector, on success, enrols the device.
#include "core/devicesession.h"
#include "models/controllers/enrolmentcontroller.h"
#include "models/session/appsession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace outfall;
using models::EnrolmentCode;
using models::EnrolmentController;

namespace {

const QString kKey =
    u"rq:rM>}U?@Lns47E1%kR.o@n%FcmmsL/@{H8]yf7"_s; // the ZeroMQ guide's example key
const QString kToken = u"7f3c9a1e-5b2d-4e8f"_s;

QString code(const QString &endpoint, const QString &key, const QString &token)
{
    return uR"({"endpoint": "%1", "server_public_key": "%2", "token": "%3"})"_s.arg(
        endpoint, key, token);
}

QString errorOf(const QString &text)
{
    QString error;
    if (EnrolmentController::parse(text, &error))
        return u"(valid)"_s;
    return error;
}

} // namespace

class TestEnrolmentController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<models::AppSession> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        m_session = std::make_unique<models::AppSession>(m_dir.filePath(u"profile"_s));
    }

    void validCode()
    {
        QString error = u"stale"_s;
        const auto parsed = EnrolmentController::parse(
            u"  "_s + code(u"tcp://sync.example.org:5570"_s, kKey, kToken) + u"\n"_s, &error);
        QVERIFY(parsed);
        QCOMPARE(error, QString());
        QCOMPARE(parsed->endpoint, u"tcp://sync.example.org:5570"_s);
        QCOMPARE(parsed->serverPublicKey, kKey);
        QCOMPARE(parsed->token, kToken);
    }

    void preciseErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << u"  "_s
                               << u"Paste the enrolment code or open the enrolment file."_s;
        QTest::newRow("not json") << u"{\"endpoint\": "_s
                                  << u"This is not an enrolment code: the text is not valid JSON"_s;
        QTest::newRow("array") << u"[1, 2]"_s << u"it must be a JSON object."_s;
        QTest::newRow("missing endpoint") << uR"({"server_public_key": "x", "token": "y"})"_s
                                          << u"The enrolment code has no “endpoint” field."_s;
        QTest::newRow("missing key") << uR"({"endpoint": "tcp://a:1", "token": "y"})"_s
                                     << u"The enrolment code has no “server_public_key” field."_s;
        QTest::newRow("missing token")
            << uR"({"endpoint": "tcp://a:1", "server_public_key": "x"})"_s
            << u"The enrolment code has no “token” field."_s;
        QTest::newRow("token not text")
            << uR"({"endpoint": "tcp://a:1", "server_public_key": "x", "token": 5})"_s
            << u"The “token” field of the enrolment code must be text."_s;
        QTest::newRow("bad endpoint") << code(u"http://a.example"_s, kKey,
            kToken) << u"The server address “http://a.example” must look like tcp://host:port."_s;
        QTest::newRow("short key")
            << code(u"tcp://a:1"_s, kKey.left(32), kToken)
            << u"The server public key must be 40 characters long (Z85 of 32 bytes); this one has 32."_s;
        QTest::newRow("hex key") << code(u"tcp://a:1"_s, QString(64, u'a'), kToken)
                                 << u"this one has 64."_s;
        QTest::newRow("not z85")
            << code(u"tcp://a:1"_s, kKey.left(10) + u"~"_s + kKey.mid(11), kToken)
            << u"The server public key has a character that is not Z85: “~” at position 11."_s;
        QTest::newRow("short token") << code(u"tcp://a:1"_s, kKey,
            u"abc"_s) << u"The enrolment token is too short (3 characters, at least 16)."_s;
    }

    void preciseErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const QString actual = errorOf(text);
        QVERIFY2(actual.contains(error), qPrintable(actual));
    }

    void controllerValidatesAsTheTextChanges()
    {
        EnrolmentController controller(m_session.get());
        QVERIFY(!controller.valid());
        QCOMPARE(controller.validationError(), QString()); // nothing typed: no scolding
        controller.setText(u"{"_s);
        QVERIFY(!controller.valid());
        QVERIFY(controller.validationError().contains(u"not valid JSON"_s));
        controller.setText(code(u"tcp://a:1"_s, kKey, kToken));
        QVERIFY(controller.valid());
        QCOMPARE(controller.validationError(), QString());
    }

    void loadsAFile()
    {
        EnrolmentController controller(m_session.get());
        QVERIFY(!controller.loadFile(m_dir.filePath(u"missing.json"_s)));
        QVERIFY(controller.result().contains(u"Cannot open the enrolment file"_s));
        QFile file(m_dir.filePath(u"enrol.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(code(u"tcp://a:1"_s, kKey, kToken).toUtf8());
        file.close();
        QVERIFY(controller.loadFile(QUrl::fromLocalFile(file.fileName()).toString()));
        QVERIFY(controller.valid());
    }

    void enrolCallsThePluggedEnroller()
    {
        EnrolmentController controller(m_session.get());
        controller.setText(code(u"tcp://a:1"_s, kKey, kToken));
        // The default enroller: valid code, but no client yet; nothing changes.
        QVERIFY(!controller.enrol());
        QVERIFY(controller.result().contains(u"cannot contact the server"_s));
        QVERIFY(!controller.enrolled());

        EnrolmentCode seen;
        EnrolmentController::setEnroller([&seen](const EnrolmentCode &c, mobile::DeviceSession &) {
            seen = c;
            return EnrolmentController::Outcome {
                true, u"Enrolled for 李明."_s, u"0190a000-0000-7000-8000-0000000000d1"_s};
        });
        QSignalSpy enrolled(&controller, &EnrolmentController::enrolledChanged);
        QSignalSpy reload(m_session.get(), &models::AppSession::dataChanged);
        QVERIFY(controller.enrol());
        QCOMPARE(reload.count(), 1);
        QCOMPARE(seen.token, kToken);
        QCOMPARE(controller.result(), u"Enrolled for 李明."_s);
        QVERIFY(controller.resultOk());
        QCOMPARE(enrolled.count(), 1);
        QVERIFY(controller.enrolled());
        QCOMPARE(m_session->session().identity().source(), u"enrolment"_s);

        EnrolmentController::setEnroller([](const EnrolmentCode &, mobile::DeviceSession &) {
            return EnrolmentController::Outcome {false, u"Token already used."_s, std::nullopt};
        });
        QVERIFY(!controller.enrol());
        QCOMPARE(controller.result(), u"Token already used."_s);
        QVERIFY(!controller.resultOk());
    }
};

QTEST_GUILESS_MAIN(TestEnrolmentController)
#include "tst_enrolmentcontroller.moc"
