// The members of a zip package (.ods, .xlsx), read through the office's own
// zip reader and written back as a plain archive: how a test changes what a
// workbook file stores without an office recalculating it.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace walletshare::recalc_test {

using ZipMembers = std::vector<std::pair<std::string, std::string>>;

// Every file member (name, bytes) of the package.
ZipMembers zipMembers(const css::uno::Reference<css::uno::XComponentContext>& context,
                      const std::filesystem::path& file);

// One member's bytes; throws when there is none of that name.
std::string zipMember(const css::uno::Reference<css::uno::XComponentContext>& context,
                      const std::filesystem::path& file, const std::string& name);

// Writes the members, in their order and uncompressed, as a zip archive.
void writeZip(const std::filesystem::path& file, const ZipMembers& members);

} // namespace walletshare::recalc_test
