// UiLanguage: dates, times and numbers in the UI language (not the system locale's), 24-hour
// times; one language every model starts in and follows, so none shows another for a frame.
#include "core/preferences.h"
#include "dayfixture.h"
#include "domain/pollutant.h"
#include "models/controllers/permitdetailcontroller.h"
#include "models/lists/assignmentlistmodel.h"
#include "models/lists/checklistmodel.h"
#include "models/lists/flaglistmodel.h"
#include "models/lists/permitlistmodel.h"
#include "models/lists/photogallerymodel.h"
#include "models/painted/mapcanvas.h"
#include "models/session/appsession.h"
#include "models/session/language.h"
#include "models/session/termnames.h"
#include "models/session/uilanguage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace outfall;
using models::UiLanguage;

class TestUiLanguage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<models::AppSession> m_session;

private Q_SLOTS:
    void initTestCase() { m_session = daytest::openAppSession(m_dir); }

    void cleanup() { UiLanguage::instance().set(u"en"_s); }

    void datesTimesAndNumbersInTheLanguage()
    {
        // An afternoon time: 24-hour in both languages, never "2:45 PM".
        const QDateTime at(QDate(2026, 11, 29), QTime(14, 45, 42));
        QCOMPARE(UiLanguage::dateTime(at, u"zh_CN"_s), u"2026年11月29日 14:45"_s);
        QCOMPARE(UiLanguage::dateTime(at, u"en"_s), u"29 Nov 2026 14:45"_s);
        QCOMPARE(UiLanguage::time(at, u"zh_CN"_s), u"14:45"_s);
        QCOMPARE(UiLanguage::time(at, u"en"_s), u"14:45"_s);
        QCOMPARE(UiLanguage::date(QDate(2027, 3, 1), u"zh_CN"_s), u"2027年3月1日"_s);
        QCOMPARE(UiLanguage::date(QDate(2027, 3, 1), u"en"_s), u"1 Mar 2027"_s);
        QCOMPARE(UiLanguage::isoDate(u"2029-02-28"_s, u"zh_CN"_s), u"2029年2月28日"_s);
        QCOMPARE(UiLanguage::isoDate(u"2029-02-28"_s, u"en"_s), u"28 Feb 2029"_s);
        QCOMPARE(UiLanguage::isoDate(u"2026-09"_s, u"zh_CN"_s), u"2026年9月"_s);
        QCOMPARE(UiLanguage::isoDate(u"2026-09"_s, u"en"_s), u"Sep 2026"_s);
        QCOMPARE(UiLanguage::isoDate(u"2026-Q3"_s, u"en"_s), u"2026-Q3"_s); // not a date: as is
        QCOMPARE(UiLanguage::dateTime(QDateTime(), u"en"_s), QString());
        QCOMPARE(UiLanguage::number(12345.678, 1, u"zh_CN"_s), u"12,345.7"_s);
        QCOMPARE(UiLanguage::number(12345.678, 1, u"en"_s), u"12,345.7"_s);

        // The current language's, whatever the system locale says.
        QVERIFY(UiLanguage::instance().set(u"zh_CN"_s));
        QCOMPARE(UiLanguage::dateTime(at), u"2026年11月29日 14:45"_s);
        QCOMPARE(QLocale().language(), QLocale::Chinese);
        models::Language language(nullptr, m_session.get());
        QCOMPARE(language.formatDateTime(at), u"2026年11月29日 14:45"_s);
        QVERIFY(UiLanguage::instance().set(u"en"_s));
        QCOMPARE(UiLanguage::dateTime(at), u"29 Nov 2026 14:45"_s);
        QCOMPARE(language.formatDateTime(at), u"29 Nov 2026 14:45"_s);
        QCOMPARE(QLocale().language(), QLocale::English);
        QVERIFY(!UiLanguage::instance().set(u"fr"_s));
        QCOMPARE(UiLanguage::instance().current(), u"en"_s);
    }

    // Dates, units and codes are kept whole when a text wraps: no-break spaces in an English
    // date, word joiners inside a Chinese date and after a unit's slash; words still wrap.
    void tokensAreKeptWhole()
    {
        const QString nbsp(QChar(0x00a0));
        const QString joiner(QChar(0x2060));
        QCOMPARE(UiLanguage::keepTokensWhole(u"1 Mar 2024 to 28 Feb 2029"_s),
            u"1"_s + nbsp + u"Mar"_s + nbsp + u"2024 to 28"_s + nbsp + u"Feb"_s + nbsp + u"2029"_s);
        QCOMPARE(UiLanguage::keepTokensWhole(u"2029年2月28日"_s),
            u"2029"_s + joiner + u"年"_s + joiner + u"2"_s + joiner + u"月"_s + joiner + u"28"_s
                + joiner + u"日"_s);
        QCOMPARE(UiLanguage::keepTokensWhole(u"52 mg/Nm3 over 35"_s),
            u"52 mg/"_s + joiner + u"Nm3 over 35"_s);
        QCOMPARE(UiLanguage::keepTokensWhole(u"91440300MA5D8G6X2R001P"_s),
            u"91440300MA5D8G6X2R001P"_s); // no break opportunity inside to close
        // Laid out in a width that cuts the date, the line breaks before it, not inside.
        QTextLayout layout(UiLanguage::keepTokensWhole(u"recorded at 1 Dec 2026 00:05"_s));
        layout.beginLayout();
        QTextLine first = layout.createLine();
        first.setLineWidth(QFontMetricsF(layout.font()).horizontalAdvance(u"recorded at 1 Dec"_s));
        layout.createLine().setLineWidth(1000);
        layout.endLayout();
        QCOMPARE(first.textLength(), QString(u"recorded at "_s).size());
    }

    // Issue 9: "hourly", "automatic, continuous", "atmosphere" and pollutant codes showed in
    // the Chinese UI. Every value the schema enumerates (domain/permit.h) and every pollutant
    // of the catalogue is said in Chinese there, and in words (not the stored value) in English.
    void everyEnumeratedValueIsSaidInTheUiLanguage()
    {
        using models::TermNames;
        const auto han = [](const QString &text) {
            return std::any_of(
                text.begin(), text.end(), [](QChar c) { return c.script() == QChar::Script_Han; });
        };
        QList<std::pair<QString, QString (*)(const QString &)>> values;
        for (const char *basis : {"instant", "hourly", "daily", "monthly", "daily_max", "annual"})
            values.append({QString::fromLatin1(basis), &TermNames::basis});
        for (const char *mode : {"automatic", "manual"})
            values.append({QString::fromLatin1(mode), &TermNames::mode});
        for (const char *frequency :
            {"continuous", "daily", "weekly", "monthly", "quarterly", "semiannual", "annual"})
            values.append({QString::fromLatin1(frequency), &TermNames::frequency});
        for (const char *method : {"organised", "continuous", "intermittent"})
            values.append({QString::fromLatin1(method), &TermNames::dischargeMethod});
        values.append({u"atmosphere"_s, &TermNames::destination});
        for (const auto &pollutant : outfall::domain::Pollutant::all())
            values.append({pollutant.code, &TermNames::pollutant});

        QVERIFY(UiLanguage::instance().set(u"zh_CN"_s));
        for (const auto &[value, say] : std::as_const(values))
            QVERIFY2(han(say(value)), qPrintable(value + u" → "_s + say(value)));
        QCOMPARE(TermNames::pollutantWithCode(u"SO2"_s), u"二氧化硫 SO2"_s);
        QVERIFY(UiLanguage::instance().set(u"en"_s));
        for (const auto &[value, say] : std::as_const(values)) {
            const QString said = say(value);
            // Words ("daily maximum", "Sulphur dioxide"), never a stored value or a code.
            const bool code = say == &TermNames::pollutant && said == value;
            QVERIFY2(!said.isEmpty() && !han(said) && !said.contains(u'_') && !code,
                qPrintable(value + u" → "_s + said));
        }
    }

    void languageFacadeAndUiLanguageAgree()
    {
        models::Language language(nullptr, m_session.get());
        QSignalSpy changed(&language, &models::Language::currentChanged);
        UiLanguage::instance().set(u"zh_CN"_s);
        QCOMPARE(language.current(), u"zh_CN"_s);
        QCOMPARE(changed.count(), 1);
        // The translator is installed with it.
        QCOMPARE(QCoreApplication::translate("outfall::models::SyncController", "Never synced"),
            u"从未同步"_s);
        language.setCurrent(u"en"_s);
        QCOMPARE(UiLanguage::instance().current(), u"en"_s);
        QCOMPARE(QCoreApplication::translate("outfall::models::SyncController", "Never synced"),
            u"Never synced"_s);
        // Remembered in the profile.
        QCOMPARE(m_session->session().preferences().language(), u"en"_s);
    }

    void modelsStartInTheUiLanguageAndFollowIt()
    {
        UiLanguage::instance().set(u"zh_CN"_s);
        models::AssignmentListModel assignments(m_session.get());
        models::PermitListModel permits(m_session.get());
        models::PhotoGalleryModel photos(m_session.get());
        models::FlagListModel flags(m_session.get());
        models::ChecklistModel checklist(m_session.get());
        models::PermitDetailController detail(m_session.get());
        models::MapCanvas map;
        detail.setPermitId(u"p1"_s);
        const auto languages = [&] {
            return QStringList {assignments.language(), permits.language(), photos.language(),
                flags.language(), checklist.language(), detail.language(), map.language()};
        };
        // Created after the language was settled: Chinese from the start, no binding needed.
        QCOMPARE(languages(), QStringList(7, u"zh_CN"_s));
        QCOMPARE(
            photos.data(photos.index(0), models::PhotoGalleryModel::EnterpriseNameRole).toString(),
            u"深圳南山热电有限公司"_s);
        const QDateTime takenAt = QDateTime::fromMSecsSinceEpoch(1'790'000'060'000, Qt::UTC);
        QCOMPARE(photos.data(photos.index(0), models::PhotoGalleryModel::TakenAtTextRole),
            UiLanguage::dateTime(takenAt, u"zh_CN"_s));
        QVERIFY(photos.data(photos.index(0), models::PhotoGalleryModel::TakenAtTextRole)
                    .toString()
                    .contains(u"年"_s));
        QCOMPARE(
            photos.data(photos.index(0), models::PhotoGalleryModel::UploadStateTextRole).toString(),
            QCoreApplication::translate("outfall::models::PhotoGalleryModel", "Waiting to upload"));
        QCOMPARE(assignments.data(assignments.index(0), models::AssignmentListModel::DueOnRole),
            u"2026年11月2日"_s);
        QCOMPARE(detail.validTo(), u"2029年2月28日"_s);

        QSignalSpy photosChanged(&photos, &QAbstractItemModel::dataChanged);
        QSignalSpy detailChanged(&detail, &models::PermitDetailController::loadedChanged);
        UiLanguage::instance().set(u"en"_s);
        QCOMPARE(languages(), QStringList(7, u"en"_s));
        QCOMPARE(photosChanged.count(), 1);
        QVERIFY(photosChanged.first()[2].value<QList<int>>().isEmpty()); // every role
        QCOMPARE(detailChanged.count(), 1);
        QCOMPARE(
            photos.data(photos.index(0), models::PhotoGalleryModel::EnterpriseNameRole).toString(),
            u"Nanshan Thermal Power"_s);
        QCOMPARE(photos.data(photos.index(0), models::PhotoGalleryModel::TakenAtTextRole),
            UiLanguage::dateTime(takenAt, u"en"_s));
        QCOMPARE(
            photos.data(photos.index(0), models::PhotoGalleryModel::UploadStateTextRole).toString(),
            u"Waiting to upload"_s);
        QCOMPARE(assignments.data(assignments.index(0), models::AssignmentListModel::DueOnRole),
            u"2 Nov 2026"_s);
        QCOMPARE(detail.validTo(), u"28 Feb 2029"_s);
        QCOMPARE(permits.data(permits.index(0), models::PermitListModel::ValidToRole)
                     .toString()
                     .contains(u"年"_s),
            false);
    }

    void theProfilesChoiceIsTheStartingLanguage()
    {
        m_session->session().preferences().setLanguage(u"zh_CN"_s);
        m_session->applySavedLanguage();
        QCOMPARE(UiLanguage::instance().current(), u"zh_CN"_s);
        models::FlagListModel flags(m_session.get());
        QCOMPARE(flags.language(), u"zh_CN"_s);
        m_session->session().preferences().setLanguage(u"en"_s);
        m_session->applySavedLanguage();
        QCOMPARE(UiLanguage::instance().current(), u"en"_s);
    }
};

QTEST_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
