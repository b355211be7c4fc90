// Built with -ffast-math (core/CMakeLists.txt), which is what lets GCC call
// libmvec's vector log and exp here. It is safe in this file alone: the
// callers pass finite numbers (and positive ones to the logarithm), so the
// assumptions of no NaN and no infinity among the inputs hold, and nothing
// else is computed here.
#include "logarithms.hpp"

#include <cmath>
#include <cstddef>

namespace walletshare::detail {

__attribute__((target_clones("avx2", "default"))) void logarithmsInPlace(std::span<double> values) {
    double* const data = values.data();
    const std::size_t count = values.size();
#pragma omp simd
    for (std::size_t index = 0; index < count; ++index) {
        data[index] = std::log(data[index]);
    }
}

__attribute__((target_clones("avx2", "default"))) void
exponentialsInPlace(std::span<double> values) {
    double* const data = values.data();
    const std::size_t count = values.size();
#pragma omp simd
    for (std::size_t index = 0; index < count; ++index) {
        data[index] = std::exp(data[index]);
    }
}

} // namespace walletshare::detail
