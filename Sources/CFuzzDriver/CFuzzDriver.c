#include "CFuzzDriver.h"

// Weak: present only when libFuzzer is linked (scripts/fuzz builds with -sanitize=fuzzer).
extern int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *, size_t))
    __attribute__((weak));

int planq_fuzz_run(int argc, char **argv, int (*callback)(const uint8_t *data, size_t size)) {
    if (!LLVMFuzzerRunDriver) return -1;
    return LLVMFuzzerRunDriver(&argc, &argv, callback);
}
