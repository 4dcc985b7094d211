#pragma once

#include <QHash>
#include <QString>

namespace outfall::store {
class Database;
}

namespace outfall::mobile {

// Where each piece of an inspection's evidence stands (docs/evidence.md 6): signed on the
// device (a signed record exists), logged on the server (its receipt, an inclusion proof
// against a signed tree head, is held here), or unsigned (captured before the device had a
// signing key).
class EvidenceIntegrity
{
public:
    enum class State { Unsigned, Signed, Logged };

    struct Counts
    {
        int signedOnly = 0;
        int logged = 0;
    };

    // The state of every row of the inspection that has a record (the inspection itself for
    // its submission), by row id; rows absent are unsigned.
    static QHash<QString, State> forInspection(store::Database &db, const QString &inspectionId);
    static State of(const QHash<QString, State> &states, const QString &rowId);
    static QString name(State state); // "unsigned", "signed", "logged"
    static Counts count(const QHash<QString, State> &states);
};

} // namespace outfall::mobile
