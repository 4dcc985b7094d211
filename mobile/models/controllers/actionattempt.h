#pragma once

#include "core/actionrefused.h"
#include "core/devicesession.h"
#include "core/inspectionservice.h"
#include "models/session/appsession.h"

#include <QCoreApplication>
#include <QString>

#include <stdexcept>

namespace outfall::models {

// Runs one action of the inspection core on the controller's session (null: no profile open)
// for a controller of the inspection page. A refusal (or a failure to write) becomes `error`,
// the sentence the page shows; nothing is thrown into QML. Returns whether the action went
// through.
template<typename Action>
bool attemptAction(AppSession *app, QString &error, Action &&action)
{
    try {
        if (!app)
            throw mobile::ActionRefused(
                QCoreApplication::translate("InspectionPage", "No device profile is open."));
        mobile::InspectionService service(app->session());
        action(service);
        error.clear();
        return true;
    } catch (const mobile::ActionRefused &refused) {
        error = refused.reason();
    } catch (const std::exception &failure) {
        error = QString::fromUtf8(failure.what());
    }
    return false;
}

// The end of a controller's action: the error shown (lastErrorChanged when it changed) and, when
// it went through, the controller reloaded and recorded() said, so the page refreshes.
template<typename Controller>
bool finishAction(Controller &controller, QString &lastError, bool ok, const QString &error)
{
    if (error != lastError) {
        lastError = error;
        Q_EMIT controller.lastErrorChanged();
    }
    if (ok) {
        controller.reload();
        Q_EMIT controller.recorded();
    }
    return ok;
}

// attemptAction for an action the core may refuse as far from the site (mobile::FarFromSite):
// that refusal is a question for the inspector ("record it anyway?"), returned in
// `farQuestion`, not an error; the page asks, and the controller repeats the action confirmed.
template<typename Action>
bool attemptAskingFar(AppSession *app, QString &error, QString &farQuestion, Action &&action)
{
    farQuestion.clear();
    const bool ok = attemptAction(app, error, [&](mobile::InspectionService &service) {
        try {
            action(service);
        } catch (const mobile::FarFromSite &far) {
            farQuestion = far.reason();
            throw;
        }
    });
    if (!farQuestion.isEmpty())
        error.clear();
    return ok;
}

} // namespace outfall::models
