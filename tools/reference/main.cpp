// walletshare-reference en|ru: prints the function reference in Markdown.
#include <iostream>
#include <optional>
#include <string_view>

#include "reference_page.hpp"

int main(int argumentCount, char** arguments) {
    const std::optional<walletshare::Language> language =
        argumentCount == 2 ? walletshare::languageOfTag(arguments[1]) : std::nullopt;
    if (!language) {
        std::cerr << "usage: walletshare-reference en|ru > docs/functions.<language>.md\n";
        return 2;
    }
    walletshare::reference::writeReference(std::cout, *language);
    return 0;
}
