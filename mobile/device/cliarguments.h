#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <stdexcept>

namespace outfall::device {

// A bad command line: exit 2. what() names the argument and what is wrong with it.
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString &message);
};

// The arguments of one command: positionals and --options (`--name value` or
// `--name=value`; options may repeat). Only the options the command declares are
// accepted, so a misspelt option is an error, never ignored.
class CliArguments
{
public:
    // valueOptions take a value; flags do not. Names without the leading "--".
    CliArguments(const QStringList &arguments, const QStringList &valueOptions,
        const QStringList &flags = {});

    qsizetype positionalCount() const { return m_positional.size(); }
    // The positional at index; `what` names it in the error when it is missing.
    QString positional(qsizetype index, const QString &what) const;
    // Refuses positionals beyond `count` (`command` names the command in the error).
    void allowPositionals(qsizetype count, const QString &command) const;

    bool has(const QString &option) const { return m_options.contains(option); }
    bool flag(const QString &option) const { return m_flags.contains(option); }
    QString text(const QString &option) const; // required, given once
    QString optionalText(const QString &option) const; // empty when absent
    QStringList all(const QString &option) const;
    double number(const QString &option) const; // required
    std::optional<double> optionalNumber(const QString &option) const;
    int integer(const QString &option, int fallback, int min, int max) const;
    // One of the allowed words, e.g. --phase post|pre.
    QString choice(const QString &option, const QStringList &allowed) const;

    static double toNumber(const QString &option, const QString &value);

private:
    QStringList m_positional;
    QMap<QString, QStringList> m_options;
    QStringList m_flags;
};

} // namespace outfall::device
