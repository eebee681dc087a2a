#include "platform.h"

long long peakChildMemoryKiB()
{
    return -1;
}
