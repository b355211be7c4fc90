// What a cell holds after recalculation, in a form that tests and the batch
// tool can compare: nothing, a number, a text, or one of Calc's error codes.
#pragma once

#include <ostream>
#include <string>
#include <variant>

namespace walletshare::office {

// Calc's error code of a cell, as XCell::getError() reports it.
struct CalcError {
    int code = 0;
    friend bool operator==(const CalcError&, const CalcError&) = default;
};

// The codes that Walletshare's contract speaks of, and the ones Calc itself
// answers when a formula cannot even call the add-in.
namespace calc_error {
inline constexpr CalcError invalidArgument{502};      // Err:502
inline constexpr CalcError illegalFloatingPoint{503}; // #NUM!
inline constexpr CalcError parameterExpected{504};    // Err:504
inline constexpr CalcError noValue{519};              // #VALUE!
inline constexpr CalcError noName{525};               // #NAME?
inline constexpr CalcError divisionByZero{532};       // #DIV/0!
inline constexpr CalcError notAvailable{32767};       // #N/A
} // namespace calc_error

struct EmptyCell {
    friend bool operator==(const EmptyCell&, const EmptyCell&) = default;
};

using CellValue = std::variant<EmptyCell, double, std::string, CalcError>;

// What Calc shows in the cell: "#DIV/0!", "Err:502", ...
std::string errorText(CalcError error);

// A readable form for messages: 0.006, "text", #DIV/0! (532), empty.
std::string describe(const CellValue& value);

std::ostream& operator<<(std::ostream& out, const CalcError& error);
std::ostream& operator<<(std::ostream& out, const EmptyCell& empty);

} // namespace walletshare::office
