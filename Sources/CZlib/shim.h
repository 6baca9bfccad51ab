// zlib (Debian/Ubuntu: zlib1g-dev), for the drawing tests' PNG reader (screenshots compared with references).
#include <zlib.h>
