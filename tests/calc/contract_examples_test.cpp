// Every example of the contract and of the function reference, typed into a
// Calc cell as a user of the interface language types it (=ДОЛЯ(...; 0,05) in
// Russian), shows the result that the reference prints.
#include <cstddef>
#include <ostream>
#include <string>
#include <variant>

#include "calc_office.hpp"
#include "expected_value.hpp"
#include "walletshare/catalog.hpp"
#include "walletshare/reference/examples.hpp"

namespace walletshare::reference {

// gtest names a failing case by its formula.
void PrintTo(const Example& example, std::ostream* out) { // NOLINT(readability-identifier-naming)
    *out << example.formula;
}

} // namespace walletshare::reference

namespace walletshare::calc_test {
namespace {

using reference::Example;

// The code Calc gives each of the contract's errors; written here, not taken
// from the add-in, so that the test checks the add-in's mapping.
office::CalcError calcErrorOf(Error error) {
    switch (error) {
    case Error::InvalidArgument:
        return office::calc_error::invalidArgument;
    case Error::DivisionByZero:
        return office::calc_error::divisionByZero;
    case Error::NotAvailable:
        return office::calc_error::notAvailable;
    case Error::WrongType:
        return office::calc_error::noValue;
    }
    return office::CalcError{0};
}

Expected expectedOf(const reference::ExampleResult& result) {
    if (const auto* number = std::get_if<double>(&result)) {
        return *number;
    }
    if (const auto* label = std::get_if<std::string_view>(&result)) {
        return std::string(*label);
    }
    return calcErrorOf(std::get<Error>(result));
}

Language officeLanguage() {
    return languageOfTag(CalcOffice::instance().interfaceLanguage()).value_or(fallbackLanguage);
}

// Where the examples are typed: a cell that no example reads, with room
// below it for an array formula's rows.
constexpr std::string_view resultColumn = "AA";

std::string resultCell(std::size_t row) {
    return std::string(resultColumn) + std::to_string(row + 1);
}

class ContractExample : public CalcTest, public ::testing::WithParamInterface<Example> {};

TEST_P(ContractExample, ShowsTheReferenceResult) {
    const Example& example = GetParam();
    for (const auto& [address, number] : reference::numbersOf(example.cells)) {
        sheet().setNumber(address, number);
    }
    const std::string typed = reference::localFormula(example.formula, officeLanguage());
    if (const auto* column = std::get_if<reference::ExampleColumn>(&example.result)) {
        sheet().setLocalArrayFormula(resultCell(0) + ":" + resultCell(column->size() - 1), typed);
        sheet().calculateAll();
        for (std::size_t row = 0; row < column->size(); ++row) {
            EXPECT_TRUE(shows(sheet().value(resultCell(row)), (*column)[row]))
                << typed << ", row " << row + 1;
        }
        return;
    }
    sheet().setLocalFormula(resultCell(0), typed);
    sheet().calculateAll();
    EXPECT_TRUE(shows(sheet().value(resultCell(0)), expectedOf(example.result))) << typed;
    if (std::holds_alternative<Error>(example.result)) {
        EXPECT_EQ(sheet().shown(resultCell(0)),
                  reference::shownResult(example.result, officeLanguage()))
            << typed;
    }
}

INSTANTIATE_TEST_SUITE_P(Reference, ContractExample, ::testing::ValuesIn(reference::examples()));

} // namespace
} // namespace walletshare::calc_test
