#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>
#include <stdexcept>

class QCommandLineParser;

namespace outfall::cli {

// Every program reads its command line the same way (docs/architecture.md): options
// `--name value` or `--name=value`, only the ones it declares; `-h` / `--help` print the
// usage text on stdout and exit 0; a bad command line prints one line
//   PROGRAM: PROBLEM; see --help
// on stderr and exits 2.
constexpr int kUsageExitCode = 2;

// Prints the usage error line; returns kUsageExitCode.
int usageError(QTextStream &err, const QString &program, const QString &problem);
// The same on the process's stderr.
int usageError(const QString &program, const QString &problem);

// A bad command line. message() names the argument and what is wrong with it.
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString &message);
    QString message() const { return QString::fromStdString(what()); }
};

// The arguments of one command (without the program's name), read with QCommandLineParser:
// positionals and the declared --options (which may repeat). A misspelt option is an
// error, never ignored. Throws UsageError.
class CommandLine
{
public:
    // valueOptions take a value; flags do not; listOptions take every word after them up to
    // the next option (`--flag A B C` is `--flag A --flag B --flag C`). Names without the
    // leading "--". -h and --help are always declared.
    CommandLine(const QStringList &arguments, const QStringList &valueOptions,
        const QStringList &flags = {}, const QStringList &listOptions = {});

    bool helpAsked() const { return m_help; }
    // The options given, in their first order, without "--".
    QStringList given() const { return m_given; }

    QStringList positionals() const { return m_positional; }
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
    QStringList m_given;
    bool m_help = false;
};

// For a program that declares its options on a QCommandLineParser of its own (for its
// generated help text): parses the whole command line (with the program's name). On -h or
// --help it prints the help text and returns 0; on a bad command line the usage error
// and 2; otherwise nothing: the program goes on.
std::optional<int> parseOrExit(
    QCommandLineParser &parser, const QStringList &arguments, const QString &program);

} // namespace outfall::cli
