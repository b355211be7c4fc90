// The README's table of functions is written by hand for a first reader; it
// must show every described function with its English and Russian names,
// so that a new function does not go missing from it.
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "walletshare/catalog.hpp"
#include "walletshare/description.hpp"

namespace walletshare::reference {
namespace {

std::string readme() {
    std::ifstream file(WALLETSHARE_README);
    std::stringstream content;
    content << file.rdbuf();
    return content.str();
}

TEST(Readme, ShowsEveryFunctionInItsTableInBothLanguages) {
    const std::string text = readme();
    ASSERT_FALSE(text.empty()) << "cannot read " WALLETSHARE_README;
    for (const description::Function& function : description::functions) {
        const auto* const english = catalog::text(function.programmaticName, Language::English);
        const auto* const russian = catalog::text(function.programmaticName, Language::Russian);
        const std::string row = "| `" + std::string(english->displayName) + "(";
        const auto at = text.find(row);
        ASSERT_NE(at, std::string::npos) << "no row starting " << row;
        const std::string line = text.substr(at, text.find('\n', at) - at);
        EXPECT_NE(line.find("/ `" + std::string(russian->displayName) + "`"), std::string::npos)
            << line;
    }
}

} // namespace
} // namespace walletshare::reference
