// One hidden Calc document in a remote office, addressed by cell names such
// as "B2" on its first sheet. Formulas use Calc's API syntax: English
// function names, ';' between arguments, {a;b} for inline arrays.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include "walletshare/office/cell_value.hpp"
#include "walletshare/office/private_profile.hpp"

namespace walletshare::office {

// A file that the office does not open as a spreadsheet: damaged, or another
// kind of file.
class UnreadableDocument : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// What a cell of any sheet holds: its number, its text, or its error; for a
// formula, its last result.
CellValue valueIn(const css::uno::Reference<css::table::XCell>& cell);
// The text the cell shows, in the office's interface language.
std::string shownIn(const css::uno::Reference<css::table::XCell>& cell);

class Spreadsheet {
public:
    // A new, empty spreadsheet.
    static Spreadsheet create(const css::uno::Reference<css::frame::XDesktop2>& desktop);
    // A spreadsheet file (.ods, .xlsx, .fods, ...). An untrusted one is
    // opened read-only, with no macro run and no link updated.
    static Spreadsheet open(const css::uno::Reference<css::frame::XDesktop2>& desktop,
                            const std::filesystem::path& file,
                            DocumentTrust trust = DocumentTrust::Trusted);

    // The SDK's Reference has no move constructor outside LibreOffice's own
    // code, so moving is spelled out: the moved-from object must not close
    // the document.
    Spreadsheet(Spreadsheet&& other) noexcept;
    Spreadsheet& operator=(Spreadsheet&& other) noexcept;
    Spreadsheet(const Spreadsheet&) = delete;
    Spreadsheet& operator=(const Spreadsheet&) = delete;
    // Closes the document.
    ~Spreadsheet();

    void setFormula(std::string_view cell, std::string_view formula);
    // A formula as a user types it in the office's interface language, with
    // the localized function names (=ДОЛЯ(...) in a Russian interface).
    void setLocalFormula(std::string_view cell, std::string_view formula);
    // An array formula over a range such as "K1:K5", typed as setLocalFormula
    // types it and entered as Ctrl+Shift+Enter enters it.
    void setLocalArrayFormula(std::string_view range, std::string_view formula);
    void setNumber(std::string_view cell, double number);
    void setText(std::string_view cell, std::string_view text);
    void clear(std::string_view cell);
    // Empties every cell of the first sheet (contents, not formats).
    void clearAll();

    // Recalculates every formula, as a hard recalculation does.
    void calculateAll();

    [[nodiscard]] CellValue value(std::string_view cell) const;
    // The text the cell shows, in the office's interface language (#ЗНАЧ!).
    [[nodiscard]] std::string shown(std::string_view cell) const;
    // The formula as the API gives it (English names, ';' separators).
    [[nodiscard]] std::string formula(std::string_view cell) const;

    // Stores a copy; the format follows the extension (.ods, .xlsx, .xlsm,
    // .fods, .csv, .pdf).
    void store(const std::filesystem::path& file) const;
    // Stores every sheet as UTF-8 CSV with the values unformatted, each into a
    // file of its own that Calc names after the file and the sheet:
    // plan.csv -> plan-Sheet1.csv, plan-Sheet2.csv.
    void storeEverySheetAsCsv(const std::filesystem::path& file) const;
    [[nodiscard]] std::vector<std::string> sheetNames() const;

    // Closes the document now; the object is empty afterwards.
    void close();

    [[nodiscard]] const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document() const {
        return document_;
    }

private:
    explicit Spreadsheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);
    [[nodiscard]] css::uno::Reference<css::table::XCell> cellAt(std::string_view cell) const;

    css::uno::Reference<css::sheet::XSpreadsheetDocument> document_;
    css::uno::Reference<css::sheet::XSpreadsheet> sheet_;
};

} // namespace walletshare::office
