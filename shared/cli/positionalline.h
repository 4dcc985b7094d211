#pragma once

#include <QStringList>

#include <optional>

namespace outfall::cli {

// The command line of a program that takes positional arguments only (the benchmarks:
// "bench_sync [N>=1] [M>=1] [push|pull|...]"), read like every other (cli/commandline.h):
// -h/--help prints the usage and stops with 0; an unknown option, a surplus argument or a
// value out of its range prints "PROGRAM: PROBLEM; see --help" once and stops with 2.
// Read every argument, then ask stop().
class PositionalLine
{
public:
    // arguments with the program's name first; usage is the whole --help text.
    PositionalLine(const QStringList &arguments, const QString &usage, qsizetype maxCount);

    // The index-th number (named `name` in the error), fallback when absent.
    qint64 number(qsizetype index, const QString &name, qint64 fallback, qint64 min, qint64 max);
    // The index-th argument, one of allowed; empty when absent.
    QString word(qsizetype index, const QString &name, const QStringList &allowed);
    // The index-th argument as given; empty when absent.
    QString text(qsizetype index) const { return m_positional.value(index); }

    // The exit code when the program stops here.
    std::optional<int> stop() const { return m_stop; }

private:
    void fail(const QString &problem);

    QString m_program;
    QStringList m_positional;
    std::optional<int> m_stop;
};

} // namespace outfall::cli
