#include "server/clioutput.h"

#include "cli/commandline.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace outfall::server {

CliOutput::CliOutput()
    : m_stdout(stdout)
    , m_stderr(stderr)
    , m_out(&m_stdout)
    , m_err(&m_stderr)
{ }

CliOutput::CliOutput(QTextStream *out, QTextStream *err)
    : m_out(out)
    , m_err(err)
{ }

int CliOutput::usage(const QString &program, const QString &problem)
{
    return cli::usageError(*m_err, program, problem);
}

} // namespace outfall::server
