// The public site in a real browser: every page loaded by headless Chromium from file://, with
// no network. A page passes when it loaded (data-page-ready), its error probe recorded nothing
// (data-page-errors: script errors, failed or blocked loads; pagewriter.h) and Chromium logged
// no console message for it. Skipped, saying so, where /usr/bin/chromium is not installed
// (scripts/deps --browser installs it; scripts/test and so CI ask for it).

#include "publishfixture.h"
#include "server/publish/pagewriter.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using publishtest::Fixture;

namespace {

const QString kChromium = u"/usr/bin/chromium"_s;

struct Loaded
{
    bool finished = false;
    int exitCode = -1;
    QString dom;
    QStringList console; // Chromium's CONSOLE log lines for the page
};

} // namespace

class TestPublishBrowser : public QObject
{
    Q_OBJECT

    std::unique_ptr<Fixture> m_fixture;
    QString m_site;
    QTemporaryDir m_profile; // Chromium's profile: never the user's, never shared

    Loaded load(const QUrl &url)
    {
        QProcess chromium;
        chromium.start(kChromium,
            {u"--headless=new"_s, u"--disable-gpu"_s, u"--no-sandbox"_s,
                u"--enable-logging=stderr"_s, u"--v=0"_s, u"--no-first-run"_s,
                u"--user-data-dir="_s + m_profile.path(), u"--dump-dom"_s, url.toString()});
        Loaded loaded;
        loaded.finished = chromium.waitForFinished(120000);
        if (!loaded.finished) {
            chromium.kill();
            chromium.waitForFinished();
            return loaded;
        }
        loaded.exitCode = chromium.exitCode();
        loaded.dom = QString::fromUtf8(chromium.readAllStandardOutput());
        for (const QString &line :
            QString::fromUtf8(chromium.readAllStandardError()).split(u'\n')) {
            if (line.contains(u":CONSOLE"_s))
                loaded.console.append(line);
        }
        return loaded;
    }

    static QString domText(const QString &text)
    {
        // How a serialised DOM writes a text node.
        QString out = text;
        out.replace(u'&', u"&amp;"_s).replace(u'<', u"&lt;"_s).replace(u'>', u"&gt;"_s);
        return out.replace(QChar(0xA0), u"&nbsp;"_s);
    }

