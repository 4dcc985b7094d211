#pragma once

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace outfall::models {

class AppSession;

// The UI language for QML: Chinese (zh_CN) or English, the face of UiLanguage (the one value
// every model follows). The first run follows the system locale (Chinese on a Chinese locale,
// else English); a choice is remembered in the profile's preferences. Switching retranslates
// the running UI at once, the models' texts and formatted dates included.
class Language : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString current READ current WRITE setCurrent NOTIFY currentChanged)
    Q_PROPERTY(QStringList available READ available CONSTANT)

public:
    // engine: retranslated on a switch; session: where the choice is remembered (the
    // engine's, for the QML singleton). Either may be null (a test).
    Language(QQmlEngine *engine, AppSession *session, QObject *parent = nullptr);
    static Language *create(QQmlEngine *engine, QJSEngine *);

    QString current() const;
    void setCurrent(const QString &language);
    QStringList available() const;

    // Dates, times and numbers in the UI language, for the few values QML formats itself.
    Q_INVOKABLE QString formatDateTime(const QDateTime &at) const;
    Q_INVOKABLE QString formatNumber(double value, int decimals) const;
    // A text whose dates, codes and units must not break across lines (UiLanguage).
    Q_INVOKABLE QString keepTokensWhole(const QString &text) const;

    // The language to start with: the saved choice, else the system locale's.
    static QString initialLanguage(const QString &saved, const QLocale &system);

Q_SIGNALS:
    void currentChanged();

private:
    QQmlEngine *m_engine;
    AppSession *m_session;
};

} // namespace outfall::models
