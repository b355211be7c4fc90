// Every example of the contract and of the function reference, typed into a
// Calc cell as a user of the interface language types it (=ДОЛЯ(...; 0,05) in
// Russian), shows the result that the reference prints.
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

class ContractExample : public CalcTest, public ::testing::WithParamInterface<Example> {
protected:
    // The cells that the examples speak of: 30000 in each of B2:M2; Z1:Z5
    // and Z99 stay empty.
    void SetUp() override {
        CalcTest::SetUp();
        if (HasFatalFailure()) {
            return;
        }
        for (char column = 'B'; column <= 'M'; ++column) {
            sheet().setNumber(std::string(1, column) + "2", 30000);
        }
    }
};

TEST_P(ContractExample, ShowsTheReferenceResult) {
    const Example& example = GetParam();
    const std::string typed = reference::localFormula(example.formula, officeLanguage());
    sheet().setLocalFormula("A1", typed);
    sheet().calculateAll();
    EXPECT_TRUE(shows(sheet().value("A1"), expectedOf(example.result))) << typed;
    if (std::holds_alternative<Error>(example.result)) {
        EXPECT_EQ(sheet().shown("A1"), reference::shownResult(example.result, officeLanguage()))
            << typed;
    }
}

INSTANTIATE_TEST_SUITE_P(Reference, ContractExample, ::testing::ValuesIn(reference::examples()));

} // namespace
} // namespace walletshare::calc_test
