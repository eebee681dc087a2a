#include "importheap.h"

#include <QtGlobal>

#include <cstdlib>

// Only glibc's own allocator on 64-bit systems lays out memory as below. Sanitizers bring
// allocators of their own: nothing is advised then.
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
#define COFFEECHAT_GLIBC_HEAP 1
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#undef COFFEECHAT_GLIBC_HEAP
#endif
#endif
#endif

#ifdef COFFEECHAT_GLIBC_HEAP
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace {

[[maybe_unused]] constexpr quintptr HugePage = 2 * 1024 * 1024;

} // namespace

void prepareHeapForImport()
{
#ifdef COFFEECHAT_GLIBC_HEAP
    constexpr std::size_t HeapReserve = 96 * 1024 * 1024;
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024); // the largest glibc allows
    mallopt(M_TRIM_THRESHOLD, 1024 * 1024 * 1024);
    // With the top of the heap given back, the next allocation grows it by HeapReserve.
    malloc_trim(0);
    mallopt(M_TOP_PAD, HeapReserve);
    const auto before = reinterpret_cast<quintptr>(sbrk(0));
    void *volatile block = std::malloc(HugePage); // volatile: compilers drop an allocation never used
    const auto after = reinterpret_cast<quintptr>(sbrk(0));
    std::free(block);
    mallopt(M_TOP_PAD, 128 * 1024); // glibc's default: growing by HeapReserve once is enough
    // Only what glibc's own heap just grew by (between the program break before and after).
    const quintptr begin = (before + HugePage - 1) & ~(HugePage - 1);
    const quintptr end = after & ~(HugePage - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#endif
}

void prepareThreadHeapForImport()
{
#ifdef COFFEECHAT_GLIBC_HEAP
    // glibc gives each thread's arena a reservation of HEAP_MAX_SIZE (64 MiB on 64-bit
    // systems), aligned to its size, and makes it usable as it grows: advising the whole
    // reservation covers what the thread allocates later too. (glibc's own
    // glibc.malloc.hugetlb=1 does the same, but only when set before the process starts.)
    // Were memory laid out otherwise, the advice would only allow huge pages in whatever lies
    // there; it changes no contents and no permissions.
    if constexpr (sizeof(void *) != 8)
        return;
    constexpr quintptr ThreadHeapReservation = quintptr(64) * 1024 * 1024;
    void *volatile block = std::malloc(64);
    const quintptr heap = reinterpret_cast<quintptr>(block) & ~(ThreadHeapReservation - 1);
    std::free(block);
    const auto programBreak = reinterpret_cast<quintptr>(sbrk(0));
    if (heap >= programBreak) // not the main heap, which prepareHeapForImport() looks after
        madvise(reinterpret_cast<void *>(heap), ThreadHeapReservation, MADV_HUGEPAGE);
#endif
}
