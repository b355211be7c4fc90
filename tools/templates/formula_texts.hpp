// The texts inside a formula or a number format code: "..." with "" for a
// quote, as Calc's API writes them. A formula is rewritten only there (and
// in TIERNAME's language), never in its functions or references.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace walletshare::templates {

using Rewrite = std::function<std::string(const std::string&)>;

// The formula with each quoted text (unescaped) passed through `quoted` and
// each stretch between them through `unquoted`.
std::string rewritten(std::string_view formula, const Rewrite& quoted, const Rewrite& unquoted);

// The formula with `language` ("ru") given to every TIERNAME call that
// leaves its language out, so that the tier names do not follow the
// interface language.
std::string withTierNameLanguage(std::string_view formula, std::string_view language);

// Whether the formula calls TIERNAME.
bool callsTierName(std::string_view formula);

} // namespace walletshare::templates
