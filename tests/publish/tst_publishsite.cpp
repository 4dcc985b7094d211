// outfall-server publish: the static public site (docs/publish.md). Generated from a small
// demo district with private records planted in it (publishfixture.h).

#include "publishfixture.h"
#include "server/publish/htmlescape.h"
#include "server/publish/outletmap.h"
#include "server/publish/routedrawreader.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall::server;
using publishtest::Fixture;

class TestPublishSite : public QObject
{
    Q_OBJECT

    std::unique_ptr<Fixture> m_fixture;
    QString m_site;

    static QString read(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

    // Every file of a directory, relative path -> bytes.
    static QMap<QString, QByteArray> tree(const QString &root)
    {
        QMap<QString, QByteArray> files;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                files.insert(QDir(root).relativeFilePath(path), file.readAll());
        }
        return files;
    }

    QStringList pages() const
    {
        QStringList result;
        const auto files = tree(m_site);
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (it.key().endsWith(u".html"))
                result.append(it.key());
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<Fixture>(6);
        m_site = m_fixture->path(u"site"_s);
        const auto run = m_fixture->publish(m_site);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(
            run.out.startsWith(u"published 6 permit(s) and 1 random draw(s) as of 2026-11-01"_s),
            qPrintable(run.out));
    }

    void everyPageExists()
    {
        QStringList expected = {
            u"index.html"_s, u"index.en.html"_s, u"draws.html"_s, u"draws.en.html"_s};
        for (const QString &number : m_fixture->permitNumbers())
            expected << u"permit/"_s + number + u".html"_s << u"permit/"_s + number + u".en.html"_s;
        QStringList actual = pages();
        expected.sort();
        actual.sort();
        QCOMPARE(actual, expected);
        QVERIFY(QFileInfo(m_site + u"/outfall-site.txt"_s).isFile());
        // Nothing else: no stylesheet, script or image file to fetch.
        QCOMPARE(tree(m_site).size(), expected.size() + 1);
    }

    void everyInternalLinkResolves()
    {
        static const QRegularExpression link(u"(?:href|src)=\"([^\"]*)\""_s);
        int checked = 0;
        for (const QString &page : pages()) {
            const QString html = read(m_site + u'/' + page);
            const QDir dir = QFileInfo(m_site + u'/' + page).dir();
            for (auto match = link.globalMatch(html); match.hasNext();) {
                QString target = match.next().captured(1);
                QVERIFY2(!target.isEmpty(), qPrintable(page));
                const qsizetype hash = target.indexOf(u'#');
                const QString fragment = hash >= 0 ? target.mid(hash + 1) : QString();
                target = hash >= 0 ? target.left(hash) : target;
                const QString file = target.isEmpty()
                    ? QFileInfo(m_site + u'/' + page).absoluteFilePath()
                    : QFileInfo(dir.filePath(target)).absoluteFilePath();
                QVERIFY2(QFileInfo(file).isFile(),
                    qPrintable(u"%1 links to %2, which is not a file"_s.arg(page, target)));
                QVERIFY2(file.startsWith(QFileInfo(m_site).absoluteFilePath() + u'/'),
                    qPrintable(u"%1 links outside the site: %2"_s.arg(page, target)));
                if (!fragment.isEmpty())
                    QVERIFY(read(file).contains(u"id=\""_s + fragment + u'"'));
                ++checked;
            }
        }
        QVERIFY(checked > 50);
    }

    void nothingExternal()
    {
        static const QRegularExpression external(
            u"https?:|//[a-z0-9]|<link\\b|<img\\b|<iframe\\b|<object\\b|@import|url\\(|\\bsrc="_s,
            QRegularExpression::CaseInsensitiveOption);
        for (const QString &page : pages()) {
            const QString html = read(m_site + u'/' + page);
            const auto match = external.match(html);
            QVERIFY2(!match.hasMatch(),
                qPrintable(u"%1 refers outside: %2"_s.arg(
                    page, html.mid(match.capturedStart() - 40, 100))));
            // The policy that keeps a browser from loading anything, should a writer slip.
            QVERIFY(html.contains(u"Content-Security-Policy\" content=\"default-src 'none'"_s));
        }
    }

