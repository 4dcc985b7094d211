#pragma once

// A profile for the QML tests and the screenshots: the inspection fixture's reference data
// (tests/mobile/inspectionfixture.h) and one started inspection of TEST_PERMIT.
#include "core/inspectionservice.h"
#include "inspectionfixture.h"
#include "models/session/appsession.h"

#include <memory>

inline std::unique_ptr<outfall::models::AppSession> openInspectionProfile(
    const QString &dir, QString *inspectionId)
{
    auto app = std::make_unique<outfall::models::AppSession>(dir);
    inspectiontest::prepareDevice(app->session());
    outfall::mobile::InspectionService service(app->session());
    *inspectionId =
        service
            .start(inspectiontest::kPermitId, outfall::mobile::InspectionPhase::PostIssuance,
                {inspectiontest::kOutletLat, inspectiontest::kOutletLon, 6.0})
            .inspectionId;
    return app;
}
