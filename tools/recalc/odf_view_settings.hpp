// The view settings of an OpenDocument workbook (.ods, .fods): the
// `ooo:view-settings` set of its <office:settings> (settings.xml of an .ods),
// which holds each sheet's frozen panes, cursor and zoom, and the active
// sheet.
#pragma once

#include <filesystem>
#include <vector>

#include "frozen_panes.hpp"
#include "xml_tree.hpp"

namespace walletshare::recalc {

// The workbook's set, copied; nothing when it has none or the set holds no
// view (then there is nothing Calc dropped). Throws std::runtime_error when
// the settings are malformed.
xml::Document odfViewSettings(const std::filesystem::path& workbook);

// Replaces the workbook's set with `set`, or adds it.
void putOdfViewSettings(const std::filesystem::path& workbook, xmlNode& set);

// The sheets of the set's first view that have frozen panes.
std::vector<FrozenPanes> frozenPanesOf(const xmlNode& set);

// Gives the workbook's set a view in which these sheets have these frozen
// panes, in place of any view it had.
void freezeOdfPanes(const std::filesystem::path& workbook, const std::vector<FrozenPanes>& panes);

} // namespace walletshare::recalc
