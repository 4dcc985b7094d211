#pragma once

#include "sync/message.h"

#include <QTextStream>

namespace outfall::server {

// What `outfallctl log` prints for a LOG_REPLY (docs/evidence.md 5), after checking what it
// can with no trust in the server beyond its log key: the tree head's signature, the
// record's signature under its device's key, the inclusion or consistency proof.
class LogOutput
{
public:
    explicit LogOutput(QTextStream &out)
        : m_out(out)
    { }

    // False when a proof or signature in the reply does not verify (said in the output).
    bool print(const sync::Message &request, const sync::Message &reply);

private:
    bool printHead(const QCborArray &head, const QByteArray &logKey);

    QTextStream &m_out;
};

} // namespace outfall::server
