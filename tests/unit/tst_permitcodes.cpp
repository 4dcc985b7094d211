// Code rules: USCC check character (GB 32100-2015), permit numbers, outlet codes.
#include "domain/permitcodes.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall::domain;

class TestPermitCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkCharacterOfRealCodes_data()
    {
        QTest::addColumn<QString>("uscc");
        // The permit example in DOMAIN.md and two published credit codes.
        QTest::newRow("domain example") << u"91130200699229617X"_s;
        QTest::newRow("fujian") << u"91350100M000100Y43"_s;
        QTest::newRow("shenzhen") << u"91440300MA5D8G6X2R"_s;
    }
    void checkCharacterOfRealCodes()
    {
        QFETCH(QString, uscc);
        QCOMPARE(PermitCodes::usccCheckCharacter(QStringView(uscc).first(17)), uscc[17]);
        QCOMPARE(PermitCodes::validateUscc(uscc), QString());
    }

    void usccErrors_data()
    {
        QTest::addColumn<QString>("uscc");
        QTest::addColumn<QString>("message");
        QTest::newRow("short") << u"9113020069922961"_s << u"must be 18 characters, not 16"_s;
        QTest::newRow("letter O") << u"9113020069922961OX"_s
                                  << u"character 17 ('O') is not allowed"_s;
        QTest::newRow("lower case")
            << u"91130200699229617x"_s << u"character 18 ('x') is not allowed"_s;
        QTest::newRow("wrong check")
            << u"91130200699229617Y"_s << u"check character is 'Y' but GB 32100-2015 gives 'X'"_s;
    }
    void usccErrors()
    {
        QFETCH(QString, uscc);
        QFETCH(QString, message);
        const QString error = PermitCodes::validateUscc(uscc);
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }

    void permitNumbers_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("message");
        QTest::newRow("valid") << u"91130200699229617X001P"_s << QString();
        QTest::newRow("too short") << u"91130200699229617X01P"_s << u"must be 22 characters"_s;
        QTest::newRow("site not digits")
            << u"91130200699229617X0A1P"_s << u"characters 19-21 must be the 3-digit site"_s;
        QTest::newRow("no letter")
            << u"91130200699229617X0011"_s << u"character 22 must be an upper-case letter"_s;
        QTest::newRow("bad uscc") << u"91130200699229617Y001P"_s
                                  << u"credit code part: check character"_s;
    }
    void permitNumbers()
    {
        QFETCH(QString, number);
        QFETCH(QString, message);
        const QString error = PermitCodes::validatePermitNumber(number);
        if (message.isEmpty())
            QCOMPARE(error, QString());
        else
            QVERIFY2(error.startsWith(message), qPrintable(error));
    }

    void outletCodes()
    {
        QCOMPARE(PermitCodes::validateOutletCode(u"DA001", u"air"), QString());
        QCOMPARE(PermitCodes::validateOutletCode(u"DW012", u"water"), QString());
        QCOMPARE(PermitCodes::validateOutletCode(u"DW012"), QString());
        QVERIFY(PermitCodes::validateOutletCode(u"DA001", u"water").contains(u"starts with DW"));
        QVERIFY(PermitCodes::validateOutletCode(u"DW001", u"air").contains(u"starts with DA"));
        for (const auto bad : {u"DX001", u"DA01", u"da001", u"DA0011", u"TA001", u""})
            QVERIFY2(!PermitCodes::validateOutletCode(bad).isEmpty(),
                qPrintable(QStringView(bad).toString()));
    }
};

QTEST_GUILESS_MAIN(TestPermitCodes)
#include "tst_permitcodes.moc"
