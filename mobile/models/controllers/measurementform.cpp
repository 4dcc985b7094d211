#include "models/controllers/measurementform.h"

#include "core/inspectionprogress.h"
#include "core/inspectionrecords.h"
#include "core/mainpollutant.h"
#include "domain/pollutant.h"
#include "models/controllers/actionattempt.h"
#include "models/session/termnames.h"
#include "models/session/uilanguage.h"

#include <QLocale>
#include <QVariantMap>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace outfall::models {

namespace {

// Accepts a decimal comma too (gloved typing on a Chinese or European keyboard).
std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(text.trimmed().replace(u',', u'.'), &ok);
    return ok && std::isfinite(value) ? std::optional(value) : std::nullopt;
}

// Four significant digits (53.57, 0.0123), whole numbers from 1000 up (no exponents).
QString number(double value)
{
    return std::fabs(value) >= 1000 ? QString::number(value, 'f', 0)
                                    : QString::number(value, 'g', 4);
}

} // namespace

MeasurementForm::MeasurementForm(AppSession *session, QObject *parent)
    : QObject(parent)
{
    // The verdict and the recorded rows are sentences: say them again in a new UI language.
    connect(&UiLanguage::instance(), &UiLanguage::changed, this, [this] {
        updatePreview();
        if (!m_inspectionId.isEmpty()) {
            loadRecorded();
            Q_EMIT recorded();
        }
    });
    setAppSession(session);
}

void MeasurementForm::setInspectionId(const QString &inspectionId)
{
    if (inspectionId == m_inspectionId)
        return;
    m_inspectionId = inspectionId;
    m_correctingId.clear();
    m_correctingText.clear();
    m_outlets.clear();
    m_outletCodes.clear();
    if (AppSession *app = appSession(); app && !inspectionId.isEmpty()) {
        if (const auto row = mobile::InspectionRecords(app->database()).find(inspectionId)) {
            if (const auto permit = mobile::PermitDetails(app->database()).load(row->permitId))
                m_outlets = permit->outlets;
        }
    }
    for (const auto &outlet : std::as_const(m_outlets))
        m_outletCodes.append(outlet.code);
    Q_EMIT outletsChanged();
    m_outletCode.clear();
    setOutletCode(m_outletCodes.value(0));
    loadRecorded();
    Q_EMIT recorded();
    updatePreview();
}

const mobile::OutletDetail *MeasurementForm::outlet() const
{
    for (const auto &outlet : m_outlets) {
        if (outlet.code == m_outletCode)
            return &outlet;
    }
    return nullptr;
}

void MeasurementForm::setOutletCode(const QString &code)
{
    if (code == m_outletCode && !code.isEmpty())
        return;
    m_outletCode = code;
    const mobile::OutletDetail *chosen = outlet();
    m_medium = chosen ? chosen->medium : QString();
    // The outlet's pollutants only: limited first, then monitored. Only an outlet whose permit
    // names none offers the catalogue for its medium.
    m_pollutants.clear();
    if (chosen) {
        for (const auto &limit : chosen->limits) {
            if (!m_pollutants.contains(limit.pollutant))
                m_pollutants.append(limit.pollutant);
        }
        for (const auto &term : chosen->monitoring) {
            if (!m_pollutants.contains(term.pollutant))
                m_pollutants.append(term.pollutant);
        }
        const auto medium =
            m_medium == u"air" ? domain::Pollutant::Medium::Air : domain::Pollutant::Medium::Water;
        if (m_pollutants.isEmpty()) {
            for (const auto &pollutant : domain::Pollutant::all()) {
                if (pollutant.medium == medium)
                    m_pollutants.append(pollutant.code);
            }
        }
        // Its main pollutant first, the one the permit page's chart opens on (monitored
        // continuously, with a limit): what is measured at a stack first, not mercury because
        // the permit happens to list it first.
        if (const auto main = mobile::mainPollutant({*chosen})) {
            m_pollutants.removeAll(main->pollutant);
            m_pollutants.prepend(main->pollutant);
        }
    }
    if (!o2Applies())
        m_o2Text.clear();
    m_pollutant.clear();
    setPollutant(m_pollutants.value(0));
    Q_EMIT inputChanged();
}

QVariantList MeasurementForm::pollutantChoices() const
{
    QVariantList choices;
    for (const QString &code : m_pollutants)
        choices.append(QVariantMap {{u"code"_s, code}, {u"name"_s, TermNames::pollutant(code)}});
    return choices;
}

