// The members of a zip package (.ods, .xlsx), read with the office's own zip
// reader: what a file carries, seen without an office that interprets it.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace walletshare::office {

using PackageMembers = std::vector<std::pair<std::string, std::string>>;

// Every file member (name, bytes) of the package, in its order.
PackageMembers packageMembers(const css::uno::Reference<css::uno::XComponentContext>& context,
                              const std::filesystem::path& file);

// One member's bytes; throws when there is none of that name.
std::string packageMember(const css::uno::Reference<css::uno::XComponentContext>& context,
                          const std::filesystem::path& file, const std::string& name);

} // namespace walletshare::office
