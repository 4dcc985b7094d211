#include "device/cliarguments.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace outfall::device {

UsageError::UsageError(const QString &message)
    : std::runtime_error(message.toStdString())
{ }

CliArguments::CliArguments(
    const QStringList &arguments, const QStringList &valueOptions, const QStringList &flags)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (!arg.startsWith(u"--") || arg == u"--") {
            m_positional.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        std::optional<QString> value;
        if (const auto eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
        }
        if (flags.contains(name)) {
            if (value)
                throw UsageError(u"--%1 takes no value"_s.arg(name));
            m_flags.append(name);
        } else if (valueOptions.contains(name)) {
            if (!value) {
                if (i + 1 >= arguments.size())
                    throw UsageError(u"--%1 needs a value"_s.arg(name));
                value = arguments[++i];
            }
            m_options[name].append(*value);
        } else {
            throw UsageError(u"unknown option --%1"_s.arg(name));
        }
    }
}

QString CliArguments::positional(qsizetype index, const QString &what) const
{
    if (index >= m_positional.size())
        throw UsageError(what + u" is missing"_s);
    return m_positional[index];
}

void CliArguments::allowPositionals(qsizetype count, const QString &command) const
{
    if (m_positional.size() > count)
        throw UsageError(u"%1: unexpected argument %2"_s.arg(command, m_positional[count]));
}

QString CliArguments::text(const QString &option) const
{
    const QStringList values = all(option);
    if (values.isEmpty())
        throw UsageError(u"--%1 is required"_s.arg(option));
    if (values.size() > 1)
        throw UsageError(u"--%1 is given %2 times; give it once"_s.arg(option).arg(values.size()));
    if (values.first().trimmed().isEmpty())
        throw UsageError(u"--%1 is empty"_s.arg(option));
    return values.first();
}

QString CliArguments::optionalText(const QString &option) const
{
    return has(option) ? text(option) : QString();
}

QStringList CliArguments::all(const QString &option) const
{
    return m_options.value(option);
}

double CliArguments::toNumber(const QString &option, const QString &value)
{
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(number))
        throw UsageError(u"--%1 must be a number, not \"%2\""_s.arg(option, value));
    return number;
}

double CliArguments::number(const QString &option) const
{
    return toNumber(option, text(option));
}

std::optional<double> CliArguments::optionalNumber(const QString &option) const
{
    if (!has(option))
        return std::nullopt;
    return number(option);
}

int CliArguments::integer(const QString &option, int fallback, int min, int max) const
{
    if (!has(option))
        return fallback;
    const QString value = text(option);
    bool ok = false;
    const int number = value.trimmed().toInt(&ok);
    if (!ok || number < min || number > max)
        throw UsageError(u"--%1 must be a whole number from %2 to %3, not \"%4\""_s.arg(option)
                             .arg(min)
                             .arg(max)
                             .arg(value));
    return number;
}

QString CliArguments::choice(const QString &option, const QStringList &allowed) const
{
    const QString value = text(option);
    if (!allowed.contains(value))
        throw UsageError(
            u"--%1 must be %2, not \"%3\""_s.arg(option, allowed.join(u" or "_s), value));
    return value;
}

} // namespace outfall::device
