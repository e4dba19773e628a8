#pragma once

#include <cstddef>
#include <new>
#include <sys/mman.h>

namespace dt {

/**
 * An allocator for large tables probed at random (the import's table of calls seen): blocks of
 * 2 MiB or more are mapped on their own and the kernel is asked to back them with huge pages, so
 * that a probe does not also miss the TLB. Smaller blocks come from the heap. Where the kernel
 * offers no huge pages the mapping simply stays in 4 KiB pages.
 */
template<typename T>
struct HugePageAllocator
{
    using value_type = T;
    static constexpr std::size_t kHuge = std::size_t(2) << 20;

    HugePageAllocator() = default;
    template<typename U>
    HugePageAllocator(const HugePageAllocator<U> &) noexcept
    {}

    T *allocate(std::size_t n)
    {
        const std::size_t bytes = n * sizeof(T);
        if (bytes < kHuge)
            return static_cast<T *>(::operator new(bytes));
        void *p = mmap(nullptr, roundUp(bytes), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            throw std::bad_alloc();
        madvise(p, roundUp(bytes), MADV_HUGEPAGE);
        return static_cast<T *>(p);
    }
    void deallocate(T *p, std::size_t n) noexcept
    {
        const std::size_t bytes = n * sizeof(T);
        if (bytes < kHuge)
            ::operator delete(p);
        else
            munmap(p, roundUp(bytes));
    }
    template<typename U>
    bool operator==(const HugePageAllocator<U> &) const noexcept
    {
        return true;
    }
    template<typename U>
    bool operator!=(const HugePageAllocator<U> &) const noexcept
    {
        return false;
    }

private:
    static std::size_t roundUp(std::size_t bytes) { return (bytes + kHuge - 1) & ~(kHuge - 1); }
};

} // namespace dt
