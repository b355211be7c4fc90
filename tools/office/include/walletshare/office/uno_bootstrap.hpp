// The client side of UNO: a local component context that can resolve a
// remote office. cppu needs bootstrap values naming the office's type and
// service registries, or the client crashes; they are written as an ini file.
#pragma once

#include <filesystem>

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace walletshare::office {

// Writes `directory`/uno-client.ini and bootstraps a local context from it.
css::uno::Reference<css::uno::XComponentContext>
bootstrapClient(const std::filesystem::path& directory);

} // namespace walletshare::office
