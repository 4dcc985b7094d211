#pragma once

#include "models/session/sessionbound.h"
#include "sync/enrolmentcode.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

namespace outfall::mobile {
class DeviceSession;
}

namespace outfall::models {

// The code a supervisor hands an inspector, as a file or pasted text (shared/sync).
using EnrolmentCode = sync::EnrolmentCode;

// The First-run page: shown while the device has no inspector. Checks the enrolment code
// and says exactly what is wrong with it, then hands it to the enrolment client (another
// component, plugged in with setEnroller) and shows what that said.
class EnrolmentController : public QObject, public SessionBound
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY enrolledChanged)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY textChanged)
    Q_PROPERTY(QString validationError READ validationError NOTIFY textChanged)
    Q_PROPERTY(QString result READ result NOTIFY resultChanged)
    Q_PROPERTY(bool resultOk READ resultOk NOTIFY resultChanged)

public:
    struct Outcome
    {
        bool ok = false;
        QString message; // shown as it is: the enroller words it for the inspector
        std::optional<QString> inspectorId; // set on success
    };
    using Enroller = std::function<Outcome(const EnrolmentCode &, mobile::DeviceSession &)>;

    // The session: QML hands in its engine's (SessionBound); C++ passes it here.
    explicit EnrolmentController(AppSession *session = nullptr, QObject *parent = nullptr);

    // Until the enrolment client lands, the default enroller says so.
    static void setEnroller(Enroller enroller);

    // The parsed code, or nullopt with the first problem, worded for the inspector, in `error`.
    static std::optional<EnrolmentCode> parse(const QString &text, QString *error);
    static QString describe(const EnrolmentCode::Problem &problem);

    bool enrolled() const;
    QString text() const { return m_text; }
    void setText(const QString &text);
    bool valid() const { return m_validationError.isEmpty() && !m_text.trimmed().isEmpty(); }
    QString validationError() const { return m_validationError; }
    QString result() const { return m_result; }
    bool resultOk() const { return m_resultOk; }

    // Reads an enrolment file into `text` (a path or a file:// URL). False with `result` set.
    Q_INVOKABLE bool loadFile(const QString &pathOrUrl);
    Q_INVOKABLE bool enrol();

Q_SIGNALS:
    void enrolledChanged();
    void textChanged();
    void resultChanged();

private:
    void setResult(bool ok, const QString &message);

    QString m_text;
    QString m_validationError;
    QString m_result;
    bool m_resultOk = false;
};

} // namespace outfall::models
