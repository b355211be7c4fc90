// What Calc passes for a range argument: rows x columns of any (a single value
// as 1x1, an empty cell of a range as an empty string).
#pragma once

#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>

namespace walletshare::addin {

using CalcRange = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

} // namespace walletshare::addin
