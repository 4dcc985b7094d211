#include "models/session/language.h"

#include "core/devicesession.h"
#include "core/preferences.h"
#include "models/session/appsession.h"
#include "models/session/uilanguage.h"

#include <QLocale>
#include <QQmlEngine>

using namespace Qt::StringLiterals;

namespace outfall::models {

Language::Language(QQmlEngine *engine, AppSession *session, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_session(session)
{
    connect(&UiLanguage::instance(), &UiLanguage::changed, this, &Language::currentChanged);
}

Language *Language::create(QQmlEngine *engine, QJSEngine *)
{
    return new Language(engine, AppSession::of(engine));
}

QString Language::initialLanguage(const QString &saved, const QLocale &system)
{
    if (saved == u"zh_CN" || saved == u"en")
        return saved;
    return system.language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

QString Language::current() const
{
    return UiLanguage::instance().current();
}

QStringList Language::available() const
{
    return {u"zh_CN"_s, u"en"_s};
}

QString Language::formatDateTime(const QDateTime &at) const
{
    return UiLanguage::dateTime(at);
}

QString Language::formatNumber(double value, int decimals) const
{
    return UiLanguage::number(value, decimals);
}

QString Language::keepTokensWhole(const QString &text) const
{
    return UiLanguage::keepTokensWhole(text);
}

void Language::setCurrent(const QString &language)
{
    if (language == current() || !UiLanguage::instance().set(language))
        return;
    if (m_session)
        m_session->session().preferences().setLanguage(language);
    if (m_engine)
        m_engine->retranslate();
}

} // namespace outfall::models
