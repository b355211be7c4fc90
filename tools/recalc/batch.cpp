#include "batch.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

namespace walletshare::recalc {

std::vector<WorkbookResult> recalculateAll(const std::vector<Workbook>& workbooks,
                                           const WorkerSettings& settings, unsigned jobs,
                                           Progress& progress) {
    std::vector<WorkbookResult> results(workbooks.size());
    std::atomic<std::size_t> next{0};
    std::atomic<unsigned> started{0};
    std::mutex failing;
    std::exception_ptr startFailure;

    const auto work = [&] {
        std::unique_ptr<RecalcWorker> worker;
        try {
            worker = std::make_unique<RecalcWorker>(settings);
        } catch (const std::exception&) {
            // The other workers take this one's share.
            const std::scoped_lock lock(failing);
            startFailure = std::current_exception();
            return;
        }
        ++started;
        for (std::size_t index = next++; index < workbooks.size(); index = next++) {
            results[index] = worker->recalculate(workbooks[index]);
            progress.finished(results[index]);
        }
    };
    {
        std::vector<std::jthread> workers;
        const auto count =
            std::clamp<std::size_t>(jobs, 1, std::max<std::size_t>(workbooks.size(), 1));
        for (std::size_t worker = 0; worker < count; ++worker) {
            workers.emplace_back(work);
        }
    }
    if (started == 0 && startFailure) {
        std::rethrow_exception(startFailure);
    }
    return results;
}

} // namespace walletshare::recalc
