#include "calc_results.hpp"

#include <bit>
#include <cstdint>

#include <com/sun/star/uno/Sequence.hxx>

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

css::uno::Any toCalc(const Result<std::vector<Result<double>>>& column) {
    if (!column.ok()) {
        return toCalc(column.error());
    }
    const std::vector<Result<double>>& rows = column.value();
    if (rows.size() == 1) {
        return toCalc(rows.front());
    }
    // Doubles, not anys: Calc reads an error NaN in a matrix of doubles as that
    // cell's error (docs/DECISIONS.md).
    css::uno::Sequence<css::uno::Sequence<double>> cells(static_cast<sal_Int32>(rows.size()));
    auto* cell = cells.getArray();
    for (const Result<double>& row : rows) {
        double value = 0.0;
        toCalc(row) >>= value;
        *cell++ = css::uno::Sequence<double>(&value, 1);
    }
    return css::uno::Any(cells);
}

} // namespace walletshare::addin
