#pragma once

// Memory for `coffeechat import`, which holds tens of megabytes for a fraction of a second.
// The first touch of every 4 KiB page costs a fault: about 1.6 µs on the virtual machines
// measured, some 8,000 faults for a 30,000-row import. Transparent huge pages bring in 2 MiB a
// fault (48 MB in 4 ms there, against 20 ms in small pages). Neither function changes what
// the program does; where the kernel has no huge pages to give, or the allocator is not
// glibc's (sanitizer builds, where both do nothing), memory simply comes in 4 KiB pages.

// Call early in main(), before much is allocated, in a process that runs one command and ends
// (the launcher does, for the import and the exports it runs): grows the heap once, by more
// than an import of LinkedIn's largest export uses, and backs it with huge pages. Freed
// memory stays in the heap for reuse instead of going back to the kernel: the process ends
// moments later anyway.
void prepareHeapForImport();

// Call first thing on a worker thread that allocates much: the same for the heap glibc gives
// that thread.
void prepareThreadHeapForImport();
