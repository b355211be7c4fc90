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

} // namespace walletshare::bench
