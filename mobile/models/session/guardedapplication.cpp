#include "models/session/guardedapplication.h"

#include "models/session/apperrors.h"

#include <exception>

namespace outfall::models {

GuardedApplication::GuardedApplication(int &argc, char **argv)
    : QGuiApplication(argc, argv)
{ }

bool GuardedApplication::notify(QObject *receiver, QEvent *event)
{
    try {
        return QGuiApplication::notify(receiver, event);
    } catch (const std::exception &failure) {
        AppErrors::instance().report(QString::fromUtf8(failure.what()));
    } catch (...) {
        AppErrors::instance().report(AppErrors::tr("an unknown error"));
    }
    return false;
}

} // namespace outfall::models
