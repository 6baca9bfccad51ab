// Standard input, output and error that were closed when planq started (`planq >&-`).
#include "CLineEdit.h"
#include <fcntl.h>
#include <unistd.h>

int planq_guard_standard_descriptors(void) {
    int closed = 0;
    for (int fd = 0; fd <= 2; fd++) {
        if (fcntl(fd, F_GETFD) != -1) continue;
        closed |= 1 << fd;
        // /dev/null opened the wrong way round: reads from "input" and writes to "output"
        // fail with EBADF, as on the closed descriptor, and no file planq opens later can
        // take the number and receive its output.
        int opened = open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY);
        if (opened >= 0 && opened != fd) {
            dup2(opened, fd);
            close(opened);
        }
    }
    return closed;
}
