// A zip package (.ods, .xlsx) written back as a plain archive from the
// members that office::packageMembers read: how a test changes what a
// workbook file stores without an office recalculating it.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "walletshare/office/package_file.hpp"

namespace walletshare::recalc_test {

// Writes the members, in their order and uncompressed, as a zip archive.
void writeZip(const std::filesystem::path& file, const office::PackageMembers& members);

} // namespace walletshare::recalc_test
