#include "shown_name.hpp"

#include <algorithm>
#include <string_view>

namespace walletshare::recalc {

namespace {

constexpr unsigned char firstPrintable = 0x20;
constexpr unsigned char deleteCharacter = 0x7f;

bool isControl(char character) {
    const auto byte = static_cast<unsigned char>(character);
    return byte < firstPrintable || byte == deleteCharacter;
}

} // namespace

std::string shownName(const std::filesystem::path& path) {
    std::string name = path.string();
    if (std::ranges::none_of(name, isControl)) {
        return name;
    }
    std::string shown = "\"";
    for (const char character : name) {
        switch (character) {
        case '\n':
            shown += "\\n";
            break;
        case '\t':
            shown += "\\t";
            break;
        case '\r':
            shown += "\\r";
            break;
        case '"':
        case '\\':
            shown += '\\';
            shown += character;
            break;
        default:
            if (isControl(character)) {
                constexpr std::string_view hex = "0123456789abcdef";
                constexpr unsigned nibble = 4U;
                const auto byte = static_cast<unsigned char>(character);
                shown += "\\x";
                shown += hex[byte >> nibble];
                shown += hex[byte & 0xfU];
            } else {
                shown += character;
            }
        }
    }
    return shown + "\"";
}

} // namespace walletshare::recalc
