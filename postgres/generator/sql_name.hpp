// A function's name in SQL: its programmatic name in snake_case
// (loyaltyTier -> loyalty_tier), as the contract's section "In SQL" says.
// The install script declares it; the SQL tests call it.
#pragma once

#include <cctype>
#include <string>
#include <string_view>

namespace walletshare::postgres {

inline std::string sqlName(std::string_view programmaticName) {
    std::string snake;
    for (const char letter : programmaticName) {
        if (std::isupper(static_cast<unsigned char>(letter)) != 0) {
            snake += '_';
            snake += static_cast<char>(std::tolower(static_cast<unsigned char>(letter)));
        } else {
            snake += letter;
        }
    }
    return snake;
}

} // namespace walletshare::postgres
