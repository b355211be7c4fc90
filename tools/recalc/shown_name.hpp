// A file name as the tool's messages show it: one line per message, whatever
// the name holds.
#pragma once

#include <filesystem>
#include <string>

namespace walletshare::recalc {

// The path as it is, unless it holds a control character (a newline, a tab,
// an escape) or a double quote or backslash alongside one: then in double
// quotes, with those characters escaped as C writes them ("a\nb.xlsx").
std::string shownName(const std::filesystem::path& path);

} // namespace walletshare::recalc