    QStringList pages() const
    {
        QStringList result;
        QDirIterator it(m_site, {u"*.html"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            result.append(it.next());
        result.sort();
        return result;
    }

    void verifyClean(const Loaded &loaded, const QString &what)
    {
        QVERIFY2(loaded.finished, qPrintable(what + u": Chromium did not finish"_s));
        QVERIFY2(loaded.exitCode == 0,
            qPrintable(what + u": Chromium exit code %1"_s.arg(loaded.exitCode)));
        QVERIFY2(loaded.dom.contains(u"data-page-ready=\"1\""_s),
            qPrintable(what + u": the page did not finish loading: "_s + loaded.dom.left(300)));
        // The attribute, not the probe script that names it.
        const qsizetype errors = loaded.dom.indexOf(u"data-page-errors=\""_s);
        QVERIFY2(errors < 0, qPrintable(what + u": "_s + loaded.dom.mid(errors, 300)));
        QVERIFY2(loaded.console.isEmpty(), qPrintable(what + u": "_s + loaded.console.join(u'\n')));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo(kChromium).isExecutable())
            QSKIP("/usr/bin/chromium is not installed: run scripts/deps --browser "
                  "(apt-get install chromium) to load the public site in a real browser");
        QVERIFY(m_profile.isValid());
        m_fixture = std::make_unique<Fixture>(3);
        m_site = m_fixture->path(u"site"_s);
        const auto run = m_fixture->publish(m_site);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    // The probe the pages carry does see a script error and a failed load: without this, a
    // probe that never fires would pass every page.
    void probeCatchesErrors()
    {
        const QString broken = m_fixture->path(u"broken.html"_s);
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            (u"<!DOCTYPE html><html><head><script>"_s + outfall::server::publish::errorProbeScript()
                + u"</script></head><body><p>x</p><script>notDefined();</script></body></html>"_s)
                .toUtf8());
        file.close();
        const Loaded loaded = load(QUrl::fromLocalFile(broken));
        QVERIFY(loaded.finished);
        QVERIFY2(loaded.dom.contains(u"data-page-errors=\"Uncaught ReferenceError: notDefined"_s),
            qPrintable(loaded.dom.left(400)));
        QVERIFY(!loaded.console.isEmpty());
    }

    void everyPageLoadsCleanly()
    {
        const QStringList all = pages();
        QCOMPARE(all.size(), 4 + 2 * m_fixture->permitNumbers().size());
        for (const QString &page : all) {
            const Loaded loaded = load(QUrl::fromLocalFile(page));
            verifyClean(loaded, QDir(m_site).relativeFilePath(page));
            if (QTest::currentTestFailed())
                return;
        }
    }

    void enterprisesAppearInBothLanguages()
    {
        const Loaded zh = load(QUrl::fromLocalFile(m_site + u"/index.html"_s));
        const Loaded en = load(QUrl::fromLocalFile(m_site + u"/index.en.html"_s));
        verifyClean(zh, u"index.html"_s);
        verifyClean(en, u"index.en.html"_s);
        for (const auto &[number, names] : m_fixture->holders()) {
            QVERIFY2(zh.dom.contains(domText(names.zh)), qPrintable(names.zh));
            QVERIFY2(en.dom.contains(domText(names.en)), qPrintable(names.en));
            QVERIFY(zh.dom.contains(number));
            QVERIFY(en.dom.contains(number));
            const Loaded page =
                load(QUrl::fromLocalFile(m_site + u"/permit/"_s + number + u".en.html"_s));
            verifyClean(page, number);
            QVERIFY(page.dom.contains(u"<h1>"_s + domText(names.en) + u"</h1>"_s));
            QVERIFY(page.dom.contains(u"<svg class=\"map\""_s));
        }
        // The holder named like markup stayed text: the parser made no element of it.
        QVERIFY(zh.dom.contains(u"&lt;script&gt;alert(\"x\")&lt;/script&gt;"_s));
        QVERIFY(!zh.dom.contains(u"<script>alert"_s));
        QVERIFY(!en.dom.contains(u"<i>Works</i>"_s));
        QVERIFY(zh.dom.contains(u"持证单位"_s));
        QVERIFY(en.dom.contains(u"Permit holders"_s));
    }

    void searchFiltersRows()
    {
        const auto holders = m_fixture->holders();
        const QString wanted = holders.value(1).second.zh;
        QUrl url = QUrl::fromLocalFile(m_site + u"/index.html"_s);
        url.setFragment(u"q="_s + QString::fromLatin1(QUrl::toPercentEncoding(wanted)));
        const Loaded loaded = load(url);
        verifyClean(loaded, u"index.html#q="_s + wanted);
        QCOMPARE(loaded.dom.count(u"<tr data-search="_s), holders.size());
        // Every row but the one searched for is hidden; the count says 1.
        QCOMPARE(loaded.dom.count(u"\" hidden=\"\"><td>"_s), holders.size() - 1);
        QVERIFY(loaded.dom.contains(u"<span id=\"shown\">1</span>"_s));
        // Nothing matches: every row hidden, the "no match" line shown.
        url.setFragment(u"q=no-such-enterprise"_s);
        const Loaded none = load(url);
        verifyClean(none, u"index.html#q=no-such-enterprise"_s);
        QCOMPARE(none.dom.count(u"\" hidden=\"\"><td>"_s), holders.size());
        QVERIFY(none.dom.contains(u"<p id=\"none\">"_s));
    }
};

QTEST_GUILESS_MAIN(TestPublishBrowser)
#include "tst_publishbrowser.moc"
