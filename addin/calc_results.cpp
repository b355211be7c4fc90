#include "calc_results.hpp"

#include <bit>
#include <cstdint>

#include "walletshare/uno/text.hpp"

namespace walletshare::addin {

namespace {

// Calc's own codes (formula/errorcodes.hxx).
std::uint64_t calcErrorCode(Error error) {
    switch (error) {
    case Error::InvalidArgument:
        return 502;
    case Error::WrongType:
        return 519;
    case Error::DivisionByZero:
        return 532;
    case Error::NotAvailable:
        return 0x7fff;
    }
    return 502;
}

} // namespace

css::uno::Any toCalc(Error error) {
    constexpr std::uint64_t quietNaN = 0x7FF8000000000000ULL;
    return css::uno::Any(std::bit_cast<double>(quietNaN | calcErrorCode(error)));
}

css::uno::Any toCalc(double value) {
    return css::uno::Any(value);
}

css::uno::Any toCalc(std::string_view utf8) {
    return css::uno::Any(uno::ouStringOf(utf8));
}

} // namespace walletshare::addin
