// TIERNAME: a name for a whole tier from 0 to 4, in a language Walletshare
// speaks, or Err:502. The language comes from a code such as "ru-RU" when one
// is given, and from the office's interface language otherwise.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "arguments.hpp"
#include "contract.hpp"
#include "walletshare/functions.hpp"

using walletshare::Error;

namespace {

void requireName(const walletshare::Result<std::string_view>& name) {
    walletshare::fuzz::requireValueOrNamedError(name, {Error::InvalidArgument},
                                                "TIERNAME is a name or Err:502");
    walletshare::fuzz::require(!name.ok() || !name.value().empty(), "TIERNAME is never empty");
}

} // namespace

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    walletshare::fuzz::Arguments arguments({data, size});
    const double tier = arguments.number();
    const std::string code = arguments.text(8);
    const auto language = walletshare::languageOfTag(code);
    if (!arguments.flag()) {
        requireName(walletshare::tierName(tier, language.value_or(walletshare::fallbackLanguage)));
    } else if (language) {
        requireName(walletshare::tierName(tier, *language));
    }
    return 0;
}
