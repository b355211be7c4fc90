// Each file registers the benchmarks of one core function; main() calls them
// all. Registering from functions instead of BENCHMARK() macros keeps global
// objects with throwing initialisers out of the code.
#pragma once

namespace walletshare::bench {

void registerShare();
void registerWallet();
void registerLoyaltyTier();
void registerTierName();
void registerTurnoverEstimate();
void registerTurnoverCheck();
void registerTargetShipment();
void registerRankShare();

} // namespace walletshare::bench
