#include "registration.hpp"

#include <utility>

namespace walletshare::bench {

benchmark::internal::Benchmark* registerBenchmark(const char* name, BenchmarkBody body) {
    // The library keeps what it registers until the program ends, in a
    // registry that the analyzer does not see, so it would report a leak.
    // NOLINTNEXTLINE(clang-analyzer-cplusplus.NewDeleteLeaks)
    return benchmark::RegisterBenchmark(name, std::move(body));
}

} // namespace walletshare::bench
