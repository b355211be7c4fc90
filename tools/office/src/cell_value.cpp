#include "walletshare/office/cell_value.hpp"

#include <sstream>

namespace walletshare::office {

std::string errorText(CalcError error) {
    switch (error.code) {
    case calc_error::illegalFloatingPoint.code:
        return "#NUM!";
    case calc_error::noValue.code:
        return "#VALUE!";
    case calc_error::noName.code:
        return "#NAME?";
    case calc_error::divisionByZero.code:
        return "#DIV/0!";
    case calc_error::notAvailable.code:
        return "#N/A";
    default:
        return "Err:" + std::to_string(error.code);
    }
}

std::string describe(const CellValue& value) {
    std::ostringstream out;
    out.precision(17);
    if (const auto* number = std::get_if<double>(&value)) {
        out << *number;
    } else if (const auto* text = std::get_if<std::string>(&value)) {
        out << '"' << *text << '"';
    } else if (const auto* error = std::get_if<CalcError>(&value)) {
        out << *error;
    } else {
        out << EmptyCell{};
    }
    return out.str();
}

std::ostream& operator<<(std::ostream& out, const CalcError& error) {
    return out << errorText(error) << " (" << error.code << ')';
}

std::ostream& operator<<(std::ostream& out, const EmptyCell& /*empty*/) {
    return out << "empty";
}

} // namespace walletshare::office
