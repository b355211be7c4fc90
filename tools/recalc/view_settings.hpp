// A workbook's view settings carried from its input into an output that Calc
// wrote. Calc writes none for a workbook loaded without a window, as the tool
// loads them: each sheet's frozen panes, cursor and zoom, and the active
// sheet would be lost (a window of its own crashes headless soffice).
//   ODF -> ODF: the input's whole ooo:view-settings set.
//   ODF or .xlsx/.xlsm -> .xlsx/.xlsm: each sheet's frozen panes.
//   .xlsx/.xlsm -> ODF: each sheet's frozen panes, in a view of their own.
#pragma once

#include <filesystem>
#include <string>

namespace walletshare::recalc {

// Carries the input's view settings into `output` (written, not yet in
// place) when both are spreadsheets. Never throws: a view setting is no
// reason to fail a workbook, so what cannot be carried is a warning, for a
// person, returned; empty when all went well.
std::string carryViewSettings(const std::filesystem::path& input,
                              const std::filesystem::path& output);

} // namespace walletshare::recalc
