#pragma once

#include <QObject>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace outfall::models {

// The UI language: Chinese (zh_CN) or English. The first run follows the system locale
// (Chinese on a Chinese locale, else English); a choice is remembered in the profile's
// preferences. Switching retranslates the running UI at once.
class Language : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString current READ current WRITE setCurrent NOTIFY currentChanged)
    Q_PROPERTY(QStringList available READ available CONSTANT)

public:
    explicit Language(QQmlEngine *engine, QObject *parent = nullptr);
    static Language *create(QQmlEngine *engine, QJSEngine *);

    QString current() const { return m_current; }
    void setCurrent(const QString &language);
    QStringList available() const;

    // The language to start with: the saved choice, else the system locale's.
    static QString initialLanguage(const QString &saved, const QLocale &system);

Q_SIGNALS:
    void currentChanged();

private:
    void install(const QString &language);

    QQmlEngine *m_engine;
    QTranslator m_translator;
    QString m_current;
};

} // namespace outfall::models
