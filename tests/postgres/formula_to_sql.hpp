// The contract's example formulas as SQL: each call of a Walletshare function
// becomes a call of its SQL function, a range (a reference or an inline array)
// a float8[] literal, a two-dimensional range a two-dimensional one, and an
// argument after one left empty is passed by name, so it takes the default.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "walletshare/reference/examples.hpp"

namespace walletshare::postgres_test {

// formula as an English user types it ("=SHARE(30000; 5000000)"); cells the
// numbers in the cells it reads (the others are empty).
std::string formulaToSql(std::string_view formula, std::span<const reference::ExampleCell> cells);

} // namespace walletshare::postgres_test
