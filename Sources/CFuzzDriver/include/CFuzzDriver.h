#ifndef CFUZZDRIVER_H
#define CFUZZDRIVER_H
#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer's driver with `callback` when the binary was built with -sanitize=fuzzer;
/// returns -1 when libFuzzer is not linked in (a normal build), so the caller can replay instead.
int planq_fuzz_run(int argc, char **argv, int (*callback)(const uint8_t *data, size_t size));

#endif