void MeasurementForm::setPollutant(const QString &pollutant)
{
    if (pollutant == m_pollutant && !pollutant.isEmpty())
        return;
    m_pollutant = pollutant;
    // Propose the unit the limit is written in, else the catalogue's usual unit.
    QString unit;
    if (const mobile::OutletDetail *chosen = outlet()) {
        for (const auto &limit : chosen->limits) {
            if (limit.pollutant == pollutant && (limit.max || limit.min) && unit.isEmpty())
                unit = limit.unit;
        }
    }
    if (const auto *known = domain::Pollutant::find(pollutant); known && unit.isEmpty())
        unit = known->defaultUnit;
    m_unit = unit;
    // The method the permit's monitoring requirement names for this pollutant at this outlet,
    // as a value the inspector keeps or edits (it is what is recorded); else empty, and the
    // page says that no method is stated.
    m_method = permittedMethod();
    Q_EMIT inputChanged();
    updatePreview();
}

QString MeasurementForm::permittedMethod() const
{
    if (const mobile::OutletDetail *chosen = outlet()) {
        for (const auto &term : chosen->monitoring) {
            if (term.pollutant == m_pollutant && !term.method.trimmed().isEmpty())
                return term.method.trimmed();
        }
    }
    return {};
}

void MeasurementForm::setInput(QString &field, const QString &value)
{
    if (field == value)
        return;
    field = value;
    Q_EMIT inputChanged();
    updatePreview();
}

void MeasurementForm::setValueText(const QString &text)
{
    setInput(m_valueText, text);
}

void MeasurementForm::setUnit(const QString &unit)
{
    setInput(m_unit, unit.trimmed());
}

void MeasurementForm::setO2Text(const QString &text)
{
    setInput(m_o2Text, text);
}

void MeasurementForm::setInstrumentId(const QString &id)
{
    setInput(m_instrumentId, id);
}

void MeasurementForm::setMethod(const QString &method)
{
    setInput(m_method, method);
}

void MeasurementForm::updatePreview()
{
    m_comparedText.clear();
    m_limitText.clear();
    m_exceedancePct = 0;
    const auto value = parseNumber(m_valueText);
    const auto o2 = parseNumber(m_o2Text);
    if (m_inspectionId.isEmpty() || m_valueText.trimmed().isEmpty()) {
        m_verdict = u"empty"_s;
        m_verdictText = tr("Type the measured value to see it against the limit.");
    } else if (!value) {
        m_verdict = u"invalid"_s;
        m_verdictText = tr("“%1” is not a number.").arg(m_valueText);
    } else if (!m_o2Text.trimmed().isEmpty() && !o2) {
        m_verdict = u"invalid"_s;
        m_verdictText = tr("O₂ “%1” is not a number.").arg(m_o2Text);
    } else {
        mobile::InspectionService::Measured preview;
        QString error;
        mobile::InspectionService::MeasurementInput input {
            m_outletCode, m_pollutant, *value, m_unit, o2, m_instrumentId, m_method, {}, {}, {}};
        if (!attemptAction(appSession(), error, [&](mobile::InspectionService &service) {
                preview = service.previewMeasurement(m_inspectionId, input);
            })) {
            m_verdict = u"invalid"_s;
            m_verdictText = error;
        } else {
            if (preview.o2Corrected) {
                m_comparedText = tr("%1 %2 at %3 % O₂ (measured %4 %2 at %5 % O₂)")
                                     .arg(number(preview.comparedValue), preview.limitUnit,
                                         number(*preview.referenceO2Pct),
                                         number(preview.valueInLimitUnit), number(*o2));
            } else if (preview.referenceO2Pct) {
                m_comparedText = tr("%1 %2, not corrected: enter O₂ to correct it to %3 % O₂")
                                     .arg(number(preview.comparedValue), preview.limitUnit,
                                         number(*preview.referenceO2Pct));
            } else {
                m_comparedText = tr("%1 %2").arg(number(preview.comparedValue), preview.limitUnit);
            }
            if (preview.limitMin && preview.limitMax) {
                m_limitText = tr("Limit %1–%2 %3")
                                  .arg(number(*preview.limitMin), number(*preview.limitMax),
                                      preview.limitUnit);
            } else if (preview.limitMax) {
                m_limitText = tr("Limit ≤ %1 %2").arg(number(*preview.limitMax), preview.limitUnit);
            } else if (preview.limitMin) {
                m_limitText = tr("Limit ≥ %1 %2").arg(number(*preview.limitMin), preview.limitUnit);
            }
            if (!preview.exceedance) {
                m_verdict = u"nolimit"_s;
                m_verdictText = tr("Outlet %1 has no concentration limit for %2: nothing to "
                                   "compare with.")
                                    .arg(m_outletCode, m_pollutant);
            } else if (preview.exceedance->violation) {
                m_verdict = u"over"_s;
                m_exceedancePct = preview.exceedance->percent;
                m_verdictText = tr("Over the limit by %1 %")
                                    .arg(QString::number(preview.exceedance->percent, 'f', 1));
            } else {
                m_verdict = u"within"_s;
                m_exceedancePct = preview.exceedance->percent;
                m_verdictText = tr("Within the limit (%1 % margin)")
                                    .arg(QString::number(-preview.exceedance->percent, 'f', 1));
            }
        }
    }
    Q_EMIT previewChanged();
}

