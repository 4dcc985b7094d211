// Models QML makes work on the session of the engine that makes them (AppSession::provide,
// SessionBound), never a process-wide one: two engines on two profiles in one process each
// see their own store, the singletons included, and a model made without an engine session
// shows nothing rather than another profile's data.
#include "devicefixture.h"
#include "models/lists/permitlistmodel.h"
#include "models/session/appsession.h"
#include "store/database.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Outfall_ModelsPlugin)

using namespace Qt::StringLiterals;
using outfall::models::AppSession;

class TestEngineSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A permit list and the AppSession singleton's count, made by QML on `engine`.
    static std::unique_ptr<QObject> makeList(QQmlEngine &engine)
    {
        QQmlComponent component(&engine);
        component.setData(
            "import Outfall.Models\n"
            "PermitListModel { property int singletonCount: AppSession.permitCount }\n",
            QUrl(u"qrc:/list.qml"_s));
        std::unique_ptr<QObject> made(component.create());
        if (!made)
            qWarning("%s", qPrintable(component.errorString()));
        return made;
    }

private Q_SLOTS:
    void eachEngineItsOwnStore()
    {
        AppSession three(m_dir.filePath(u"three"_s));
        addThreeTestPermits(three.database());
        AppSession none(m_dir.filePath(u"none"_s));

        QQmlEngine first;
        AppSession::provide(first, &three);
        QQmlEngine second;
        AppSession::provide(second, &none);
        const auto listed = makeList(first);
        const auto empty = makeList(second);
        QVERIFY(listed && empty);
        QCOMPARE(listed->property("count").toInt(), 3);
        QCOMPARE(listed->property("singletonCount").toInt(), 3);
        QCOMPARE(empty->property("count").toInt(), 0);
        QCOMPARE(empty->property("singletonCount").toInt(), 0);
        QCOMPARE(AppSession::of(listed.get()), &three);
        QCOMPARE(AppSession::of(empty.get()), &none);

        // The session's reloads reach its engine's models only.
        addTestPermit(none.database(), u"4"_s, u"91440300MA5D8G6X2R"_s, u"第四"_s, u"Fourth"_s, 1);
        Q_EMIT none.dataChanged();
        QCOMPARE(empty->property("count").toInt(), 1);
        QCOMPARE(listed->property("count").toInt(), 3);
    }

    void noSessionNoData()
    {
        AppSession three(m_dir.filePath(u"other"_s));
        addThreeTestPermits(three.database());
        outfall::models::PermitListModel orphan;
        QCOMPARE(orphan.rowCount(), 0);
        QCOMPARE(orphan.appSession(), nullptr);
        orphan.setAppSession(&three);
        QCOMPARE(orphan.rowCount(), 3);
    }
};

QTEST_MAIN(TestEngineSession)
#include "tst_enginesession.moc"
