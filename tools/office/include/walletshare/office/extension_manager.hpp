// Installing an extension the way Tools > Extension Manager > Add does: from
// inside the running office, for the user who runs it.
#pragma once

#include <filesystem>

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace walletshare::office {

// Adds the extension to the "user" repository of the office, accepting its
// license as the user would. Throws std::runtime_error naming what the office
// reported when it fails or asks anything that cannot be accepted.
void addForUser(const css::uno::Reference<css::uno::XComponentContext>& office,
                const std::filesystem::path& extension);

} // namespace walletshare::office
