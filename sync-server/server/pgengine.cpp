#include "server/pgengine.h"

#include "server/pgurl.h"
#include "store/sqliteerror.h"

#include <QRegularExpression>

#include <cstring>
#include <optional>
#include <poll.h>
#include <pqxx/pqxx>
#include <sqlite3.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

constexpr unsigned kBoolType = 16; // pg_type.oid of boolean
constexpr unsigned kByteaType = 17; // pg_type.oid of bytea

// The store's write lock: what SQLite's BEGIN IMMEDIATE takes, here an advisory lock every
// front-end of the database shares, held to the end of the transaction. Any number will do,
// as long as it is this one everywhere.
constexpr long long kStoreWriteLock = 0x4f55544641'4c4c57; // not PgBlobBytes' schema lock

// The SQLite code callers test for, from PostgreSQL's SQLSTATE.
int sqliteCodeOf(const std::string &sqlstate)
{
    if (sqlstate == "23505")
        return SQLITE_CONSTRAINT_UNIQUE;
    if (sqlstate == "23503")
        return SQLITE_CONSTRAINT_FOREIGNKEY;
    if (sqlstate == "23502")
        return SQLITE_CONSTRAINT_NOTNULL;
    if (sqlstate == "23514")
        return SQLITE_CONSTRAINT_CHECK;
    if (sqlstate.rfind("23", 0) == 0)
        return SQLITE_CONSTRAINT;
    // serialization failure, deadlock, lock not available, lock or statement timeout
    if (sqlstate == "40001" || sqlstate == "40P01" || sqlstate == "55P03" || sqlstate == "57014")
        return SQLITE_BUSY;
    return SQLITE_ERROR; // syntax, unknown table or column, and the rest
}

[[noreturn]] void rethrow(const QString &sql)
{
    try {
        throw;
    } catch (const pqxx::sql_error &e) {
        throw store::SqliteError(sqliteCodeOf(e.sqlstate()),
            u"PostgreSQL: "_s + QString::fromUtf8(e.what()).trimmed(), sql.left(200));
    } catch (const pqxx::broken_connection &e) {
        throw store::SqliteError(SQLITE_IOERR,
            u"PostgreSQL: the connection broke: "_s + QString::fromUtf8(e.what()).trimmed(),
            sql.left(200));
    } catch (const pqxx::failure &e) {
        throw store::SqliteError(
            SQLITE_ERROR, u"PostgreSQL: "_s + QString::fromUtf8(e.what()).trimmed(), sql.left(200));
    }
}

bool startsWithWord(const QString &sql, QStringView word)
{
    const QString trimmed = sql.trimmed();
    return trimmed.startsWith(word, Qt::CaseInsensitive)
        && (trimmed.size() == word.size() || !trimmed.at(word.size()).isLetterOrNumber());
}

} // namespace

struct PgEngine::Connection
{
    explicit Connection(const std::string &url)
        : pq(url)
    { }
    pqxx::connection pq;
};

// One statement: prepared on the connection under a name of its own, run with its bound
// values when first stepped, its rows read from the result.
class PgStatement final : public store::EngineStatement
{
public:
    PgStatement(PgEngine &engine, const QString &sql)
        : m_engine(engine)
        , m_sql(sql)
        , m_name("outfall_" + std::to_string(++engine.m_nextStatement))
    {
        int parameters = 0;
        m_translated = PgEngine::translate(sql, &parameters);
        m_values.resize(std::size_t(parameters));
        m_engine.ensureConnected(m_sql);
        prepareOnConnection();
    }

    ~PgStatement() override
    {
        if (m_generation != m_engine.m_generation || m_engine.m_broken)
            return; // prepared on a connection that is gone, and gone with it
        try {
            m_engine.m_connection->pq.unprepare(m_name);
        } catch (...) {
            // The connection is gone: so is the statement.
        }
    }

    void bindNull(int index) override { value(index).reset(); }
    void bindInt64(int index, std::int64_t v) override { value(index) = Value {std::to_string(v)}; }
    void bindReal(int index, double v) override
    {
        value(index) = Value {QByteArray::number(v, 'g', 17).toStdString()};
    }
    void bindText(int index, const QString &v) override { value(index) = Value {v.toStdString()}; }
    void bindBlob(int index, const QByteArray &v) override
    {
        value(index) = Value {v.toStdString(), true};
    }

    bool step() override
    {
        if (!m_result)
            run();
        return ++m_row < int(m_result->size());
    }

