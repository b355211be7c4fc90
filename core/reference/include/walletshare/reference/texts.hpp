// The function reference's texts in each language (docs/functions.*.md): its
// headings and rules, and when each function answers with which error.
#pragma once

#include <span>
#include <string_view>

#include "walletshare/catalog.hpp"

namespace walletshare::reference {

const catalog::ReferenceTexts& texts(Language language);

// The error cases of a function; empty when the name is not one of ours.
std::span<const catalog::ErrorText> errors(std::string_view programmaticName, Language language);

} // namespace walletshare::reference
