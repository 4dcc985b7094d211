#include "server/signaturebatch.h"

#include "evidence/recordverifier.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace outfall::server {

namespace {

// Below this many signatures a second thread costs more to start than it saves.
constexpr std::size_t kItemsPerThread = 32;

std::atomic<unsigned> defaultThreads {0};

} // namespace

std::vector<bool> SignatureBatch::verify(const std::vector<Item> &items, unsigned threads)
{
    if (threads == 0)
        threads = defaultThreads.load();
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    threads = unsigned(
        std::min<std::size_t>(threads, std::max<std::size_t>(1, items.size() / kItemsPerThread)));
    // Each thread writes its own stride of a char vector (std::vector<bool> packs bits, and
    // neighbouring bits written from two threads would race).
    std::vector<char> valid(items.size(), 0);
    const auto check = [&](unsigned first) {
        for (std::size_t i = first; i < items.size(); i += threads)
            valid[i] = evidence::RecordVerifier::verify(
                items[i].publicKey, items[i].message, items[i].signature);
    };
    std::vector<std::thread> helpers;
    helpers.reserve(threads - 1);
    for (unsigned t = 1; t < threads; ++t)
        helpers.emplace_back(check, t);
    check(0);
    for (std::thread &helper : helpers)
        helper.join();
    return {valid.begin(), valid.end()};
}

void SignatureBatch::setThreads(unsigned threads)
{
    defaultThreads.store(threads);
}

} // namespace outfall::server
