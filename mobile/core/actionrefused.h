#pragma once

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

    QString reason() const { return QString::fromStdString(what()); }
    const QStringList &missing() const { return m_missing; }

private:
    QStringList m_missing;
};

} // namespace outfall::mobile
