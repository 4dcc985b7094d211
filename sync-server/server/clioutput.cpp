#include "server/clioutput.h"

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

int CliOutput::usage(const QString &program, const QString &problem, const QString &usageText)
{
    *m_err << program << u": "_s << problem << u'\n' << usageText;
    m_err->flush();
    return 2;
}

} // namespace outfall::server
