// SQLite's C API (Debian/Ubuntu: libsqlite3-dev), for the benchmark's SQL baseline.
#include <sqlite3.h>
