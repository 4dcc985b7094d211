#include "store/pgdialect.h"

#include <QRegularExpression>

#include <functional>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::store::PgDialect {

namespace {

const auto kOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption;

// The script without -- comments, literals and quoted names kept as they are.
QString withoutComments(const QString &sql)
{
    QString out;
    out.reserve(sql.size());
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql[i];
        if (!quote.isNull()) {
            out += c;
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            out += c;
        } else if (c == u'-' && i + 1 < sql.size() && sql[i + 1] == u'-') {
            while (i < sql.size() && sql[i] != u'\n')
                ++i;
            out += u'\n';
        } else {
            out += c;
        }
    }
    return out;
}

// Applies `change` to the parts of `sql` outside string literals.
QString outsideLiterals(const QString &sql, const std::function<QString(const QString &)> &change)
{
    QString out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        if (sql[i] != u'\'')
            continue;
        out += change(sql.mid(start, i - start));
        qsizetype end = i + 1;
        while (end < sql.size()) {
            if (sql[end] == u'\'' && !(end + 1 < sql.size() && sql[end + 1] == u'\''))
                break;
            end += sql[end] == u'\'' ? 2 : 1;
        }
        out += sql.mid(i, end - i + 1);
        i = end;
        start = end + 1;
    }
    return out + change(sql.mid(start));
}

// Type names are upper case in the migrations, names lower case: the `blob` table stays.
QString types(const QString &sql)
{
    return outsideLiterals(sql, [](QString part) {
        static const QRegularExpression integer(u"\\bINTEGER\\b"_s);
        static const QRegularExpression real(u"\\bREAL\\b"_s);
        static const QRegularExpression blob(u"\\bBLOB\\b"_s);
        part.replace(integer, u"bigint"_s);
        part.replace(real, u"double precision"_s);
        part.replace(blob, u"bytea"_s);
        return part;
    });
}

// GLOB's wildcards as an anchored regular expression ([...] classes are the same).
QString globAsRegex(const QString &glob)
{
    QString regex = u"^"_s;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob[i];
        if (c == u'[') {
            const qsizetype end = glob.indexOf(u']', i);
            if (end < 0)
                throw std::logic_error("PgDialect: unclosed [ in a GLOB pattern");
            regex += glob.mid(i, end - i + 1);
            i = end;
        } else if (c == u'*') {
            regex += u".*"_s;
        } else if (c == u'?') {
            regex += u'.';
        } else {
            regex += QRegularExpression::escape(QString(c));
        }
    }
    return regex + u'$';
}

QString globs(QString sql)
{
    static const QRegularExpression glob(u"(\\w+)\\s+GLOB\\s+'([^']*)'"_s, kOptions);
    QRegularExpressionMatch match;
    qsizetype from = 0;
    while ((match = glob.match(sql, from)).hasMatch()) {
        const QString replacement =
            match.captured(1) + u" ~ '"_s + globAsRegex(match.captured(2)) + u'\'';
        sql.replace(match.capturedStart(), match.capturedLength(), replacement);
        from = match.capturedStart() + replacement.size();
    }
    return sql;
}

// CREATE TABLE: a column with no type keeps any value in SQLite; text here.
QString untypedColumns(const QString &statement)
{
    static const QRegularExpression createTable(u"^CREATE\\s+TABLE"_s, kOptions);
    if (!createTable.match(statement).hasMatch())
        return statement;
    static const QStringList keywords = {u"PRIMARY"_s, u"UNIQUE"_s, u"CHECK"_s, u"FOREIGN"_s};
    // Only the column list's own lines: a name alone on its line, then a comma or the end.
    QStringList lines = statement.split(u'\n');
    for (QString &line : lines) {
        static const QRegularExpression bare(u"^(\\s+)(\\w+)(\\s*)(,?)\\s*$"_s);
        const auto match = bare.match(line);
        if (match.hasMatch() && !keywords.contains(match.captured(2).toUpper()))
            line = match.captured(1) + match.captured(2) + u" text"_s + match.captured(4);
    }
    return lines.join(u'\n');
}

