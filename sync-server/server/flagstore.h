#pragma once

#include "rules/flag.h"
#include "store/flagrecords.h"

#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace outfall::store {
class Database;
}

namespace outfall::server {

// The server's flags and their history (0012, 0013; docs/schema.md "Flags"). Evaluation
// hands it every flag the rules raise for one permit; it upserts them by their derived id,
// resolves the permit's flags no longer raised, reopens resolved ones raised again, and
// writes a flag_event for each change. A supervisor's decision (acknowledged, dismissed) and
// its reason are never changed by evaluation: a decided flag's numbers and messages follow
// the evaluation, its status does not. Rows are written only when something changed, so an
// unchanged flag is not sent to devices again.
class FlagStore
{
public:
    struct Counts
    {
        int raised = 0; // new flags
        int updated = 0; // numbers or messages changed
        int resolved = 0; // no longer raised
        int reopened = 0; // raised again after resolution
        int unchanged = 0;

        Counts &operator+=(const Counts &other);
    };

    struct Event
    {
        QString event; // raise, update, resolve, reopen, ack, dismiss
        QString status; // after the event
        std::int64_t at = 0;
        QString actor; // "evaluator" or the deciding inspector's id
        QString reason;
        QString asOf;
    };

    enum class Decision { Acknowledge, Dismiss };

    explicit FlagStore(store::Database &db);

    // Every flag raised for permitId by one evaluation as of asOf (all of them: the permit's
    // stored flags missing here are resolved). In the caller's transaction if one is open.
    Counts apply(
        const QString &permitId, const QList<rules::Flag> &flags, QDate asOf, std::int64_t nowMs);

    // Records a supervisor's decision. Nothing when there is no such flag; throws
    // std::invalid_argument when the reason is blank.
    std::optional<store::FlagRecord> decide(const QString &flagId, Decision decision,
        const QString &reason, const QString &actor, std::int64_t nowMs);

    QList<Event> history(const QString &flagId) const;

    static QString actorEvaluator();

private:
    // Whether the last evaluation raised the flag (for decided flags, whose status says
    // the decision instead).
    bool lastEvaluationRaised(const QString &flagId) const;
    void insert(const store::FlagRecord &record);
    void writeVerdict(const store::FlagRecord &record, const QString &status);
    void setStatus(const QString &flagId, const QString &status, std::int64_t nowMs);
    void logEvent(const QString &flagId, const QString &event, const QString &status,
        std::int64_t at, const QString &actor, const QString &reason, int ruleVersion,
        const QString &asOf);

    store::Database &m_db;
};

} // namespace outfall::server
