// Workbooks as text: workbooks that Calc wrote, changed the way a stale or
// hostile file would be, and the text outputs (.csv) read back.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace walletshare::recalc_test {

std::string contentOf(const std::filesystem::path& file);
void writeFile(const std::filesystem::path& file, std::string_view content);

// The cached result that stale inputs carry in every Walletshare formula
// cell: no Walletshare formula of the tests computes it, so an output that
// still shows it was not recalculated.
inline constexpr double staleResult = 999;

// An .xlsx worksheet (xl/worksheets/sheetN.xml) with the cached result of
// every Walletshare formula cell (ORG.WALLETSHARE...) replaced by the number
// `staleResult`, as a file saved before its inputs changed, or by another
// program, carries. Calc recalculates the add-in calls of an ODF file while
// it loads it, but not those of an .xlsx file: the stale number is what an
// office with Walletshare shows until something recalculates, and what it
// writes when it stores the loaded workbook in another format.
std::string withStaleResults(const std::string& worksheet);

// A worksheet that Calc wrote for one row (A1 a number, B1 a number, C1
// =SHARE(A1;B1)) with `rows` such rows instead: row n holds n, 1000 and
// =SHARE(An;Bn) with the stale cached result. Typed into an office, so many
// formulas take minutes; written as text, a moment.
std::string withShareRows(const std::string& worksheet, int rows);

// The .fods text with an image linked (not embedded) from `url` on its first
// sheet. Calc fetches a linked image while it loads the workbook, whatever
// the link update mode.
std::string withLinkedImage(const std::string& fods, const std::string& url);

// The rows of a CSV text, each as its fields (quotes removed). The separator
// is the first of , ; or tab that the first line holds.
std::vector<std::vector<std::string>> csvRows(const std::string& text);

} // namespace walletshare::recalc_test
