#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace outfall::models {

class ConsoleSession;

// What the console's lists share: their session (the line to the server and the district),
// a status line saying what the supervisor's last step did or why it was refused, and rows
// that follow a change of language.
class ConsoleListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)

public:
    QString status() const { return m_status; }

Q_SIGNALS:
    void statusChanged();
    // Names and messages in the rows, and in what the list shows of its selection, are in
    // another language.
    void languageChanged();

protected:
    ConsoleListModel(ConsoleSession &session, QObject *parent);

    ConsoleSession &session() const { return m_session; }
    void setStatus(const QString &status);

private:
    ConsoleSession &m_session;
    QString m_status;
};

} // namespace outfall::models
