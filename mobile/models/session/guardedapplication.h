#pragma once

#include <QGuiApplication>

namespace outfall::models {

// The app's QGuiApplication: an exception thrown while an event is handled (a timer's reload,
// a queued slot, a tap into a model that reads the store) would otherwise leave through Qt's
// event loop, which cannot carry it, and abort the app. It is caught here, at the one place
// every event passes, and shown (AppErrors) instead; the event counts as not handled.
class GuardedApplication : public QGuiApplication
{
public:
    GuardedApplication(int &argc, char **argv);

    bool notify(QObject *receiver, QEvent *event) override;
};

} // namespace outfall::models
