#pragma once

#include "rules/permitsnapshot.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace outfall::store {
class Database;
}

namespace outfall::server {

// Where the evaluator finds permits to evaluate: the seam between the rules, which read a
// rules::PermitSnapshot only, and a jurisdiction's tables. Chinese permits (schema 0001/0002)
// are one source; US NPDES permits imported from ECHO keep their own tables and plug in their
// own source (add it to defaultPermitSources). Permit ids are UUIDs, unique across sources.
class PermitSource
{
public:
    virtual ~PermitSource() = default;

    virtual QString jurisdiction() const = 0; // "cn", "us_npdes"
    // Every permit of this source, in a stable order.
    virtual QStringList allPermits() = 0;
    // The permits of this source whose data changed after the server sequence `seq`, up to
    // `upTo` (sync_counter: every reference row change and every accepted device op takes the
    // next number; server/settledseq.h). Flags' own changes do not count.
    virtual QStringList touchedSince(std::int64_t seq, std::int64_t upTo) = 0;
    // Nothing when the source has no such permit.
    virtual std::optional<rules::PermitSnapshot> load(const QString &permitId, QDate asOf) = 0;
    // The same source reading through a connection of its own to the store file at `path`,
    // for a worker thread of a full evaluation (FlagEvaluator, runEvaluationPipeline).
    // Nothing when load() must stay on the evaluator's connection (it writes as it loads).
    virtual std::unique_ptr<PermitSource> readerAt(const QString &path) const
    {
        (void)path;
        return nullptr;
    }
};

// Chinese permits: the permit table, store::PermitSnapshotLoader, and the change capture the
// server already keeps (ref_row scoped to a permit or an enterprise, sync_op).
class ChinesePermitSource : public PermitSource
{
public:
    explicit ChinesePermitSource(store::Database &db);
    // Reads through a connection it owns (readerAt).
    explicit ChinesePermitSource(std::unique_ptr<store::Database> own);
    ~ChinesePermitSource() override;

    QString jurisdiction() const override;
    QStringList allPermits() override;
    QStringList touchedSince(std::int64_t seq, std::int64_t upTo) override;
    std::optional<rules::PermitSnapshot> load(const QString &permitId, QDate asOf) override;
    // Loading only reads.
    std::unique_ptr<PermitSource> readerAt(const QString &path) const override;

private:
    std::unique_ptr<store::Database> m_own; // when it has a connection of its own
    store::Database &m_db;
};

// US NPDES permits imported from EPA ECHO (npdes_permit, npdes_dmr_value: docs/echo.md),
// through store::NpdesSnapshotLoader. Devices never write to them: they change only by an
// `echo` import, which stamps updated_at; a permit is touched while its flags were last
// evaluated at an older updated_at (npdes_permit.evaluated_at).
class NpdesPermitSource : public PermitSource
{
public:
    explicit NpdesPermitSource(store::Database &db);

    QString jurisdiction() const override;
    QStringList allPermits() override;
    QStringList touchedSince(std::int64_t seq, std::int64_t upTo) override;
    // Also records that the permit's current data has been evaluated.
    std::optional<rules::PermitSnapshot> load(const QString &permitId, QDate asOf) override;

private:
    store::Database &m_db;
};

// The sources the server evaluates, in order. One line a jurisdiction.
std::vector<std::unique_ptr<PermitSource>> defaultPermitSources(store::Database &db);

} // namespace outfall::server
