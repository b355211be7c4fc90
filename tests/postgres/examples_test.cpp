// Every example of the contract, from the table the Calc tests read
// (core/reference/), run in SQL with the same expected result.
#include <cmath>
#include <cstdlib>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include "formula_to_sql.hpp"
#include "private_servers.hpp"
#include "walletshare/reference/examples.hpp"

namespace walletshare::postgres_test {

namespace {

constexpr double relativeTolerance = 1e-9;

// float8 or float8[] as PostgreSQL prints it: {1,NULL,2}.
std::vector<std::optional<double>> numbersOf(const std::string& text) {
    std::vector<std::optional<double>> numbers;
    std::string inside = text.starts_with('{') ? text.substr(1, text.size() - 2) : text;
    std::istringstream elements(inside);
    std::string element;
    while (std::getline(elements, element, ',')) {
        numbers.push_back(element == "NULL" ? std::nullopt
                                            : std::optional{std::strtod(element.c_str(), nullptr)});
    }
    return numbers;
}

::testing::AssertionResult sameNumbers(const SqlValue& actual, std::span<const double> expected) {
    if (!actual) {
        return ::testing::AssertionFailure() << "NULL, expected numbers";
    }
    const auto numbers = numbersOf(*actual);
    bool same = numbers.size() == expected.size();
    for (std::size_t i = 0; same && i < numbers.size(); ++i) {
        same = numbers[i] &&
               std::abs(*numbers[i] - expected[i]) <= relativeTolerance * std::abs(expected[i]);
    }
    if (!same) {
        return ::testing::AssertionFailure() << "got " << *actual;
    }
    return ::testing::AssertionSuccess();
}

class ContractExamplesInSql : public ::testing::TestWithParam<reference::Example> {};

TEST_P(ContractExamplesInSql, GiveTheContractsResult) {
    const reference::Example& example = GetParam();
    const std::string sql = formulaToSql(example.formula, reference::numbersOf(example.cells));
    SqlConnection connection = connect();
    const SqlOutcome outcome = connection.run(sql);
    SCOPED_TRACE(std::string(example.formula) + "  ->  " + sql);
    if (const auto* error = std::get_if<Error>(&example.result)) {
        if (*error == Error::NotAvailable) {
            ASSERT_TRUE(outcome.ok()) << outcome.message;
            ASSERT_EQ(outcome.rows.size(), 1U);
            // A column of one row (TURNOVER_PEERS) holds the NULL.
            const SqlValue& value = outcome.rows.front().front();
            EXPECT_TRUE(!value || *value == "{NULL}") << *value;
        } else {
            EXPECT_EQ(outcome.sqlState, *error == Error::InvalidArgument ? "22023" : "22012")
                << outcome.message;
        }
        return;
    }
    ASSERT_TRUE(outcome.ok()) << outcome.message;
    ASSERT_EQ(outcome.rows.size(), 1U);
    const SqlValue& value = outcome.rows.front().front();
    if (const auto* number = std::get_if<double>(&example.result)) {
        EXPECT_TRUE(sameNumbers(value, std::span(number, 1)));
    } else if (const auto* column = std::get_if<reference::ExampleColumn>(&example.result)) {
        EXPECT_TRUE(sameNumbers(value, *column));
    } else {
        EXPECT_EQ(value, std::string(std::get<std::string_view>(example.result)));
    }
}

INSTANTIATE_TEST_SUITE_P(Contract, ContractExamplesInSql,
                         ::testing::ValuesIn(reference::examples()),
                         [](const ::testing::TestParamInfo<reference::Example>& info) {
                             return std::string(info.param.programmaticName) + "_" +
                                    std::to_string(info.index);
                         });

} // namespace

} // namespace walletshare::postgres_test