    int changes() const override { return m_changes; }

    bool isNull(int column) const override { return field(column).is_null(); }
    std::int64_t int64(int column) const override
    {
        const pqxx::field f = field(column);
        if (f.is_null())
            return 0;
        // SQLite has no booleans: a comparison is 0 or 1, and the code reads it as a number.
        if (m_result->column_type(pqxx::row::size_type(column)) == kBoolType)
            return f.c_str()[0] == 't' ? 1 : 0;
        return f.as<std::int64_t>();
    }
    double real(int column) const override
    {
        const pqxx::field f = field(column);
        return f.is_null() ? 0.0 : f.as<double>();
    }
    QByteArrayView utf8(int column) const override
    {
        const pqxx::field f = field(column);
        return f.is_null() ? QByteArrayView() : QByteArrayView(f.c_str(), qsizetype(f.size()));
    }
    QByteArray blob(int column) const override
    {
        const pqxx::field f = field(column);
        if (f.is_null())
            return {};
        if (m_result->column_type(pqxx::row::size_type(column)) != kByteaType)
            return QByteArray(f.c_str(), qsizetype(f.size()));
        const pqxx::binarystring bytes(f);
        return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
    }

    void rewind() override
    {
        m_result.reset();
        m_row = -1;
    }
    void clearBindings() override
    {
        for (auto &v : m_values)
            v.reset();
    }
    QString sql() const override { return m_sql; }

private:
    struct Value
    {
        std::string text;
        bool binary = false;
    };

    std::optional<Value> &value(int index)
    {
        if (index < 1 || std::size_t(index) > m_values.size())
            throw store::SqliteError(SQLITE_RANGE,
                u"PostgreSQL: no parameter %1 (the statement takes %2)"_s.arg(index).arg(
                    m_values.size()),
                m_sql);
        return m_values[std::size_t(index - 1)];
    }

    pqxx::field field(int column) const
    {
        return (*m_result)[pqxx::result::size_type(m_row)][pqxx::row::size_type(column)];
    }

    void prepareOnConnection()
    {
        try {
            m_engine.m_connection->pq.prepare(m_name, m_translated);
        } catch (...) {
            m_engine.fail(m_sql);
        }
        m_generation = m_engine.m_generation;
    }

    void run()
    {
        m_engine.ensureConnected(m_sql);
        if (m_generation != m_engine.m_generation)
            prepareOnConnection(); // the connection was made again since
        try {
            // One nontransaction a call: the transaction, if any, is the session's own
            // (BEGIN through Engine::exec), which libpqxx does not track.
            pqxx::nontransaction work(m_engine.m_connection->pq);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
            // libpqxx 6.4 (Debian 12) binds a list of values whose length is known only at run
            // time through prepare::invocation alone; 7.x has pqxx::params for it.
            auto invocation = work.prepared(m_name);
#pragma GCC diagnostic pop
            std::vector<pqxx::binarystring> binaries;
            binaries.reserve(m_values.size());
            for (const auto &v : m_values) {
                if (!v) {
                    invocation();
                } else if (v->binary) {
                    binaries.emplace_back(v->text.data(), v->text.size());
                    invocation(binaries.back());
                } else {
                    invocation(v->text);
                }
            }
            m_result = invocation.exec();
        } catch (...) {
            m_engine.fail(m_sql);
        }
        m_changes = int(m_result->affected_rows());
        m_engine.m_changes = m_changes;
        m_row = -1;
    }

    PgEngine &m_engine;
    QString m_sql;
    std::string m_translated;
    std::string m_name;
    int m_generation = 0;
    std::vector<std::optional<Value>> m_values;
    std::optional<pqxx::result> m_result;
    int m_row = -1;
    int m_changes = 0;
};

PgEngine::PgEngine(const QString &url)
    : m_url(url.toStdString())
    , m_where(redactedPgUrl(url))
{
    connect();
}

void PgEngine::connect()
{
    try {
        auto connection = std::make_unique<Connection>(m_url);
        // A broken connection must fail, never come back silently in autocommit mode in the
        // middle of what the caller thinks is one transaction: this class connects again, and
        // only between transactions.
        // (Deprecated in 6.4 for its other uses; it is still the only switch for this one.)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
        connection->pq.inhibit_reactivation(true);
#pragma GCC diagnostic pop
        pqxx::nontransaction(connection->pq)
            .exec("SET lock_timeout = " + std::to_string(m_lockTimeoutMs));
        m_connection = std::move(connection);
    } catch (const pqxx::failure &e) {
        throw store::SqliteError(SQLITE_CANTOPEN,
            u"cannot open PostgreSQL %1: %2"_s.arg(m_where, QString::fromUtf8(e.what()).trimmed()));
    }
    m_broken = false;
    ++m_generation;
}

