#include "server/evaluationpipeline.h"

#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace outfall::server {

void runEvaluationPipeline(const QStringList &permits, int threads,
    const std::function<EvaluateOne()> &makeWorker,
    const std::function<void(qsizetype index, PermitVerdict &verdict)> &store, int ahead)
{
    const qsizetype total = permits.size();
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<std::optional<PermitVerdict>> done(static_cast<std::size_t>(total));
    qsizetype next = 0; // the next permit a worker takes
    qsizetype stored = 0; // permits the writer has stored
    std::exception_ptr failure; // the first one; stops everything
    bool finished = false;

    const auto fail = [&] {
        const std::lock_guard lock(mutex);
        if (!failure)
            failure = std::current_exception();
        changed.notify_all();
    };
    const auto work = [&] {
        try {
            const EvaluateOne evaluate = makeWorker();
            for (;;) {
                qsizetype index = 0;
                {
                    std::unique_lock lock(mutex);
                    changed.wait(lock, [&] {
                        return failure || finished || next >= total || next < stored + ahead;
                    });
                    if (failure || finished || next >= total)
                        return;
                    index = next++;
                }
                PermitVerdict verdict = evaluate(permits[index]);
                const std::lock_guard lock(mutex);
                done[std::size_t(index)] = std::move(verdict);
                changed.notify_all();
            }
        } catch (...) {
            fail();
        }
    };

    std::vector<std::thread> workers;
    for (int i = 0; i < threads; ++i)
        workers.emplace_back(work);
    try {
        for (qsizetype i = 0; i < total; ++i) {
            PermitVerdict verdict;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return failure || done[std::size_t(i)].has_value(); });
                if (failure)
                    break;
                verdict = std::move(*done[std::size_t(i)]);
                done[std::size_t(i)].reset();
            }
            store(i, verdict);
            const std::lock_guard lock(mutex);
            stored = i + 1;
            changed.notify_all();
        }
    } catch (...) {
        fail();
    }
    {
        const std::lock_guard lock(mutex);
        finished = true;
        changed.notify_all();
    }
    for (std::thread &worker : workers)
        worker.join();
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace outfall::server
