#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QTranslator>

class QDate;
class QDateTime;

namespace outfall::models {

// The process's one UI language (zh_CN or en) and the formatting that follows it. Every model
// starts in current() and follows changed(), so nothing is shown in another language for a
// frame before QML binds; the QML singleton `Language` is this object's face (and remembers the
// choice in the profile). AppSession::applySavedLanguage starts it at the profile's saved choice,
// else the system locale's language.
//
// Dates, times and numbers are formatted here in the UI language, never the system locale's:
// 24-hour times; dates as 2026年11月29日 in Chinese and 29 Nov 2026 in English. Times are shown
// in the tablet's time zone.
class UiLanguage : public QObject
{
    Q_OBJECT

public:
    static UiLanguage &instance();

    QString current() const { return m_current; }
    // Installs the language's translator and makes its QLocale the default; emits changed().
    // Anything other than zh_CN or en is ignored (returns false).
    bool set(const QString &language);

    static QLocale locale(const QString &language);
    static QString date(const QDate &date, const QString &language);
    static QString time(const QDateTime &at, const QString &language); // HH:mm
    static QString dateTime(const QDateTime &at, const QString &language);
    // An ISO date (yyyy-MM-dd, as stored) or month (yyyy-MM) said in the language; other text
    // (a quarter, a year) is returned as it is.
    static QString isoDate(const QString &iso, const QString &language);
    static QString number(double value, int decimals, const QString &language);

    // The same in the current language.
    static QString date(const QDate &d) { return date(d, instance().m_current); }
    static QString time(const QDateTime &at) { return time(at, instance().m_current); }
    static QString dateTime(const QDateTime &at) { return dateTime(at, instance().m_current); }
    static QString isoDate(const QString &iso) { return isoDate(iso, instance().m_current); }
    static QString number(double value, int decimals)
    {
        return number(value, decimals, instance().m_current);
    }

    // `text` with its tokens made unbreakable for line wrapping: the spaces inside a date
    // (5 Dec 2029, 23:50 after it) become no-break spaces, and a word joiner (U+2060, no width)
    // goes where a wrap could cut a date (2029年12月 / 5日) or a unit (mg/ / Nm3). Words still
    // wrap at their spaces; nothing visible changes.
    static QString keepTokensWhole(const QString &text);

Q_SIGNALS:
    void changed();

private:
    UiLanguage();

    QTranslator m_translator;
    QString m_current;
};

} // namespace outfall::models
