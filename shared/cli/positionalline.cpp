#include "cli/positionalline.h"

#include "cli/commandline.h"

#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace outfall::cli {

PositionalLine::PositionalLine(
    const QStringList &arguments, const QString &usage, qsizetype maxCount)
    : m_program(QFileInfo(arguments.value(0)).fileName())
{
    try {
        const CommandLine line(arguments.mid(1), {});
        if (line.helpAsked()) {
            QTextStream(stdout) << usage << (usage.endsWith(u'\n') ? u""_s : u"\n"_s);
            m_stop = 0;
            return;
        }
        m_positional = line.positionals();
        if (m_positional.size() > maxCount)
            fail(u"unexpected argument "_s + m_positional[maxCount]);
    } catch (const UsageError &e) {
        fail(e.message());
    }
}

void PositionalLine::fail(const QString &problem)
{
    if (!m_stop)
        m_stop = usageError(m_program, problem);
}

qint64 PositionalLine::number(
    qsizetype index, const QString &name, qint64 fallback, qint64 min, qint64 max)
{
    if (index >= m_positional.size())
        return fallback;
    bool ok = false;
    const qint64 value = m_positional[index].toLongLong(&ok);
    if (!ok || value < min || value > max) {
        fail(u"%1 must be a whole number from %2 to %3, not \"%4\""_s.arg(name)
                 .arg(min)
                 .arg(max)
                 .arg(m_positional[index]));
        return fallback;
    }
    return value;
}

QString PositionalLine::word(qsizetype index, const QString &name, const QStringList &allowed)
{
    const QString value = m_positional.value(index);
    if (!value.isEmpty() && !allowed.contains(value))
        fail(u"%1 must be %2, not \"%3\""_s.arg(name, allowed.join(u" or "_s), value));
    return value;
}

} // namespace outfall::cli
