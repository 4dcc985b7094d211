#pragma once

#include <QString>
#include <QTextStream>

namespace outfall::server {

// Where a command line writes: stdout/stderr, or the streams a test passes in.
class CliOutput
{
public:
    CliOutput();
    CliOutput(QTextStream *out, QTextStream *err);
    CliOutput(const CliOutput &) = delete;
    CliOutput &operator=(const CliOutput &) = delete;

    QTextStream &out() { return *m_out; }
    QTextStream &err() { return *m_err; }
    // Prints "program: problem; see --help" (cli::usageError); returns exit code 2.
    int usage(const QString &program, const QString &problem);

private:
    QTextStream m_stdout;
    QTextStream m_stderr;
    QTextStream *m_out;
    QTextStream *m_err;
};

} // namespace outfall::server
