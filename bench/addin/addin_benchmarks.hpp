// Each file registers one group of the add-in's benchmarks; main() calls them.
#pragma once

namespace walletshare::bench {

// Range and optional arguments converted into core inputs (calc_arguments),
// and, for scale, the cost of building such a range, which Calc pays before
// each call.
void registerConversions();

// Whole calls of ShareOfWallet's methods as Calc makes them, without the
// bridge and Calc's interpreter.
void registerCalls();

// One call of every described function through callDescribed, with its
// required arguments only (a range as a column of 1, 1000 or 100000 cells
// of 1.0, a number as 1.0), named after its English display name.
void registerDescribedCalls();

} // namespace walletshare::bench
