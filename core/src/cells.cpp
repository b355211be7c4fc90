#include "walletshare/cells.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <system_error>

namespace walletshare {

Total total(Cells cells) {
    Total result;
    for (const Cell& cell : cells) {
        if (cell) {
            result.sum += *cell;
            ++result.count;
        }
    }
    return result;
}

bool hasNegative(Cells cells) {
    return std::ranges::any_of(cells, [](const Cell& cell) { return cell && *cell < 0.0; });
}

Result<double> numberFromText(std::string_view text) {
    const std::size_t first = text.find_first_not_of(' ');
    if (first == std::string_view::npos) {
        return Error::WrongType;
    }
    text = text.substr(first, text.find_last_not_of(' ') - first + 1);
    // from_chars takes no plus sign, which a typed "+5" may carry.
    if (text.size() > 1 && text.front() == '+' && text[1] != '-') {
        text.remove_prefix(1);
    }
    const char* end = text.data() + text.size();
    double value = 0.0;
    const auto [parsedTo, error] = std::from_chars(text.data(), end, value);
    // from_chars also reads "inf" and "nan", which are no amount a user means.
    if (error != std::errc{} || parsedTo != end || !std::isfinite(value)) {
        return Error::WrongType;
    }
    return value;
}

} // namespace walletshare
