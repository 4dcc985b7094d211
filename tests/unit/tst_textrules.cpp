// The text rules every field keeps (docs/formats.md, "Text"): length in characters, control
// and bidirectional characters, line breaks, and how error messages quote input.
#include "domain/textrules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall::domain;

class TestTextRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lengthCountsCharacters()
    {
        QCOMPARE(TextRules::length(u"深圳南山"), 4);
        QCOMPARE(TextRules::length(u"a😀b"), 3); // a surrogate pair is one character
        QCOMPARE(TextRules::length(QString(200, u'x')), 200);
    }

    void problems_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("manyLines");
        QTest::addColumn<QString>("problem");
        const auto row = [](const char *name, const QString &text, bool many, const QString &p) {
            QTest::newRow(name) << text << many << p;
        };
        row("plain", u"深圳南山热电有限公司"_s, false, QString());
        row("tab", u"a\tb"_s, false, QString());
        row("200 characters", QString(200, u'名'), false, QString());
        row("201 characters", QString(201, u'名'), false, u"too long (201 > 200)"_s);
        row("NUL", u"X-NEW"_s + QChar(0) + u"HIDDEN"_s, false,
            u"contains the control character U+0000 at character 6"_s);
        row("ESC", u"Wang\x1b[31m"_s, false,
            u"contains the control character U+001B at character 5"_s);
        row("DEL", u"a\x7f"_s, false, u"contains the control character U+007F at character 2"_s);
        row("C1", u"a\u0085"_s, true, u"contains the control character U+0085 at character 2"_s);
        row("RLO", u"\u202Egnp.exe"_s, false,
            u"contains the bidirectional control U+202E at character 1"_s);
        row("LRI", u"ab\u2066c"_s, true,
            u"contains the bidirectional control U+2066 at character 3"_s);
        row("PDI", u"ab\u2069"_s, false,
            u"contains the bidirectional control U+2069 at character 3"_s);
        row("LRM is not a control", u"a\u200Eb"_s, false, QString());
        row("newline in a name", u"Wang\nWei"_s, false,
            u"contains a line break at character 5 (the field is one line)"_s);
        row("CR in a name", u"Wang\rWei"_s, false,
            u"contains a line break at character 5 (the field is one line)"_s);
        row("line separator in a name", u"a\u2028b"_s, false,
            u"contains a line break at character 2 (the field is one line)"_s);
        row("newline in a paragraph", u"one\ntwo\r\nthree"_s, true, QString());
        row("lone CR in a paragraph", u"one\rtwo"_s, true,
            u"contains the control character U+000D at character 4"_s);
        row("unpaired surrogate", u"a"_s + QChar(0xD800) + u"b"_s, true,
            u"contains the unpaired surrogate U+D800 at character 2"_s);
        row("character after a pair", u"😀\x01"_s, false,
            u"contains the control character U+0001 at character 2"_s);
    }
    void problems()
    {
        QFETCH(QString, text);
        QFETCH(bool, manyLines);
        QFETCH(QString, problem);
        const TextRules::Rule rule {
            200, manyLines ? TextRules::Lines::Many : TextRules::Lines::One};
        QCOMPARE(TextRules::problem(text, rule), problem);
    }

    void quotedIsShortAndInert()
    {
        QCOMPARE(TextRules::quoted(u"mg/Nm4"), u"\"mg/Nm4\""_s);
        QCOMPARE(TextRules::quoted(QString(40, u'a')), u"\""_s + QString(40, u'a') + u"\""_s);
        QCOMPARE(TextRules::quoted(QString(50'000'000, u'a')),
            u"\""_s + QString(40, u'a') + u"…\" (50000000 characters)"_s);
        QCOMPARE(TextRules::quoted(u"a\x1b[2Jb\u202Ec"_s + QChar(0)),
            u"\"a\\u001B[2Jb\\u202Ec\\u0000\""_s);
        QCOMPARE(TextRules::quoted(u"two\nlines"), u"\"two\\u000Alines\""_s);
        QCOMPARE(TextRules::quoted(u"😀😀😀", 2), u"\"😀😀…\" (3 characters)"_s);
    }
};

QTEST_GUILESS_MAIN(TestTextRules)
#include "tst_textrules.moc"