    void nothingPrivate()
    {
        // Each secret is really in the store (a test that looks for what was never planted
        // would pass whatever the site shows): searched in every text column of every table.
        auto db = ServerStore::open(m_fixture->data());
        QStringList columns;
        auto tables = db->prepare(
            u"SELECT m.name, c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c "
            u"WHERE m.type = 'table' ORDER BY m.name, c.cid"_s);
        while (tables.step()) {
            columns.append(u"SELECT count(*) AS n FROM \"%1\" WHERE CAST(\"%2\" AS TEXT) "
                           u"LIKE '%' || ?1 || '%'"_s.arg(tables.text(0), tables.text(1)));
        }
        for (const QString &secret : publishtest::kSecrets) {
            auto count =
                db->prepare(u"SELECT sum(n) FROM ("_s + columns.join(u" UNION ALL "_s) + u")"_s);
            count.bind(1, secret);
            QVERIFY(count.step());
            QVERIFY2(count.int64(0) > 0, qPrintable(secret + u" was not planted"_s));
        }
        for (const QString &page : pages()) {
            const QString html = read(m_site + u'/' + page);
            for (const QString &secret : publishtest::kSecrets)
                QVERIFY2(!html.contains(secret), qPrintable(page + u" shows "_s + secret));
        }
    }

    void holderNamesAreEscaped()
    {
        const QString number = m_fixture->nastyPermit();
        const QString index = read(m_site + u"/index.html"_s);
        const QString indexEn = read(m_site + u"/index.en.html"_s);
        const QString permit = read(m_site + u"/permit/"_s + number + u".html"_s);
        const QString escaped = u"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Tom &amp; "
                                u"Jerry&#39;s &quot;Best&quot; &lt;b&gt;Co&lt;/b&gt;"_s;
        const QString escapedEn =
            u"A&amp;B &lt;i&gt;Works&lt;/i&gt; &quot;Quoted&quot; &#39;Single&#39;"_s;
        QVERIFY(index.contains(escaped));
        QVERIFY(indexEn.contains(escapedEn));
        QVERIFY(permit.contains(u"<h1>"_s + escaped + u"</h1>"_s));
        QVERIFY(permit.contains(escapedEn));
        for (const QString &page : pages()) {
            const QString html = read(m_site + u'/' + page);
            QVERIFY2(!html.contains(u"<script>alert"_s), qPrintable(page));
            QVERIFY2(!html.contains(u"<i>Works"_s), qPrintable(page));
            QVERIFY2(!html.contains(u"<b>Co"_s), qPrintable(page));
        }
        // The search key of the row is an attribute: escaped too, and lower-cased.
        QVERIFY(index.contains(u"data-search=\"&lt;script&gt;alert(&quot;x&quot;)"_s));

        QCOMPARE(publish::escapeHtml(u"<a href='x'>\"&\"</a>"_s),
            u"&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;"_s);
        QCOMPARE(publish::escapeHtml(u"深圳 ≤ 35 mg/Nm³"_s), u"深圳 ≤ 35 mg/Nm³"_s);
    }

