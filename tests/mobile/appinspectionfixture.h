#pragma once

// An AppSession (the app's open profile) on a temporary directory with the inspection
// reference data of inspectionfixture.h, for the tests of the inspection page's models
// (each model is handed app.get()).
#include "core/inspectionservice.h"
#include "inspectionfixture.h"
#include "models/session/appsession.h"

#include <QTemporaryDir>

#include <memory>

struct AppInspectionFixture
{
    QTemporaryDir dir;
    std::unique_ptr<outfall::models::AppSession> app;

    // A fresh profile with reference data and an enrolled inspector.
    void open()
    {
        using namespace Qt::StringLiterals;
        app = std::make_unique<outfall::models::AppSession>(
            dir.filePath(u"profile-%1"_s.arg(++profiles)));
        inspectiontest::prepareDevice(app->session());
    }

    // A post-issuance inspection of TEST_PERMIT (checklist POST-4411: K01..K03), arrived at
    // the boiler stack.
    QString startInspection()
    {
        outfall::mobile::InspectionService service(app->session());
        return service
            .start(inspectiontest::kPermitId, outfall::mobile::InspectionPhase::PostIssuance,
                {inspectiontest::kOutletLat, inspectiontest::kOutletLon, 5.0})
            .inspectionId;
    }

    // startInspection() with what signing needs first: the production seen (running) and the
    // second inspector (I002).
    QString startInspectionReadyToSign()
    {
        using namespace Qt::StringLiterals;
        const QString id = startInspection();
        outfall::mobile::InspectionService service(app->session());
        service.recordProduction(id, u"running"_s);
        service.addInspector(id, u"I002"_s);
        return id;
    }

    std::int64_t count(const QString &sql)
    {
        auto stmt = app->database().prepare(sql);
        stmt.step();
        return stmt.int64(0);
    }

    int profiles = 0;
};