bool PgEngine::closedWhileIdle() const
{
    // Between statements the server has nothing to say: a socket with something to read then
    // holds its goodbye (a restart's or an administrator's FATAL) or the end of the stream.
    // One poll that does not wait costs next to nothing beside a round trip.
    const int fd = m_connection->pq.sock();
    if (fd < 0)
        return true;
    pollfd idle {fd, POLLIN, 0};
    return ::poll(&idle, 1, 0) != 0;
}

void PgEngine::ensureConnected(const QString &sql)
{
    // Outside a transaction nothing of the caller's is on the connection: one that closed
    // meanwhile is replaced before the statement is sent, rather than failing it.
    if (!m_broken && !m_inTransaction && closedWhileIdle())
        m_broken = true;
    if (!m_broken)
        return;
    if (m_inTransaction)
        throw store::SqliteError(SQLITE_IOERR,
            u"PostgreSQL: the connection broke during this transaction, which is rolled back"_s,
            sql.left(200));
    connect();
}

void PgEngine::fail(const QString &sql)
{
    try {
        throw;
    } catch (const pqxx::broken_connection &) {
        m_broken = true;
        rethrow(sql);
    } catch (...) {
        rethrow(sql);
    }
}

PgEngine::~PgEngine() = default;

void PgEngine::setBusyTimeout(int milliseconds)
{
    // Waiting for the write lock (or a row lock) ends like SQLite's busy timeout: the
    // statement fails with 55P03, which is SQLITE_BUSY to the caller.
    // SQLite's 0 is "do not wait"; PostgreSQL's is "wait for ever", so 0 becomes 1 ms.
    m_lockTimeoutMs = std::max(milliseconds, 1); // and again on the next connection
    exec(u"SET lock_timeout = %1"_s.arg(m_lockTimeoutMs));
}

QString PgEngine::describe() const
{
    return m_where;
}

namespace {

bool isNameByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Whether the word `lowerCase` (ASCII) starts at i, whatever its case; no copy is made, since
// translate asks this at every word of every statement it prepares.
bool wordAt(const QByteArray &utf8, qsizetype i, const char *lowerCase, qsizetype length)
{
    return i + length <= utf8.size() && qstrnicmp(utf8.constData() + i, lowerCase, length) == 0;
}

// Where "INDEXED BY name" starting at i ends (i when none starts there).
qsizetype indexHintEnd(const QByteArray &utf8, qsizetype i)
{
    if ((utf8[i] != 'i' && utf8[i] != 'I') || (i > 0 && isNameByte(utf8[i - 1])))
        return i;
    auto word = [&](qsizetype at, const char *expected) {
        const qsizetype length = qsizetype(std::strlen(expected));
        if (!wordAt(utf8, at, expected, length))
            return qsizetype(-1);
        const qsizetype end = at + length;
        return end < utf8.size() && isNameByte(utf8[end]) ? qsizetype(-1) : end;
    };
    auto spaces = [&](qsizetype at) {
        while (at < utf8.size() && (utf8[at] == ' ' || utf8[at] == '\n' || utf8[at] == '\t'))
            ++at;
        return at;
    };
    qsizetype at = word(i, "indexed");
    if (at < 0 || spaces(at) == at)
        return i;
    at = word(spaces(at), "by");
    if (at < 0 || spaces(at) == at)
        return i;
    qsizetype end = spaces(at);
    const qsizetype nameStart = end;
    while (end < utf8.size() && isNameByte(utf8[end]))
        ++end;
    return end > nameStart ? end : i;
}

// Whether the call whose "(" is at `open` has more than one argument.
bool hasSeveralArguments(const QByteArray &utf8, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (c == '\'' || c == '"') {
            const qsizetype close = utf8.indexOf(c, i + 1);
            if (close < 0)
                return false;
            i = close;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')') {
            if (--depth == 0)
                return false;
        } else if (c == ',' && depth == 1) {
            return true;
        }
    }
    return false;
}

