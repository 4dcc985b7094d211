#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace outfall::evidence {

// Checks an exported case package (docs/cases.md 4) with nothing but its files and, when
// given, the server's pinned public key: no store, no server, no network. In order: the
// manifest's signature under the server key, every file's size and SHA-256 against the
// manifest (no file missing, none added), the signed tree head, then for every record its
// canonical bytes, its hash, its signature under its device's (or the server's) key and its
// inclusion proof against the head; that every photo's hash is named by a signed record;
// that every flag is exactly what a server-signed case record holds. Stops at the first
// failure and says which file and why.
class CasePackageVerifier
{
public:
    struct Result
    {
        bool ok = false;
        QStringList checked; // what was checked, one line each, in order
        QString failure; // the first failure: "FILE: why"; empty when ok
    };

    // pinnedServerKey: 32 bytes, or empty to trust keys/server.pub (said in the result).
    static Result verify(const QString &dir, const QByteArray &pinnedServerKey = {});
};

} // namespace outfall::evidence
