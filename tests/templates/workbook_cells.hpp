// What the template tests read of a built workbook, cell by cell: its
// formulas, texts, styles and number formats, its charts' titles.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/Reference.hxx>

namespace walletshare::template_test {

// Column, row.
using CellPosition = std::pair<int, int>;

struct CellFormat {
    std::string style;
    // com.sun.star.util.NumberFormat: NUMBER, PERCENT, DATE, ...
    int category = 0;
    std::string code;
    css::lang::Locale locale;
};

css::uno::Reference<css::sheet::XSpreadsheet>
sheetAt(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, int index);

// The formula of every formula cell (an array formula as {=...}).
std::map<CellPosition, std::string>
formulas(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);
// The text of every text cell that is no formula.
std::map<CellPosition, std::string>
texts(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);
// The text result of every formula cell that gives one.
std::map<CellPosition, std::string>
formulaTexts(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);
// The style and number format of every cell up to the end of the used area.
std::map<CellPosition, CellFormat>
formats(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
        const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);
// The main title and every axis title of each chart on the sheet.
std::vector<std::string> chartTitles(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);
// The text of every comment.
std::vector<std::string> comments(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// The quoted texts of a number format's code ("Plan M"0 gives Plan M).
std::vector<std::string> formatTexts(const std::string& code);

} // namespace walletshare::template_test
