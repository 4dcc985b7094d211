// docs/architecture.md stays true: every folder and file it names (a backquoted path under
// one of the tree's top folders; * matches in a file name) exists, and it names enough of them to
// be the map it claims to be. A failure names the path and its line.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestArchitectureDoc : public QObject
{
    Q_OBJECT

    // A path, or a pattern with * in its file name that one file at least matches.
    static bool exists(const QString &path)
    {
        const QFileInfo info(path);
        if (!info.fileName().contains(u'*'))
            return info.exists();
        return !info.dir().entryList({info.fileName()}, QDir::Files).isEmpty();
    }

private Q_SLOTS:
    void everyNamedPathExists()
    {
        const QString root = QStringLiteral(OUTFALL_SOURCE_DIR);
        QFile doc(root + u"/docs/architecture.md"_s);
        QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
        static const QRegularExpression path(
            u"`((?:shared|sync-server|mobile|qml|tests|docs|scripts|assets)/[^`\\s]*)`"_s);
        QStringList missing;
        int named = 0;
        int lineNumber = 0;
        while (!doc.atEnd()) {
            const QString line = QString::fromUtf8(doc.readLine());
            ++lineNumber;
            for (const auto &match : path.globalMatch(line)) {
                ++named;
                const QString relative = match.captured(1);
                if (!exists(root + u'/' + relative))
                    missing << u"docs/architecture.md:%1: %2"_s.arg(lineNumber).arg(relative);
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
        // The feature table and the measurement's path alone name more than this.
        QVERIFY2(named >= 60, qPrintable(u"only %1 paths named"_s.arg(named)));
    }
};

QTEST_GUILESS_MAIN(TestArchitectureDoc)
#include "tst_architecturedoc.moc"
