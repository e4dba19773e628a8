#pragma once
#include <thread>
#include <vector>

namespace dt::analysis {

/// Runs @p job(0) … @p job(workers - 1), the first on this thread, the others on their own
/// (the analyses use the machine's two cores where a phase splits evenly).
template<typename Job> void runParallel(size_t workers, const Job &job)
{
    std::vector<std::thread> threads;
    for (size_t w = 1; w < workers; ++w)
        threads.emplace_back([&job, w] { job(w); });
    job(0);
    for (auto &th : threads)
        th.join();
}

} // namespace dt::analysis
