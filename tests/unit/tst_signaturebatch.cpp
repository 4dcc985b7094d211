// server::SignatureBatch: a push's signatures checked on several threads give the same
// verdicts, in the same order, as one by one on the sync thread, whatever the thread count,
// with bad signatures, wrong keys and malformed sizes at the edges of the threads' strides.
#include "evidence/recordsigner.h"
#include "evidence/recordverifier.h"
#include "server/signaturebatch.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall;
using server::SignatureBatch;

class TestSignatureBatch : public QObject
{
    Q_OBJECT

private:
    // count items, signed by one of two keys; the ones in `bad` spoilt in turn: a flipped
    // signature byte, another key named, a flipped message byte, a short signature.
    static std::vector<SignatureBatch::Item> items(int count, const QList<int> &bad)
    {
        const evidence::RecordSigner first(evidence::SigningKeyPair::generate());
        const evidence::RecordSigner second(evidence::SigningKeyPair::generate());
        std::vector<SignatureBatch::Item> made;
        for (int i = 0; i < count; ++i) {
            const evidence::RecordSigner &signer = i % 3 ? first : second;
            const QByteArray message = "record " + QByteArray::number(i);
            made.push_back({signer.publicKey(), message, signer.sign(message)});
        }
        for (qsizetype n = 0; n < bad.size(); ++n) {
            SignatureBatch::Item &item = made[std::size_t(bad[n])];
            switch (n % 4) {
            case 0:
                item.signature[10] = char(item.signature[10] ^ 1);
                break;
            case 1:
                item.publicKey =
                    item.publicKey == first.publicKey() ? second.publicKey() : first.publicKey();
                break;
            case 2:
                item.message[0] = char(item.message[0] ^ 1);
                break;
            default:
                item.signature.chop(1);
                break;
            }
        }
        return made;
    }

private Q_SLOTS:
    void verdictsMatchTheOneByOneCheck_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<unsigned>("threads");
        QTest::addColumn<QList<int>>("bad");
        QTest::newRow("none") << 0 << 2u << QList<int> {};
        QTest::newRow("few, calling thread only") << 5 << 4u << QList<int> {0, 4};
        QTest::newRow("200 on 2 threads") << 200 << 2u << QList<int> {0, 1, 2, 3, 99, 198, 199};
        QTest::newRow("257 on 3 threads") << 257 << 3u << QList<int> {0, 1, 2, 128, 255, 256};
        QTest::newRow("64 on 8 threads (capped)") << 64 << 8u << QList<int> {31, 32, 63};
        QTest::newRow("all bad") << 40 << 2u
                                 << QList<int> {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
                                        15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
                                        30, 31, 32, 33, 34, 35, 36, 37, 38, 39};
    }

    void verdictsMatchTheOneByOneCheck()
    {
        QFETCH(int, count);
        QFETCH(unsigned, threads);
        QFETCH(QList<int>, bad);
        const std::vector<SignatureBatch::Item> batch = items(count, bad);
        const std::vector<bool> verdicts = SignatureBatch::verify(batch, threads);
        QCOMPARE(verdicts.size(), batch.size());
        for (int i = 0; i < count; ++i) {
            const auto &item = batch[std::size_t(i)];
            QCOMPARE(verdicts[std::size_t(i)],
                evidence::RecordVerifier::verify(item.publicKey, item.message, item.signature));
            QCOMPARE(verdicts[std::size_t(i)], !bad.contains(i));
        }
    }
};

QTEST_GUILESS_MAIN(TestSignatureBatch)
#include "tst_signaturebatch.moc"