bool MeasurementForm::record()
{
    const auto value = parseNumber(m_valueText);
    const auto o2 = parseNumber(m_o2Text);
    QString error;
    bool ok = false;
    if (!value) {
        error = tr("Enter the measured value as a number.");
    } else if (!m_o2Text.trimmed().isEmpty() && !o2) {
        error = tr("Enter O₂ as a number, or leave it empty.");
    } else {
        mobile::InspectionService::MeasurementInput input {m_outletCode, m_pollutant, *value,
            m_unit, o2, m_instrumentId.trimmed(), m_method.trimmed(), m_correctingId, {}, {}};
        if (m_position) {
            input.position = m_position->sample();
            const QDateTime fixTime = m_position->timestamp();
            if (input.position && fixTime.isValid())
                input.positionAtMs = fixTime.toMSecsSinceEpoch();
        }
        ok = attemptAction(appSession(), error,
            [&](mobile::InspectionService &service) { service.measure(m_inspectionId, input); });
    }
    setError(error);
    if (!ok)
        return false;
    m_valueText.clear();
    m_o2Text.clear();
    m_correctingId.clear();
    m_correctingText.clear();
    Q_EMIT inputChanged();
    updatePreview();
    loadRecorded();
    Q_EMIT recorded();
    return true;
}

QList<mobile::InspectionDetail::Measurement> MeasurementForm::measurements() const
{
    AppSession *app = appSession();
    const auto detail = app && !m_inspectionId.isEmpty()
        ? mobile::InspectionProgress(app->database()).detail(m_inspectionId)
        : std::nullopt;
    return detail ? detail->measurements : QList<mobile::InspectionDetail::Measurement>();
}

QString MeasurementForm::line(const mobile::InspectionDetail::Measurement &m)
{
    QString line = u"%1 · %2 %3 %4"_s.arg(
        m.outletCode, TermNames::pollutantWithCode(m.pollutant), number(m.value), m.unit);
    if (m.o2Pct)
        line += tr(" · O₂ %1 %").arg(number(*m.o2Pct));
    if (!m.instrumentId.isEmpty())
        line += u" · "_s + m.instrumentId;
    return line;
}

bool MeasurementForm::beginCorrection(const QString &measurementId)
{
    for (const auto &m : measurements()) {
        if (m.id != measurementId)
            continue;
        if (!m.supersededBy.isEmpty()) {
            setError(tr("This measurement was already corrected; correct the newer one."));
            return false;
        }
        m_correctingId = m.id;
        m_correctingText = line(m);
        m_outletCode.clear();
        setOutletCode(m.outletCode);
        setPollutant(m.pollutant);
        // Exact, not the 4 digits of the list: the inspector edits what was recorded.
        const auto exact = [](double value) {
            return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
        };
        m_unit = m.unit;
        m_valueText = exact(m.value);
        m_o2Text = m.o2Pct ? exact(*m.o2Pct) : QString();
        m_instrumentId = m.instrumentId;
        m_method = m.method;
        setError({});
        Q_EMIT inputChanged();
        updatePreview();
        return true;
    }
    setError(tr("No measurement %1 in this inspection to correct.").arg(measurementId));
    return false;
}

void MeasurementForm::cancelCorrection()
{
    if (m_correctingId.isEmpty())
        return;
    m_correctingId.clear();
    m_correctingText.clear();
    m_valueText.clear();
    m_o2Text.clear();
    Q_EMIT inputChanged();
    updatePreview();
}

void MeasurementForm::loadRecorded()
{
    m_recordedMeasurements.clear();
    for (const auto &m : measurements()) {
        // Its verdict, judged again as it was recorded: the same check the editor previews.
        mobile::InspectionService::Measured judged;
        QString error;
        const bool ok = attemptAction(appSession(), error, [&](mobile::InspectionService &service) {
            judged = service.previewMeasurement(m_inspectionId,
                {m.outletCode, m.pollutant, m.value, m.unit, m.o2Pct, m.instrumentId, m.method, {},
                    {}, {}});
        });
        QString verdict = u"nolimit"_s;
        QString verdictText = tr("no limit to compare with");
        if (ok && judged.exceedance && judged.exceedance->violation) {
            verdict = u"over"_s;
            verdictText = tr("over the limit by %1 %")
                              .arg(QString::number(judged.exceedance->percent, 'f', 1));
        } else if (ok && judged.exceedance) {
            verdict = u"within"_s;
            verdictText = tr("within the limit");
        }
        m_recordedMeasurements.append(
            QVariantMap {{u"id"_s, m.id}, {u"text"_s, line(m)}, {u"verdict"_s, verdict},
                {u"verdictText"_s, verdictText}, {u"superseded"_s, !m.supersededBy.isEmpty()},
                {u"correction"_s, !m.supersedesId.isEmpty()}});
    }
}

void MeasurementForm::setError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

} // namespace outfall::models
