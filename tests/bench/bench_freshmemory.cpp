// What a fresh MB of memory costs this machine: the first touch of anonymous memory, with huge pages
// asked for (madvise) and without, each measured twice in a row (the second time the kernel hands
// back the pages the first one just freed), then again after a pause (by then a virtual machine's
// free memory may have gone back to its host). The import's large tables (SeenCalls, IdMap) are
// huge pages filled on first touch: this is the price of their size.
//
// usage: bench_freshmemory [MB=1024] [pause seconds=30]

#include <sys/mman.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <thread>

namespace {

double touchMs(std::size_t mb, bool huge)
{
    const std::size_t bytes = mb << 20;
    const auto t0 = std::chrono::steady_clock::now();
    void *p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        std::perror("mmap");
        std::exit(1);
    }
    madvise(p, bytes, huge ? MADV_HUGEPAGE : MADV_NOHUGEPAGE);
    auto *c = static_cast<volatile char *>(p);
    for (std::size_t i = 0; i < bytes; i += 4096)
        c[i] = 1;
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    munmap(p, bytes);
    return ms;
}

void row(const char *what, std::size_t mb, bool huge)
{
    const double ms = touchMs(mb, huge);
    std::printf("  %-34s %5zu MB %-10s %8.0f ms  %5.2f ms/MB\n", what, mb, huge ? "huge" : "4 KiB", ms,
                ms / double(mb));
}

} // namespace

int main(int argc, char **argv)
{
    const std::size_t mb = argc > 1 ? std::size_t(std::atol(argv[1])) : 1024;
    const int pause = argc > 2 ? std::atoi(argv[2]) : 30;
    std::printf("fresh memory, first touch:\n");
    for (bool huge : {true, false}) {
        row("first", mb, huge);
        row("again at once", mb, huge);
        std::this_thread::sleep_for(std::chrono::seconds(pause));
        row("again after a pause", mb, huge);
    }
    return 0;
}