QString trigger(const QString &statement)
{
    static const QRegularExpression shape(
        u"^CREATE\\s+TRIGGER\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)\\s+(BEFORE|AFTER)\\s+"
        u"(INSERT|DELETE|UPDATE(?:\\s+OF\\s+[\\w\\s,]+?)?)\\s+ON\\s+(\\w+)\\s*"
        u"(?:FOR\\s+EACH\\s+ROW\\s*)?(?:WHEN\\s+(.*?)\\s*)?BEGIN\\b(.*)\\bEND\\s*;?\\s*$"_s,
        kOptions);
    const auto match = shape.match(statement);
    if (!match.hasMatch())
        throw std::logic_error(
            "PgDialect: a trigger not understood: " + statement.left(120).toStdString());
    const QString name = match.captured(1);
    const QString timing = match.captured(2).toUpper();
    const QString event = match.captured(3);
    const QString table = match.captured(4);
    const QString when = match.captured(5).trimmed();
    QString body = types(match.captured(6).trimmed());
    static const QRegularExpression raise(
        u"SELECT\\s+RAISE\\s*\\(\\s*ABORT\\s*,\\s*('(?:[^']|'')*')\\s*\\)\\s*;"_s, kOptions);
    // '%' is RAISE's placeholder: the message goes as its one parameter.
    body.replace(raise, u"RAISE EXCEPTION '%', \\1;"_s);
    if (!when.isEmpty())
        body = u"IF "_s + when + u" THEN\n"_s + body + u"\nEND IF;"_s;
    // A BEFORE trigger's row goes on unless it raised; an AFTER trigger's result is unused.
    const bool isDelete = event.startsWith(u"DELETE"_s, Qt::CaseInsensitive);
    const QString result = timing == u"AFTER" ? u"NULL"_s : isDelete ? u"OLD"_s : u"NEW"_s;
    const QString function = name + u"_fn"_s;
    return u"CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $outfall$\n"
           u"BEGIN\n%2\nRETURN %3;\nEND\n$outfall$;\n"
           u"CREATE TRIGGER %4 %5 %6 ON %7 FOR EACH ROW EXECUTE FUNCTION %1()"_s.arg(
               function, body, result, name, timing, event, table);
}

QString dropTrigger(const QString &name)
{
    // SQLite's DROP TRIGGER names no table; PostgreSQL's must. The catalogue knows it.
    return u"DO $outfall$ DECLARE t regclass; BEGIN\n"
           u"SELECT tgrelid::regclass INTO t FROM pg_trigger WHERE tgname = '%1' AND NOT "
           u"tgisinternal;\n"
           u"EXECUTE format('DROP TRIGGER %I ON %s', '%1', t);\n"
           u"DROP FUNCTION IF EXISTS %1_fn();\n"
           u"END $outfall$"_s.arg(name);
}

} // namespace

QStringList statements(const QString &sql)
{
    const QString text = withoutComments(sql);
    static const QRegularExpression triggerStart(u"^\\s*CREATE\\s+TRIGGER\\b"_s, kOptions);
    static const QRegularExpression triggerEnd(u"\\bEND\\s*;\\s*$"_s, kOptions);
    QStringList result;
    QString current;
    QChar quote;
    for (const QChar c : text) {
        current += c;
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            continue;
        }
        if (c != u';')
            continue;
        if (triggerStart.match(current).hasMatch() && !triggerEnd.match(current).hasMatch())
            continue; // a statement inside the trigger's body
        const QString statement = current.trimmed();
        if (statement != u";")
            result.append(statement);
        current.clear();
    }
    if (!current.trimmed().isEmpty())
        result.append(current.trimmed());
    return result;
}

QString migration(const QString &sqliteSql)
{
    static const QRegularExpression createTrigger(u"^CREATE\\s+TRIGGER\\b"_s, kOptions);
    static const QRegularExpression dropTriggerShape(
        u"^DROP\\s+TRIGGER\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)\\s*;?$"_s, kOptions);
    static const QRegularExpression pragma(u"^PRAGMA\\b"_s, kOptions);
    static const QRegularExpression withoutRowid(u"\\)\\s*WITHOUT\\s+ROWID\\s*;?\\s*$"_s, kOptions);
    QStringList out;
    for (const QString &statement : statements(sqliteSql)) {
        if (pragma.match(statement).hasMatch())
            continue; // SQLite's settings
        if (createTrigger.match(statement).hasMatch()) {
            out.append(trigger(statement));
            continue;
        }
        if (const auto drop = dropTriggerShape.match(statement); drop.hasMatch()) {
            out.append(dropTrigger(drop.captured(1)));
            continue;
        }
        QString s = statement;
        if (s.endsWith(u';'))
            s.chop(1);
        s.replace(withoutRowid, u")"_s);
        out.append(globs(untypedColumns(types(s))));
    }
    return out.join(u";\n"_s) + u";\n"_s;
}

} // namespace outfall::store::PgDialect