    void permitPageHoldsThePublicContent()
    {
        const QString number = m_fixture->drawnPermit();
        const QString zh = read(m_site + u"/permit/"_s + number + u".html"_s);
        const QString en = read(m_site + u"/permit/"_s + number + u".en.html"_s);
        auto db = ServerStore::open(m_fixture->data());
        auto outlets = db->prepare(
            u"SELECT o.code, o.name, l.pollutant, l.max_value, l.standard FROM outlet o "
            u"JOIN permit p ON p.id = o.permit_id JOIN emission_limit l ON l.outlet_id = o.id "
            u"WHERE p.number = ? ORDER BY o.code"_s);
        outlets.bind(1, number);
        int limits = 0;
        while (outlets.step()) {
            for (const QString *html : {&zh, &en}) {
                QVERIFY(html->contains(u">"_s + outlets.text(0) + u"<"_s));
                QVERIFY(html->contains(publish::escapeHtml(outlets.text(1))));
                QVERIFY(
                    html->contains(u"<span class=\"codes\">"_s + outlets.text(2) + u"</span>"_s));
                if (!outlets.isNull(3))
                    QVERIFY(html->contains(publish::formatNumber(outlets.real(3))));
                QVERIFY(html->contains(publish::escapeHtml(outlets.text(4))));
            }
            ++limits;
        }
        QVERIFY(limits > 0);
        for (const QString *html : {&zh, &en}) {
            QVERIFY(html->contains(number));
            QVERIFY(html->contains(u"<svg class=\"map\""_s));
            QVERIFY(html->contains(u"id=\"monitoring\""_s));
        }
        QVERIFY(zh.contains(u"许可排放限值"_s));
        QVERIFY(zh.contains(u"自行监测要求"_s));
        QVERIFY(en.contains(u"Permitted emission limits"_s));
        QVERIFY(en.contains(u"Self-monitoring requirements"_s));
        // The language switch points at the twin page.
        QVERIFY(zh.contains(u"href=\""_s + number + u".en.html\""_s));
        QVERIFY(en.contains(u"href=\""_s + number + u".html\""_s));
        QVERIFY(zh.contains(u"<html lang=\"zh-CN\">"_s));
        QVERIFY(en.contains(u"<html lang=\"en\">"_s));
    }

    void onlyReviewedInspectionsUpToAsOf()
    {
        const QString number = m_fixture->inspectedPermit();
        const QString zh = read(m_site + u"/permit/"_s + number + u".html"_s);
        const QString en = read(m_site + u"/permit/"_s + number + u".en.html"_s);
        // One row: the reviewed one; not the submitted one, not the one after --as-of.
        QCOMPARE(zh.count(u"<td>证后执法检查</td>"_s), 1);
        QVERIFY(zh.contains(m_fixture->reviewedDay()));
        QVERIFY(!zh.contains(u"2026-10-20"_s));
        QVERIFY(!zh.contains(u"2026-11-05"_s));
        QVERIFY(en.contains(u"<td>the Ecology and Environment Bureau</td>"_s));
        QVERIFY(zh.contains(u"<td>生态环境局</td>"_s));
        // The corrected answer counts: one finding, named by its checklist item.
        QVERIFY(
            en.contains(u"%1 items checked, 1 non-compliant:"_s.arg(m_fixture->m_itemsChecked)));
        QVERIFY(en.contains(u"<span class=\"codes\">"_s + m_fixture->m_findingCode + u"</span>"_s));
        QVERIFY(read(m_site + u"/index.html"_s).contains(u">"_s + number + u"</td>"_s));
        // Other permits: no inspection.
        const QString other =
            read(m_site + u"/permit/"_s + m_fixture->drawnPermit() + u".en.html"_s);
        QVERIFY(other.contains(u"No reviewed inspection yet."_s));
    }

    void drawsArePublishedWithoutInspectors()
    {
        const QString zh = read(m_site + u"/draws.html"_s);
        const QString en = read(m_site + u"/draws.en.html"_s);
        for (const QString *html : {&zh, &en}) {
            QVERIFY(html->contains(u"20261015"_s)); // the seed
            QVERIFY(!html->contains(QString::number(publishtest::kUnpublishedSeed)));
            QVERIFY(html->contains(u"2026-10-15T02:00:00Z"_s)); // 10:00 in China, in UTC
            // Drawn: the permit named by number, linked to its page.
            QVERIFY(html->contains(u"<ol><li><a href=\"permit/"_s + m_fixture->drawnPermit()));
            // The pool names enterprises: each is shown by its permit's number.
            QVERIFY(html->contains(m_fixture->inspectedPermit()));
            QVERIFY(html->contains(u"<span class=\"codes\">pool</span> = industry=4411"_s));
            QVERIFY(html->contains(u"<span class=\"codes\">inspectors</span> = 2"_s));
        }
    }

    void drawsReaderWithoutTheTable()
    {
        outfall::store::Database db(u":memory:"_s);
        db.exec(u"CREATE TABLE permit (id TEXT, number TEXT)"_s);
        QVERIFY(publish::StoreRouteDrawReader(db).draws().isEmpty());
    }

