#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <stdexcept>

namespace outfall::mobile {

// The inspection core refused an action: the input breaks a rule (unknown pollutant, a fix
// too inaccurate, submitting with items unanswered...). Nothing was written. what() is the
// sentence the inspector sees; `missing` lists what a submission still lacks.
class ActionRefused : public std::runtime_error
{
public:
    explicit ActionRefused(const QString &reason, QStringList missing = {});

    QString reason() const { return QString::fromUtf8(what()); }
    const QStringList &missing() const { return m_missing; }

private:
    QStringList m_missing;
};

// Refused because the position is far from the site (domain::PositionCheck::kFarFromSiteM
// from every outlet and the enterprise): the same action with the inspector's confirmation
// (`farConfirmed`, the app's "record anyway", outfall-device's --far-ok) records it, marked
// as far from the site.
class FarFromSite : public ActionRefused
{
public:
    FarFromSite(const QString &reason, double distanceM);

    double distanceM() const { return m_distanceM; }

private:
    double m_distanceM;
};

// The sentences of refusals (and of position problems, and the notes MeasurementCheck adds to an
// accepted measurement) are translated where they are made:
// `Refusal::tr("no permit %1 on this device").arg(id)`. A reason code with arguments,
// translated in the models, would need a second copy of each of these sentences' shape (an
// enum, an argument list, a switch in the models) kept in step with the rule that throws it;
// here the sentence stays beside its rule and lupdate finds it there. The price: a reason
// is in the language current when it was thrown (switching the language does not retranslate
// an error already shown; the next attempt says it in the new one). `outfall-device` loads no
// translator, so its refusals stay in English, the source language.
class Refusal
{
    Q_DECLARE_TR_FUNCTIONS(outfall::mobile::Refusal)

public:
    Refusal() = delete;

    // Words the sentences insert: the stored codes said in the UI language.
    static QString medium(const QString &code); // air / water
    static QString status(
        const QString &code); // in_progress / submitted / reviewed / returned / approved
    static QString phase(const QString &code); // pre_issuance / post_issuance
};

} // namespace outfall::mobile
