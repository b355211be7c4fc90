// Zip packages (.ods, .xlsx) written by a test, through libzip: a workbook's
// members written back after a test changed what it stores, without an office
// recalculating it, or a folder packed as a hostile workbook.
#pragma once

#include <filesystem>

#include "walletshare/office/package_file.hpp"

namespace walletshare::recalc_test {

// Writes the members, in their order and uncompressed, as a zip archive.
void writeZip(const std::filesystem::path& file, const office::PackageMembers& members);

// Packs every file under `folder`, deflated at the strongest level and named by
// its path inside the folder; the files are read as the archive is written, so
// none needs to fit in memory.
void zipFolder(const std::filesystem::path& folder, const std::filesystem::path& file);

} // namespace walletshare::recalc_test
