#include "expected_value.hpp"

#include <cmath>

namespace walletshare::calc_test {

namespace {

constexpr double relativeTolerance = 1e-9;

office::CellValue asCellValue(const Expected& expected) {
    return std::visit([](const auto& value) { return office::CellValue(value); }, expected);
}

bool matches(const office::CellValue& actual, const Expected& expected) {
    if (const auto* number = std::get_if<double>(&expected)) {
        const auto* got = std::get_if<double>(&actual);
        return got != nullptr && std::abs(*got - *number) <= relativeTolerance * std::abs(*number);
    }
    return actual == asCellValue(expected);
}

} // namespace

std::string describe(const Expected& expected) {
    return office::describe(asCellValue(expected));
}

::testing::AssertionResult shows(const office::CellValue& actual, const Expected& expected) {
    if (matches(actual, expected)) {
        return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure()
           << "the cell shows " << office::describe(actual) << ", expected " << describe(expected);
}

} // namespace walletshare::calc_test