// SQLite's min(a, b, ...) and max(a, b, ...) are scalar (PostgreSQL's least and greatest; its
// min and max take one argument, as SQLite's aggregates do), ifnull is coalesce and json_object
// json_build_object. At i: the end of the name to replace and what replaces it, or {i, nullptr}.
std::pair<qsizetype, const char *> scalarFunction(const QByteArray &utf8, qsizetype i)
{
    static constexpr std::pair<const char *, const char *> kRenamed[] = {{"min", "least"},
        {"max", "greatest"}, {"ifnull", "coalesce"}, {"json_object", "json_build_object"}};
    const char first = char(utf8[i] | 0x20); // ASCII lower case
    if ((first != 'm' && first != 'i' && first != 'j') || (i > 0 && isNameByte(utf8[i - 1])))
        return {i, nullptr};
    for (const auto &[sqlite, postgres] : kRenamed) {
        const qsizetype length = qsizetype(std::strlen(sqlite));
        if (!wordAt(utf8, i, sqlite, length))
            continue;
        qsizetype open = i + length;
        while (open < utf8.size() && utf8[open] == ' ')
            ++open;
        if (open >= utf8.size() || utf8[open] != '(')
            continue;
        const bool scalarWhateverItsArguments =
            std::strcmp(sqlite, "min") != 0 && std::strcmp(sqlite, "max") != 0;
        if (scalarWhateverItsArguments || hasSeveralArguments(utf8, open))
            return {i + length, postgres};
    }
    return {i, nullptr};
}

// SQLite's `a IS b` and `a IS NOT b` compare any two values, NULL equal to NULL; PostgreSQL's
// IS takes only NULL, TRUE and FALSE after it, and spells the comparison IS [NOT] DISTINCT
// FROM. At i: the end of the words to replace and what replaces them, or {i, nullptr}.
std::pair<qsizetype, const char *> nullSafeComparison(const QByteArray &utf8, qsizetype i)
{
    if ((utf8[i] != 'i' && utf8[i] != 'I') || (i > 0 && isNameByte(utf8[i - 1])))
        return {i, nullptr};
    auto spacesFrom = [&](qsizetype at) {
        while (at < utf8.size() && (utf8[at] == ' ' || utf8[at] == '\n' || utf8[at] == '\t'))
            ++at;
        return at;
    };
    auto wordIs = [&](qsizetype at, const char *lowerCase) {
        const qsizetype length = qsizetype(std::strlen(lowerCase));
        return wordAt(utf8, at, lowerCase, length)
            && (at + length >= utf8.size() || !isNameByte(utf8[at + length]));
    };
    if (!wordIs(i, "is"))
        return {i, nullptr};
    qsizetype next = spacesFrom(i + 2);
    if (next == i + 2)
        return {i, nullptr};
    const bool negated = wordIs(next, "not");
    if (negated) {
        const qsizetype after = spacesFrom(next + 3);
        if (after == next + 3)
            return {i, nullptr};
        next = after;
    }
    for (const char *keyword : {"null", "true", "false", "distinct", "unknown"}) {
        if (wordIs(next, keyword))
            return {i, nullptr}; // PostgreSQL's own IS: as it is
    }
    return {next, negated ? "IS DISTINCT FROM " : "IS NOT DISTINCT FROM "};
}

} // namespace

std::string PgEngine::translate(const QString &sql, int *parameters)
{
    const QByteArray utf8 = sql.toUtf8();
    std::string out;
    out.reserve(std::size_t(utf8.size()) + 16);
    int highest = 0;
    const qsizetype n = utf8.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = utf8[i];
        if (c == '\'' || c == '"') { // a literal or a quoted name: copied as it is
            out += c;
            for (++i; i < n; ++i) {
                out += utf8[i];
                if (utf8[i] == c)
                    break; // a doubled quote closes and reopens: the same result
            }
        } else if (c == '-' && i + 1 < n && utf8[i + 1] == '-') {
            for (; i < n && utf8[i] != '\n'; ++i)
                out += utf8[i];
            if (i < n)
                out += '\n';
        } else if (c == '/' && i + 1 < n && utf8[i + 1] == '*') {
            const qsizetype end = utf8.indexOf("*/", i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            out.append(utf8.constData() + i, std::size_t(stop - i));
            i = stop - 1;
        } else if (const auto [nameEnd, name] = scalarFunction(utf8, i); nameEnd > i) {
            out += name; // SQLite's scalar min/max and ifnull under PostgreSQL's names
            i = nameEnd - 1;
        } else if (const auto [comparisonEnd, comparison] = nullSafeComparison(utf8, i);
                   comparisonEnd > i) {
            out += comparison; // SQLite's IS [NOT] between any two values
            i = comparisonEnd - 1;
        } else if (const qsizetype hintEnd = indexHintEnd(utf8, i); hintEnd > i) {
            i = hintEnd - 1; // SQLite's INDEXED BY name: PostgreSQL's planner picks its own
        } else if (c == '?') {
            int number = 0;
            qsizetype j = i + 1;
            while (j < n && utf8[j] >= '0' && utf8[j] <= '9')
                number = number * 10 + (utf8[j++] - '0');
            if (j == i + 1)
                number = highest + 1; // SQLite: one more than the largest so far
            highest = std::max(highest, number);
            out += '$';
            out += std::to_string(number);
            i = j - 1;
        } else {
            out += c;
        }
    }
    if (parameters)
        *parameters = highest;
    return out;
}

