// The device's permit search: by number, credit code, Chinese or English name; literal
// matching of % and _; ordering; lookup by id.
#include "core/devicestore.h"
#include "core/permitdirectory.h"
#include "devicefixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall::mobile;

class TestPermitDirectory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DeviceStore> m_store;

    QStringList numbersFor(const QString &query)
    {
        QStringList numbers;
        for (const PermitSummary &p : PermitDirectory(m_store->database()).search(query))
            numbers << p.number.left(18);
        return numbers;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<DeviceStore>(m_dir.filePath(u"profile"_s));
        addThreeTestPermits(m_store->database());
    }

    void emptyQueryListsAllByName()
    {
        const auto all = PermitDirectory(m_store->database()).search(QString());
        QCOMPARE(all.size(), 3);
        QCOMPARE(PermitDirectory(m_store->database()).count(), 3);
        // Ordered by name (SQLite's binary order of the UTF-8 names).
        QVERIFY(all[0].enterpriseName < all[1].enterpriseName);
        QVERIFY(all[1].enterpriseName < all[2].enterpriseName);
    }

    void searchMatchesEachField_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("chinese name") << u"热电"_s << QStringList {u"91440300MA5D8G6X2R"_s};
        QTest::newRow("english, any case")
            << u"  PLATING "_s << QStringList {u"91350100M000100Y43"_s};
        QTest::newRow("credit code part") << u"699229"_s << QStringList {u"91130200699229617X"_s};
        QTest::newRow("permit number suffix")
            << u"x2r001p"_s << QStringList {u"91440300MA5D8G6X2R"_s};
        QTest::newRow("percent is literal") << u"100%_"_s << QStringList {u"91130200699229617X"_s};
        QTest::newRow("no match") << u"zzz"_s << QStringList {};
    }
    void searchMatchesEachField()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(numbersFor(query), expected);
    }

    void byIdCarriesOutletCount()
    {
        const auto permit = PermitDirectory(m_store->database()).byId(u"p1"_s);
        QVERIFY(permit);
        QCOMPARE(permit->outletCount, 2);
        QCOMPARE(permit->enterpriseNameEn, u"Nanshan Thermal Power"_s);
        QVERIFY(!PermitDirectory(m_store->database()).byId(u"missing"_s));
    }
};

QTEST_GUILESS_MAIN(TestPermitDirectory)
#include "tst_permitdirectory.moc"
