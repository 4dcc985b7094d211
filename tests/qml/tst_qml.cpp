// Runs the TestCase files of this folder (tst_*.qml) with the app's QML modules, against
// an AppSession on a temporary profile holding one started inspection of TEST_PERMIT, which
// is also assigned to the inspector (the map's route).
#include "evidencereceiptfixture.h"
#include "inspectionprofile.h"
#include "store/database.h"

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
        // It signs what it records (tst_evidencerecords), under a pinned log key.
        const auto logKey = outfall::evidence::SigningKeyPair::generate();
        evidencefixture::enrolForSigning(m_app->database(), logKey.publicKey);
        // Ready to sign (tst_signaturepad): the production seen and the second inspector.
        outfall::mobile::InspectionService service(m_app->session());
        service.recordProduction(inspectionId, u"running"_s);
        service.addInspector(inspectionId, u"I002"_s);
        // The record so far (the second inspector's joining) logged; later ones are not.
        evidencefixture::receiveReceipts(m_app->database(), logKey, 1);
        // TEST_PERMIT on the inspector's route, so the map page has outlets (tst_mappage).
        m_app->database().exec(uR"(
            INSERT INTO assignment (id, inspector_id, permit_id, phase, route_order, due_on,
                                    status, created_at, updated_at)
            VALUES ('a1', '0190a000-0000-7000-8000-000000000001', 'permit-1', 'post_issuance',
                    1, NULL, 'active', 0, 0))"_s);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        outfall::models::AppSession::provide(*engine, m_app.get());
        engine->addImportPath(u"qrc:/"_s); // module Outfall (Qt 6.4's default prefix)
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<outfall::models::AppSession> m_app;
};

QUICK_TEST_MAIN_WITH_SETUP(outfall_qml, Setup)
#include "tst_qml.moc"
