// Zip packages (.ods, .xlsx) read and written through libzip, without an
// office: a member read or replaced in a workbook that Calc wrote (the
// recalculation tool's view settings), a workbook's members written back
// after a test changed what it stores, or a folder packed as a hostile
// workbook.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "walletshare/office/package_file.hpp"

namespace walletshare::office {

// One member's bytes; nothing when the package has no member of that name.
// Throws std::runtime_error when the file is no zip archive.
std::optional<std::string> zipMember(const std::filesystem::path& file, const std::string& name);

// Replaces these members (adds those it lacks, deflated), keeping every other
// member as it is, in its place and with its compression (an ODF package's
// first member, mimetype, stays first and stored).
void replaceZipMembers(const std::filesystem::path& file, const PackageMembers& members);

// Writes the members, in their order and uncompressed, as a zip archive.
void writeZip(const std::filesystem::path& file, const PackageMembers& members);

// Packs every file under `folder`, deflated at the strongest level and named by
// its path inside the folder; the files are read as the archive is written, so
// none needs to fit in memory.
void zipFolder(const std::filesystem::path& folder, const std::filesystem::path& file);

} // namespace walletshare::office