    // A record that no longer reads is an error, never a draw quietly left off the record.
    void drawsReaderRefusesABrokenRecord()
    {
        outfall::store::Database db(u":memory:"_s);
        db.exec(u"CREATE TABLE permit (id TEXT, number TEXT, enterprise_id TEXT, revision INT);"
                u"CREATE TABLE route_draw (number INT, seed TEXT, content TEXT, "
                u"published_at INT);"
                u"INSERT INTO route_draw VALUES (1, '42', '{\"seed\": \"42\"}', 0);"_s);
        try {
            publish::StoreRouteDrawReader(db).draws();
            QFAIL("a record without rules was read");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(u"rules"_s), e.what());
        }
    }

    void sameDataSameBytes()
    {
        const QString again = m_fixture->path(u"again"_s);
        QCOMPARE(m_fixture->publish(again).exitCode, 0);
        const auto first = tree(m_site);
        const auto second = tree(again);
        QCOMPARE(second.keys(), first.keys());
        for (auto it = first.cbegin(); it != first.cend(); ++it)
            QVERIFY2(second.value(it.key()) == it.value(), qPrintable(it.key()));
        // Publishing over an earlier site replaces it whole: the same bytes, no stale page.
        QFile stale(again + u"/permit/STALE.html"_s);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        QCOMPARE(m_fixture->publish(again).exitCode, 0);
        QCOMPARE(tree(again), first);
        QVERIFY(!QFileInfo::exists(again + u".publishing"_s));
        QVERIFY(!QFileInfo::exists(again + u".previous"_s));
    }

    void badCommandLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no --out") << QStringList {u"--data"_s, u"DATA"_s}
                                  << u"--out OUTDIR is required"_s;
        QTest::newRow("--out without value")
            << QStringList {u"--data"_s, u"DATA"_s, u"--out"_s} << u"--out needs a value"_s;
        QTest::newRow("no --data")
            << QStringList {u"--out"_s, u"OUT"_s} << u"--data DIR is required"_s;
        QTest::newRow("unknown data dir") << QStringList {u"--data"_s, u"/no/such/dir"_s,
            u"--out"_s, u"OUT"_s} << u"--data: no store at /no/such/dir/outfall.db"_s;
        QTest::newRow("unwritable out") << QStringList {u"--data"_s, u"DATA"_s, u"--out"_s,
            u"/proc/outfall-site"_s} << u"--out: cannot write in /proc"_s;
        QTest::newRow("out is a file") << QStringList {u"--data"_s, u"DATA"_s, u"--out"_s,
            u"DATA/outfall.db"_s} << u"is not a directory"_s;
        QTest::newRow("out holds other files") << QStringList {u"--data"_s, u"DATA"_s, u"--out"_s,
            u"DATA"_s} << u"holds files that are not a published site"_s;
        QTest::newRow("bad --as-of") << QStringList {u"--data"_s, u"DATA"_s, u"--out"_s, u"OUT"_s,
            u"--as-of"_s, u"2026-02-30"_s}
                                     << u"--as-of"_s;
        QTest::newRow("unknown option") << QStringList {u"--data"_s, u"DATA"_s, u"--out"_s,
            u"OUT"_s, u"--json"_s} << u"unknown option --json"_s;
    }

    void badCommandLines()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        for (QString &argument : arguments) {
            argument.replace(u"DATA"_s, m_fixture->data());
            argument.replace(u"OUT"_s, m_fixture->path(u"never"_s));
        }
        const auto run = publishtest::server(QStringList {u"publish"_s} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(u"outfall-server: publish: "_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(m_fixture->path(u"never"_s)));
        // Nothing of the data directory was touched.
        QVERIFY(!QFileInfo::exists(m_fixture->data() + u"/permit"_s));
    }

    void scaleBar()
    {
        QCOMPARE(publish::scaleBarMetres(150), 50.0);
        QCOMPARE(publish::scaleBarMetres(700), 200.0);
        QCOMPARE(publish::scaleBarMetres(2500), 500.0);
        QCOMPARE(publish::scaleBarMetres(3000), 1000.0);
    }
};

QTEST_GUILESS_MAIN(TestPublishSite)
#include "tst_publishsite.moc"
