#include "platform.h"

#include <sys/resource.h>

long long peakChildMemoryKiB()
{
    rusage usage{};
    if (getrusage(RUSAGE_CHILDREN, &usage) != 0)
        return -1;
#ifdef __APPLE__
    return usage.ru_maxrss / 1024; // bytes on macOS, KiB elsewhere
#else
    return usage.ru_maxrss;
#endif
}
