// Every XShareOfWallet method under its function's programmatic name, in the
// description's order: what lets the in-process tests, the fuzz target and
// the benchmarks reach every described function without naming it. Built
// with the IDL's own method pointers, so that the build fails when a method
// is missing, out of order, or takes other arguments than its description
// lists (one parameter per argument, of the type Calc passes for its kind).
#pragma once

#include <span>

#include <com/sun/star/uno/Any.hxx>
#include <org/walletshare/XShareOfWallet.hpp>

#include "walletshare/description.hpp"

namespace walletshare::addin {

// Calls the method of the function with one any per argument: a range as a
// CalcRange, a required single value as a double, an optional argument as
// whatever Calc might pass. Throws std::invalid_argument when the arguments
// do not have these types or their number differs from the description's.
css::uno::Any callDescribed(org::walletshare::XShareOfWallet& object,
                            const description::Function& function,
                            std::span<const css::uno::Any> arguments);

} // namespace walletshare::addin
