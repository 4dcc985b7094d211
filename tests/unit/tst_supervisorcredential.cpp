// sync::SupervisorCredential, the file outfallctl (and the console to come) signs in with:
// what is written reads back, and a missing, empty or wrong file is refused naming the file.
#include "sync/supervisorcredential.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using outfall::sync::SupervisorCredential;

class TestSupervisorCredential : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QString refusal(const QString &path)
    {
        try {
            SupervisorCredential::read(path);
        } catch (const std::runtime_error &e) {
            return QString::fromStdString(e.what());
        }
        return {};
    }

private Q_SLOTS:
    void whatIsWrittenReadsBack()
    {
        const SupervisorCredential written {outfall::sync::CurveKeyPair::generate().publicKey,
            outfall::sync::CurveKeyPair::generate()};
        const SupervisorCredential read =
            SupervisorCredential::read(write(u"ok.credential"_s, written.toJson()));
        QCOMPARE(read.serverPublicKey, written.serverPublicKey);
        QCOMPARE(read.keys.publicKey, written.keys.publicKey);
        QCOMPARE(read.keys.secretKey, written.keys.secretKey);
    }

    void aBadFileIsRefusedByName()
    {
        const QString missing = m_dir.filePath(u"missing.credential"_s);
        QCOMPARE(refusal(missing), u"cannot read credential file "_s + missing);
        SupervisorCredential noServer {{}, outfall::sync::CurveKeyPair::generate()};
        for (const auto &[name, bytes] :
            {std::pair {u"empty"_s, QByteArray()},
                std::pair {u"not-json"_s, QByteArray("server_public_key = x")},
                std::pair {u"no-server-key"_s, noServer.toJson()},
                std::pair {u"short-key"_s,
                    QByteArray(
                        R"({"server_public_key": "abc", "public_key": "x", "secret_key": "y"})")}}) {
            const QString path = write(name, bytes);
            QCOMPARE(refusal(path),
                path
                    + u" is not a supervisor credential (server_public_key, public_key, secret_key)"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestSupervisorCredential)
#include "tst_supervisorcredential.moc"
