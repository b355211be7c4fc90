// The soffice.bin process of a private office, for what only the system can
// tell about it: its resident memory and the processor time it used. soffice
// is a script that starts oosplash, which starts soffice.bin; all of them
// share the process group that ChildProcess gave the script.
#pragma once

#include <optional>
#include <sys/types.h>

namespace walletshare::bench {

// The soffice.bin in process group `group`; nullopt when there is none.
std::optional<pid_t> officeBinaryIn(int group);

// VmRSS of the process, in bytes (from /proc/PID/status).
std::optional<double> residentBytes(pid_t process);

// User plus system time the process has used so far, in seconds (from
// /proc/PID/stat), counting every thread: Calc may compute formula groups in
// several threads, so this can exceed the wall-clock time.
std::optional<double> processorSeconds(pid_t process);

} // namespace walletshare::bench
