// walletshare-reference en|ru: prints the function reference in Markdown.
#include <iostream>
#include <string_view>

#include "reference_page.hpp"

int main(int argumentCount, char** arguments) {
    const walletshare::Result<walletshare::Language> language =
        argumentCount == 2 ? walletshare::languageFromCode(arguments[1])
                           : walletshare::Error::InvalidArgument;
    if (!language.ok()) {
        std::cerr << "usage: walletshare-reference en|ru > docs/functions.<language>.md\n";
        return 2;
    }
    walletshare::reference::writeReference(std::cout, language.value());
    return 0;
}
