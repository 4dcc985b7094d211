// CborWriter must write exactly what QCborStreamWriter writes: the op codec's golden
// fixtures and every op already stored depend on those bytes.
#include "sync/cborwriter.h"

#include <QCborStreamWriter>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using outfall::sync::CborWriter;

class TestCborWriter : public QObject
{
    Q_OBJECT

private:
    // Writes the same items with both writers and compares the bytes.
    template<typename Write>
    static void expectSame(Write write)
    {
        QByteArray ours;
        CborWriter mine(ours);
        write(mine);
        QByteArray qts;
        QCborStreamWriter reference(&qts);
        write(reference);
        QCOMPARE(ours.toHex(' '), qts.toHex(' '));
    }

private Q_SLOTS:
    void unsignedIntegersAtEveryWidth()
    {
        const quint64 values[] = {0, 1, 23, 24, 255, 256, 65535, 65536, 0xffffffffULL,
            0x100000000ULL, std::numeric_limits<quint64>::max()};
        for (quint64 value : values)
            expectSame([&](auto &w) { w.append(value); });
    }

    void signedIntegersBothSides()
    {
        const qint64 values[] = {0, 1, -1, -24, -25, -256, -257, -65536, -65537,
            std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()};
        for (qint64 value : values)
            expectSame([&](auto &w) { w.append(value); });
    }

    void floatsAndDoubles()
    {
        expectSame([](auto &w) { w.append(41.5f); });
        expectSame([](auto &w) { w.append(-0.0f); });
        expectSame([](auto &w) { w.append(0.1); });
        expectSame([](auto &w) { w.append(std::numeric_limits<double>::infinity()); });
        expectSame([](auto &w) { w.append(1e300); });
    }

    void textAndBytes()
    {
        expectSame([](auto &w) { w.append(QString()); });
        expectSame([](auto &w) { w.append(u"COD"_s); });
        expectSame([](auto &w) { w.append(u"化学需氧量 mg/m³"_s); });
        expectSame([](auto &w) { w.append(QString(300, u'x')); });
        expectSame([](auto &w) { w.append(QByteArray()); });
        expectSame([](auto &w) { w.append(QByteArray(24, '\x01')); });
        expectSame([](auto &w) { w.appendByteString("0123456789abcdef", 16); });
        expectSame([](auto &w) { w.appendNull(); });
    }

    void containersWithDefiniteLengths()
    {
        expectSame([](auto &w) {
            w.startArray(2);
            w.append(quint64(7));
            w.startMap(1);
            w.append(quint64(3));
            w.appendNull();
            if constexpr (std::is_same_v<std::decay_t<decltype(w)>, QCborStreamWriter>) {
                w.endMap();
                w.endArray();
            }
        });
        expectSame([](auto &w) {
            w.startArray(1000);
            for (int i = 0; i < 1000; ++i)
                w.append(qint64(-i));
            if constexpr (std::is_same_v<std::decay_t<decltype(w)>, QCborStreamWriter>)
                w.endArray();
        });
    }
};

QTEST_APPLESS_MAIN(TestCborWriter)
#include "tst_cborwriter.moc"
