#pragma once

// What the benchmark asks of the operating system, behind portable functions. The calls
// themselves live in platform_posix.cpp (Linux, BSD, macOS) and nowhere else; elsewhere
// platform_other.cpp answers that it does not know.

// The highest peak resident memory of any child process that has ended so far, in KiB; -1
// where the system does not say. It is a maximum over all children, so a figure for one kind
// of process holds only while no larger kind has ended before it.
long long peakChildMemoryKiB();
