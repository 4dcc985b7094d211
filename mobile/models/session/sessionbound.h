#pragma once

#include <QQmlParserStatus>

namespace outfall::models {

class AppSession;

// A model's hold on the app's session (AppSession): handed in, never looked up in a global.
// C++ that makes a model (a test with its own store, a controller making its parts) passes
// the session to its constructor; a model QML makes takes the session of the engine that
// makes it (AppSession::provide), as QML begins to build it (classBegin), before its
// properties are set. sessionAttached() runs when the session is there: connect to it, load.
//
// A class deriving from this declares Q_INTERFACES(QQmlParserStatus).
class SessionBound : public QQmlParserStatus
{
public:
    AppSession *appSession() const { return m_session; }
    // Null leaves the model without a session (it shows nothing); another session replaces
    // the first, whose signals no longer reach the model.
    void setAppSession(AppSession *session);

protected:
    SessionBound() = default;
    ~SessionBound() override = default;

    virtual void sessionAttached() { }

    void classBegin() override;
    void componentComplete() override { }

private:
    AppSession *m_session = nullptr;
};

} // namespace outfall::models
