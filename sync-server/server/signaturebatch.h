#pragma once

#include <QByteArray>

#include <vector>

namespace outfall::server {

// The Ed25519 checks of one push's signed records, made on all the machine's cores before
// EvidenceAdmission judges the records in order. A signature check (≈ 60 µs) is most of what
// admitting a record costs, and it depends on nothing but the record: the checks that depend
// on order (the registered key, revocation, the chain) stay on the sync thread.
class SignatureBatch
{
public:
    struct Item
    {
        QByteArray publicKey;
        QByteArray message;
        QByteArray signature;
    };

    // Whether each item's signature verifies under its key, in the items' order. Fewer
    // items than are worth a thread are checked on the calling thread. threads 0: the
    // process's setting (setThreads).
    static std::vector<bool> verify(const std::vector<Item> &items, unsigned threads = 0);

    // How many threads verify() uses by default: 0 (the default) one a core; 1 checks on the
    // calling thread only (bench_evidence compares the two).
    static void setThreads(unsigned threads);
};

} // namespace outfall::server
