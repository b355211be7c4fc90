#include "core_benchmarks.hpp"

#include <cstdlib>
#include <vector>

namespace walletshare::bench {

namespace {

// Made on first use, so that it exists before any file's initialiser uses it.
std::vector<Registration>& registrations() {
    static std::vector<Registration> kept;
    return kept;
}

} // namespace

bool keepRegistration(Registration registration) noexcept {
    try {
        registrations().push_back(registration);
    } catch (...) {
        std::abort();
    }
    return true;
}

void registerCoreBenchmarks() {
    for (const Registration registration : registrations()) {
        registration();
    }
}

} // namespace walletshare::bench
