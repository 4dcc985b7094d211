#include "models/language.h"

#include "core/devicesession.h"
#include "core/preferences.h"
#include "models/appsession.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlEngine>

using namespace Qt::StringLiterals;

namespace outfall::models {

Language::Language(QQmlEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    QString saved;
    if (AppSession *session = AppSession::instance())
        saved = session->session().preferences().language();
    install(initialLanguage(saved, QLocale::system()));
}

Language *Language::create(QQmlEngine *engine, QJSEngine *)
{
    return new Language(engine);
}

QString Language::initialLanguage(const QString &saved, const QLocale &system)
{
    if (saved == u"zh_CN" || saved == u"en")
        return saved;
    return system.language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

QStringList Language::available() const
{
    return {u"zh_CN"_s, u"en"_s};
}

void Language::setCurrent(const QString &language)
{
    if (language == m_current || !available().contains(language))
        return;
    install(language);
    if (AppSession *session = AppSession::instance())
        session->session().preferences().setLanguage(language);
    if (m_engine)
        m_engine->retranslate();
}

void Language::install(const QString &language)
{
    QCoreApplication::removeTranslator(&m_translator);
    // English is the source language, but its .qm still carries the plural forms.
    if (m_translator.load(u":/i18n/outfall_"_s + language + u".qm"_s))
        QCoreApplication::installTranslator(&m_translator);
    m_current = language;
    Q_EMIT currentChanged();
}

} // namespace outfall::models
