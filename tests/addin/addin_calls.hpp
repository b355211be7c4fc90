// ShareOfWallet in process, and the arguments and answers of its methods as
// Calc builds and reads them (shared/PLATFORM.md): a range argument is rows x
// columns of any, an empty cell of a range is an empty string, a single value
// of a range argument is 1x1, an optional argument left out is void, a number
// or a reference to a number cell in an any argument is a double, TRUE() is
// the double 1, and a text is a string.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include <gtest/gtest.h>
#include <rtl/ref.hxx>

#include "share_of_wallet.hpp"

namespace walletshare::addin_test {

using Any = css::uno::Any;
// A range argument as the IDL declares it: sequence<sequence<any>>.
using addin::CalcRange;

// The add-in as the office creates it, with a component context whose
// configuration holds `interfaceLocale` as the office's interface locale
// (/org.openoffice.Setup/L10N/ooLocale). With no locale, the context has no
// configuration at all, as outside an office.
rtl::Reference<addin::ShareOfWallet>
makeAddIn(std::optional<std::string_view> interfaceLocale = {});

// One cell as Calc passes it inside a range or in an any argument.
Any number(double value);
Any text(std::string_view utf8);
// An empty cell inside a range of several cells.
Any emptyCell();
// An argument left out, or left empty between semicolons.
Any leftOut();

// A range as rows of cells.
CalcRange grid(std::initializer_list<std::initializer_list<Any>> rows);
// A single number given to a range argument: 1x1.
CalcRange single(double value);
// One row of numbers (an inline array {a;b;c}).
CalcRange row(std::initializer_list<double> values);
// One column of numbers (a range B2:B4).
CalcRange column(std::initializer_list<double> values);
// A range given to an any argument.
Any asAny(const CalcRange& range);

// The error codes that Calc shows for a NaN carrying them (formula/errorcodes.hxx);
// written here, not taken from the add-in, so that the tests check its mapping.
namespace calc_error {
inline constexpr std::uint32_t invalidArgument = 502; // Err:502
inline constexpr std::uint32_t noValue = 519;         // #VALUE!
inline constexpr std::uint32_t divisionByZero = 532;  // #DIV/0!
inline constexpr std::uint32_t notAvailable = 32767;  // #N/A
} // namespace calc_error

// What a cell shows for an answer, for failure messages: "number 0.006",
// "error 502", "text \"B\"", "void".
std::string describe(const Any& answer);

// The error Calc shows for an answer, as Calc reads it (GetDoubleErrorValue):
// a NaN's low 32 bits, #VALUE! when more than its low 16 bits are set; 0 for
// anything that is not a NaN double.
std::uint32_t calcErrorOf(const Any& answer);

// The answer is a double that Calc shows as the error `code`, and it is a
// quiet NaN (not an infinity, which Calc shows as #NUM!).
::testing::AssertionResult isError(const Any& answer, std::uint32_t code);

// The answer is a finite double within `tolerance` of `expected` (relative
// for large values, absolute below 1).
::testing::AssertionResult isNumber(const Any& answer, double expected, double tolerance = 1e-9);

// The answer is a string holding exactly `expected` (UTF-8).
::testing::AssertionResult isText(const Any& answer, std::string_view expected);

} // namespace walletshare::addin_test

namespace walletshare::addin_test {

// A fresh add-in for each test, outside an office: no configuration tells
// the interface language.
class AddInCall : public ::testing::Test {
protected:
    rtl::Reference<addin::ShareOfWallet> addIn_ = makeAddIn();
};

} // namespace walletshare::addin_test