void PgEngine::exec(const QString &sql)
{
    // SQLite's BEGIN IMMEDIATE takes the one write lock at once, so its writers take turns and
    // none fails half-way. The same here, across every front-end of the database: the code
    // that reads and then writes in one transaction stays as correct as it is on SQLite.
    QString text = sql;
    static const QRegularExpression immediate(
        u"^\\s*BEGIN\\s+IMMEDIATE\\b"_s, QRegularExpression::CaseInsensitiveOption);
    const bool begins = startsWithWord(sql, u"BEGIN");
    const bool rollsBack =
        startsWithWord(sql, u"ROLLBACK") && !sql.contains(u" TO "_s, Qt::CaseInsensitive);
    if (m_broken && rollsBack) {
        m_inTransaction = false; // the transaction went with the connection: nothing to undo
        return;
    }
    ensureConnected(sql);
    if (immediate.match(sql).hasMatch())
        text = u"BEGIN; SELECT pg_advisory_xact_lock(%1)"_s.arg(kStoreWriteLock);
    else if (begins)
        text = u"BEGIN"_s;
    try {
        try {
            pqxx::nontransaction work(m_connection->pq);
            const pqxx::result result = work.exec(text.toStdString());
            m_changes = int(result.affected_rows());
        } catch (const pqxx::broken_connection &) {
            // A connection found broken at a BEGIN had nothing of the caller's on it: the
            // transaction begins on a new one (a front-end's first push after PostgreSQL
            // restarted is served, not failed). Anything else that finds it broken fails.
            if (!begins)
                throw;
            m_broken = true;
            connect();
            pqxx::nontransaction work(m_connection->pq);
            work.exec(text.toStdString());
        }
    } catch (...) {
        // A BEGIN that did not get the write lock leaves no transaction behind: SQLite's
        // BEGIN IMMEDIATE fails the same way, and the caller's Transaction never existed.
        if (begins) {
            try {
                pqxx::nontransaction(m_connection->pq).exec("ROLLBACK");
            } catch (...) {
                // The connection is gone: so is the transaction.
            }
        }
        fail(sql);
    }
    if (begins)
        m_inTransaction = true;
    else if (startsWithWord(sql, u"COMMIT") || startsWithWord(sql, u"END") || rollsBack)
        m_inTransaction = false;
}

std::unique_ptr<store::EngineStatement> PgEngine::prepare(const QString &sql)
{
    return std::make_unique<PgStatement>(*this, sql);
}

bool PgEngine::hasTable(const QString &name)
{
    PgStatement table(*this, u"SELECT to_regclass(?) IS NOT NULL"_s);
    table.bindText(1, name);
    return table.step() && table.utf8(0) == "t";
}

int PgEngine::userVersion()
{
    if (!hasTable(u"outfall_user_version"_s))
        return 0;
    PgStatement version(*this, u"SELECT version FROM outfall_user_version"_s);
    return version.step() ? int(version.int64(0)) : 0;
}

void PgEngine::setUserVersion(int version)
{
    exec(u"CREATE TABLE IF NOT EXISTS outfall_user_version ("
         u" id integer PRIMARY KEY CHECK (id = 1), version integer NOT NULL)"_s);
    PgStatement set(*this,
        u"INSERT INTO outfall_user_version (id, version) VALUES (1, ?)"
        u" ON CONFLICT (id) DO UPDATE SET version = excluded.version"_s);
    set.bindInt64(1, version);
    while (set.step()) { }
}

} // namespace outfall::server
