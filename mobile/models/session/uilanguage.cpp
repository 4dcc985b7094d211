#include "models/session/uilanguage.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace outfall::models {

namespace {

bool isChinese(const QString &language)
{
    return language == u"zh_CN";
}

QString dateFormat(const QString &language)
{
    return isChinese(language) ? u"yyyy年M月d日"_s : u"d MMM yyyy"_s;
}

} // namespace

UiLanguage::UiLanguage()
    : m_current(u"en"_s)
{ }

UiLanguage &UiLanguage::instance()
{
    static UiLanguage language;
    return language;
}

bool UiLanguage::set(const QString &language)
{
    if (language != u"zh_CN" && language != u"en")
        return false;
    QCoreApplication::removeTranslator(&m_translator);
    // English is the source language, but its .qm still carries the plural forms.
    if (m_translator.load(u":/i18n/outfall_"_s + language + u".qm"_s))
        QCoreApplication::installTranslator(&m_translator);
    QLocale::setDefault(locale(language));
    const bool changedLanguage = language != m_current;
    m_current = language;
    if (changedLanguage)
        Q_EMIT changed();
    return true;
}

QLocale UiLanguage::locale(const QString &language)
{
    return isChinese(language)
        ? QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China)
        : QLocale(QLocale::English, QLocale::UnitedStates); // "Sep", not en_GB's "Sept"
}

QString UiLanguage::date(const QDate &d, const QString &language)
{
    return d.isValid() ? locale(language).toString(d, dateFormat(language)) : QString();
}

QString UiLanguage::time(const QDateTime &at, const QString &language)
{
    return at.isValid() ? locale(language).toString(at.toLocalTime().time(), u"HH:mm"_s)
                        : QString();
}

QString UiLanguage::dateTime(const QDateTime &at, const QString &language)
{
    if (!at.isValid())
        return {};
    return locale(language).toString(at.toLocalTime(), dateFormat(language) + u" HH:mm"_s);
}

QString UiLanguage::isoDate(const QString &iso, const QString &language)
{
    if (const QDate d = QDate::fromString(iso, Qt::ISODate); d.isValid())
        return date(d, language);
    if (const QDate month = QDate::fromString(iso, u"yyyy-MM"_s); month.isValid())
        return locale(language).toString(
            month, isChinese(language) ? u"yyyy年M月"_s : u"MMM yyyy"_s);
    return iso;
}

QString UiLanguage::number(double value, int decimals, const QString &language)
{
    return locale(language).toString(value, 'f', decimals);
}

QString UiLanguage::keepTokensWhole(const QString &text)
{
    static const QRegularExpression englishDate(uR"(\b(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})\b)"_s);
    static const QRegularExpression inToken(
        uR"((?<=[0-9])(?=[年月日])|(?<=[年月])(?=[0-9])|(?<=[A-Za-z0-9]/)(?=[A-Za-z0-9]))"_s);
    QString kept = text;
    kept.replace(englishDate, u"\\1\u00a0\\2\u00a0\\3"_s);
    kept.replace(inToken, u"\u2060"_s);
    return kept;
}

} // namespace outfall::models
