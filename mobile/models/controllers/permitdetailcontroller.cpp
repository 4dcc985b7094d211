#include "models/controllers/permitdetailcontroller.h"

#include "core/enterprisename.h"
#include "core/inspectionprogress.h"
#include "core/mainpollutant.h"
#include "models/controllers/inspectioncontroller.h"
#include "models/lists/outletlistmodel.h"
#include "models/painted/chartseries.h"
#include "models/session/appsession.h"
#include "models/session/listlanguage.h"

#include <QDateTime>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace outfall::models {

PermitDetailController::PermitDetailController(AppSession *session, QObject *parent)
    : QObject(parent)
    , m_outlets(new OutletListModel(this))
    , m_series(new ChartSeries(this))
{
    followUiLanguage(this);
    setAppSession(session);
}

void PermitDetailController::sessionAttached()
{
    AppSession *session = appSession();
    connect(session, &AppSession::dataChanged, this, &PermitDetailController::reload);
    connect(
        session, &AppSession::inspectionsChanged, this, &PermitDetailController::reloadInspections);
    reload();
}

void PermitDetailController::setPermitId(const QString &permitId)
{
    if (permitId == m_permitId)
        return;
    m_permitId = permitId;
    Q_EMIT permitIdChanged();
    reload();
}

QString PermitDetailController::enterpriseName() const
{
    return m_detail
        ? mobile::enterpriseName(m_detail->enterpriseName, m_detail->enterpriseNameEn, m_language)
        : QString();
}

QString PermitDetailController::enterpriseOtherName() const
{
    if (!m_detail)
        return {};
    const QString shown = enterpriseName();
    const QString other =
        shown == m_detail->enterpriseName ? m_detail->enterpriseNameEn : m_detail->enterpriseName;
    return other == shown ? QString() : other;
}

void PermitDetailController::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    // The outlets' lines name pollutants and terms in the UI language: say them again.
    m_outlets->setOutlets(m_outlets->outlets());
    Q_EMIT loadedChanged();
    reloadInspections(); // their states and dates are said in the UI language
}

void PermitDetailController::reload()
{
    AppSession *session = appSession();
    m_detail = session && !m_permitId.isEmpty()
        ? mobile::PermitDetails(session->database()).load(m_permitId)
        : std::nullopt;
    m_outlets->setOutlets(m_detail ? m_detail->outlets : QList<mobile::OutletDetail>());
    m_series->clear();
    // Start the chart on the outlet's main pollutant, so the page shows what an inspector
    // looks at first without a tap.
    if (m_detail) {
        if (const auto start = mobile::mainPollutant(m_detail->outlets))
            showSeries(start->outletId, start->pollutant);
    }
    Q_EMIT loadedChanged();
    reloadInspections();
}

void PermitDetailController::reloadInspections()
{
    m_inspections.clear();
    m_openInspectionId.clear();
    AppSession *session = appSession();
    const auto inspections = session && !m_permitId.isEmpty()
        ? mobile::InspectionProgress(session->database()).list(m_permitId)
        : QList<mobile::InspectionSummary>();
    for (const mobile::InspectionSummary &s : inspections) {
        if (s.status == u"in_progress" && m_openInspectionId.isEmpty())
            m_openInspectionId = s.id; // newest first: the one InspectionController resumes
        m_inspections.append(QVariantMap {{u"id"_s, s.id}, {u"state"_s, s.state()},
            {u"stateText"_s, InspectionController::stateText(s)},
            {u"phase"_s, s.phase == u"pre_issuance" ? tr("Before issuance") : tr("After issuance")},
            {u"started"_s,
                UiLanguage::dateTime(QDateTime::fromMSecsSinceEpoch(s.startedAt, Qt::UTC))},
            {u"done"_s, s.done()}, {u"reviewComment"_s, s.reviewComment}});
    }
    Q_EMIT inspectionsChanged();
}

QString PermitDetailController::inspectionAction() const
{
    return m_openInspectionId.isEmpty() ? tr("Start inspection") : tr("Continue inspection");
}

int PermitDetailController::daysToExpiry() const
{
    if (!m_detail)
        return 0;
    return static_cast<int>(m_today.daysTo(QDate::fromString(m_detail->validTo, Qt::ISODate)));
}

void PermitDetailController::showSeries(const QString &outletId, const QString &pollutant)
{
    AppSession *session = appSession();
    if (!session || !m_detail)
        return;
    const mobile::OutletDetail *outlet = nullptr;
    for (const auto &o : m_detail->outlets) {
        if (o.id == outletId)
            outlet = &o;
    }
    if (!outlet)
        return;
    // The chart compares against the concentration limit with the shortest averaging basis
    // (the one daily values are judged by), not an annual amount.
    const mobile::LimitTerm *limit = nullptr;
    for (const auto &l : outlet->limits) {
        if (l.pollutant == pollutant && (l.max || l.min) && !limit)
            limit = &l;
    }
    const QString since = m_today.addMonths(-12).toString(Qt::ISODate);
    QList<ChartSeries::Point> points;
    for (const auto &p :
        mobile::PermitDetails(session->database()).reportedSeries(outletId, pollutant, since)) {
        points.append({p.period, p.value, p.valid});
    }
    m_series->set(outlet->code, pollutant, limit ? limit->unit : QString(), std::move(points),
        limit ? limit->max : std::nullopt, limit ? limit->min : std::nullopt);
}

} // namespace outfall::models
