// Russian texts run longer than English ones: a column is widened where a
// cell that fits its column in English would not fit it in Russian. Texts
// that overflow on purpose (a title, a note) do not fit in English either and
// leave their column alone; a wrapped text needs room for its longest word.
#pragma once

#include <map>
#include <utility>
#include <vector>

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/Reference.hxx>

namespace walletshare::templates {

// Per sheet, the width (1/100 mm) each cell with content needs, by
// (column, row).
using CellWidths = std::vector<std::map<std::pair<int, int>, int>>;

// Measures every cell in a scratch sheet, which it removes again.
CellWidths widthsNeeded(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

void widenColumns(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                  const CellWidths& english, const CellWidths& russian);

} // namespace walletshare::templates
