#include "cli/commandline.h"

#include <QCommandLineParser>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace outfall::cli {

namespace {

// QCommandLineParser's own error names the option in quotes ("Missing value after
// '--out'."); the programs say it in their words.
QString problemOf(const QCommandLineParser &parser)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty())
        return u"unknown option "_s + (unknown.first().size() == 1 ? u"-"_s : u"--"_s)
            + unknown.first();
    const QString error = parser.errorText();
    const qsizetype open = error.indexOf(u'\'');
    const qsizetype close = error.indexOf(u'\'', open + 1);
    if (open < 0 || close < 0)
        return error;
    const QString option = error.mid(open + 1, close - open - 1);
    return option
        + (error.startsWith(u"Unexpected"_s) ? u" takes no value"_s : u" needs a value"_s);
}

// `--name A B C` as `--name A --name B --name C` for each list option: what
// QCommandLineParser reads. Throws UsageError for a list option with no word after it
// (QCommandLineParser would take the next option for its value).
QStringList spreadListOptions(const QStringList &arguments, const QStringList &listOptions)
{
    if (listOptions.isEmpty())
        return arguments;
    QStringList spread;
    QString listing; // the list option whose words follow
    bool took = false; // whether it has had a word yet
    const auto endList = [&] {
        if (!listing.isEmpty() && !took)
            throw UsageError(listing + u" needs a value"_s);
        listing.clear();
    };
    for (const QString &argument : arguments) {
        if (argument.startsWith(u'-')) {
            endList();
            if (listOptions.contains(argument.mid(argument.startsWith(u"--") ? 2 : 1))) {
                listing = argument;
                took = false;
                continue;
            }
            spread << argument;
        } else if (!listing.isEmpty()) {
            spread << listing << argument;
            took = true;
        } else {
            spread << argument;
        }
    }
    endList();
    return spread;
}

} // namespace

int usageError(QTextStream &err, const QString &program, const QString &problem)
{
    err << program << u": "_s << problem << u"; see --help\n"_s;
    err.flush();
    return kUsageExitCode;
}

int usageError(const QString &program, const QString &problem)
{
    QTextStream err(stderr);
    return usageError(err, program, problem);
}

UsageError::UsageError(const QString &message)
    : std::runtime_error(message.toStdString())
{ }

CommandLine::CommandLine(const QStringList &arguments, const QStringList &valueOptions,
    const QStringList &flags, const QStringList &listOptions)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const QString &name : valueOptions + listOptions)
        parser.addOption(QCommandLineOption(name, QString(), u"value"_s));
    for (const QString &name : flags)
        parser.addOption(QCommandLineOption(name));
    parser.addOption(QCommandLineOption(QStringList {u"h"_s, u"help"_s}));
    // QCommandLineParser reads the program's name first.
    if (!parser.parse(QStringList {QString()} + spreadListOptions(arguments, listOptions)))
        throw UsageError(problemOf(parser));
    m_help = parser.isSet(u"help"_s);
    m_positional = parser.positionalArguments();
    for (const QString &name : parser.optionNames()) {
        if (name == u"h" || name == u"help" || m_given.contains(name))
            continue;
        m_given.append(name);
        if (flags.contains(name))
            m_flags.append(name);
        else
            m_options.insert(name, parser.values(name));
    }
}

QString CommandLine::positional(qsizetype index, const QString &what) const
{
    if (index >= m_positional.size())
        throw UsageError(what + u" is missing"_s);
    return m_positional[index];
}

void CommandLine::allowPositionals(qsizetype count, const QString &command) const
{
    if (m_positional.size() > count)
        throw UsageError(u"%1: unexpected argument %2"_s.arg(command, m_positional[count]));
}

QString CommandLine::text(const QString &option) const
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

QString CommandLine::optionalText(const QString &option) const
{
    return has(option) ? text(option) : QString();
}

QStringList CommandLine::all(const QString &option) const
{
    return m_options.value(option);
}

double CommandLine::toNumber(const QString &option, const QString &value)
{
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(number))
        throw UsageError(u"--%1 must be a number, not \"%2\""_s.arg(option, value));
    return number;
}

double CommandLine::number(const QString &option) const
{
    return toNumber(option, text(option));
}

std::optional<double> CommandLine::optionalNumber(const QString &option) const
{
    if (!has(option))
        return std::nullopt;
    return number(option);
}

int CommandLine::integer(const QString &option, int fallback, int min, int max) const
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

QString CommandLine::choice(const QString &option, const QStringList &allowed) const
{
    const QString value = text(option);
    if (!allowed.contains(value))
        throw UsageError(
            u"--%1 must be %2, not \"%3\""_s.arg(option, allowed.join(u" or "_s), value));
    return value;
}

std::optional<int> parseOrExit(
    QCommandLineParser &parser, const QStringList &arguments, const QString &program)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments))
        return usageError(program, problemOf(parser));
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    return std::nullopt;
}

} // namespace outfall::cli
