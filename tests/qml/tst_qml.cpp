// Runs the TestCase files of this folder (tst_*.qml) with the app's QML modules, against
// an AppSession on a temporary profile holding one started inspection of TEST_PERMIT.
#include "inspectionprofile.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(OutfallPlugin)
Q_IMPORT_QML_PLUGIN(Outfall_ModelsPlugin)

using namespace Qt::StringLiterals;

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QString inspectionId;
        m_app = openInspectionProfile(m_dir.filePath(u"profile"_s), &inspectionId);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/"_s); // module Outfall (Qt 6.4's default prefix)
    }

    void cleanupTestCase() { outfall::models::AppSession::setInstance(nullptr); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<outfall::models::AppSession> m_app;
};

QUICK_TEST_MAIN_WITH_SETUP(outfall_qml, Setup)
#include "tst_qml.moc"
