// Logarithms and exponentials of many numbers at once: TURNOVER_PEERS takes
// one of each driver of every peer and every client, and glibc's vector math
// library (libmvec) does four at a time where the processor has AVX2, as
// accurately as std::log and std::exp to within a few units in the last
// place.
#pragma once

#include <span>

namespace walletshare::detail {

// Each value becomes its natural logarithm; every value must be a finite
// number above 0.
void logarithmsInPlace(std::span<double> values);

// Each value becomes e to its power; every value must be finite. An
// overflow is infinity and an underflow 0, as std::exp gives them.
void exponentialsInPlace(std::span<double> values);

} // namespace walletshare::detail
