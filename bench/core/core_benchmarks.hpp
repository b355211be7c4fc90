// Each *_bench.cpp registers the benchmarks of one core function at start-up
// through keepRegistration, so that main() names no function: a function's
// benchmarks are one file of their own. Registering from functions instead of
// BENCHMARK() macros keeps global objects with throwing initialisers out of
// the code.
#pragma once

namespace walletshare::bench {

using Registration = void (*)();

// Keeps a registration for registerCoreBenchmarks; called from namespace-scope
// initialisers, so it aborts rather than throws.
bool keepRegistration(Registration registration) noexcept;

// Runs every kept registration.
void registerCoreBenchmarks();

} // namespace walletshare::bench
