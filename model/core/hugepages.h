#pragma once

#include <cstddef>
#include <cstring>
#include <new>
#include <sys/mman.h>
#include <type_traits>
#include <utility>

namespace dt {

/**
 * An allocator for large tables probed at random (the import's table of calls seen): blocks of
 * 2 MiB or more are mapped on their own and the kernel is asked to back them with huge pages, so
 * that a probe does not also miss the TLB. Smaller blocks come from the heap. Where the kernel
 * offers no huge pages the mapping simply stays in 4 KiB pages.
 *
 * Memory comes zeroed (a fresh mapping is; a heap block is cleared), so that value-initialising
 * elements, all-zero for the trivial types it holds, writes nothing: a table of hundreds of MB is
 * then touched first where it is used, page by page, instead of all at once when it is sized
 * (up to 0.9 s before an import's first row on this kind of machine). That holds for storage fresh
 * from allocate() only: a vector that grew again within capacity it had used would get its old
 * bytes, not zeros. Its users (IdMap, SeenCalls) only resize a vector just swapped for an empty one.
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
            return static_cast<T *>(std::memset(::operator new(bytes), 0, bytes));
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
    /// Value-initialisation: the memory is zeroed already, which is the value of a trivial type.
    template<typename U>
    void construct(U *) noexcept
    {
        static_assert(std::is_trivially_default_constructible_v<U>, "zeroed memory is U's value only if U is trivial");
    }
    template<typename U, typename... Args>
    void construct(U *p, Args &&...args)
    {
        ::new (static_cast<void *>(p)) U(std::forward<Args>(args)...);
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
