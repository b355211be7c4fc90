#include "walletshare/office/spreadsheet.hpp"

#include <stdexcept>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include "walletshare/uno/text.hpp"

namespace walletshare::office {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

css::uno::Sequence<css::beans::PropertyValue>
properties(std::initializer_list<std::pair<const char*, css::uno::Any>> values) {
    css::uno::Sequence<css::beans::PropertyValue> sequence(static_cast<sal_Int32>(values.size()));
    auto* property = sequence.getArray();
    for (const auto& [name, value] : values) {
        property->Name = rtl::OUString::createFromAscii(name);
        property->Value = value;
        ++property;
    }
    return sequence;
}

// How a document is loaded: never shown; an untrusted one also read-only (no
// lock file beside it), with no macro run and no link updated.
css::uno::Sequence<css::beans::PropertyValue> loadProperties(DocumentTrust trust) {
    if (trust == DocumentTrust::Trusted) {
        return properties({{"Hidden", css::uno::Any(sal_True)}});
    }
    return properties(
        {{"Hidden", css::uno::Any(sal_True)},
         {"ReadOnly", css::uno::Any(sal_True)},
         {"MacroExecutionMode", css::uno::Any(css::document::MacroExecMode::NEVER_EXECUTE)},
         {"UpdateDocMode", css::uno::Any(css::document::UpdateDocMode::NO_UPDATE)}});
}

Reference<css::sheet::XSpreadsheetDocument>
loadHidden(const Reference<css::frame::XDesktop2>& desktop, const rtl::OUString& url,
           DocumentTrust trust) {
    const Reference<css::lang::XComponent> component =
        desktop->loadComponentFromURL(url, "_blank", 0, loadProperties(trust));
    Reference<css::sheet::XSpreadsheetDocument> document(component, UNO_QUERY);
    if (!document.is()) {
        if (const Reference<css::util::XCloseable> closeable{component, UNO_QUERY};
            closeable.is()) {
            closeable->close(sal_True);
        }
        throw UnreadableDocument(uno::utf8Of(url) + " did not open as a spreadsheet");
    }
    return document;
}

// The export filter that the file's extension asks for.
rtl::OUString filterFor(const std::filesystem::path& file) {
    const auto extension = file.extension().string();
    if (extension == ".ods") {
        return "calc8";
    }
    if (extension == ".fods") {
        return "OpenDocument Spreadsheet Flat XML";
    }
    if (extension == ".xlsx") {
        return "Calc Office Open XML";
    }
    // Keeps the workbook's VBA project (which the office never runs).
    if (extension == ".xlsm") {
        return "Calc MS Excel 2007 VBA XML";
    }
    if (extension == ".csv") {
        return "Text - txt - csv (StarCalc)";
    }
    if (extension == ".pdf") {
        return "calc_pdf_Export";
    }
    throw std::invalid_argument("no spreadsheet format for " + file.string());
}

} // namespace

Spreadsheet::Spreadsheet(const Reference<css::sheet::XSpreadsheetDocument>& document)
    : document_(document) {
    const Reference<css::container::XIndexAccess> sheets(document_->getSheets(), UNO_QUERY_THROW);
    sheets->getByIndex(0) >>= sheet_;
    if (!sheet_.is()) {
        close();
        throw std::runtime_error("the spreadsheet has no first sheet");
    }
}

Spreadsheet Spreadsheet::create(const Reference<css::frame::XDesktop2>& desktop) {
    return Spreadsheet(loadHidden(desktop, "private:factory/scalc", DocumentTrust::Trusted));
}

Spreadsheet Spreadsheet::open(const Reference<css::frame::XDesktop2>& desktop,
                              const std::filesystem::path& file, DocumentTrust trust) {
    if (!std::filesystem::exists(file)) {
        throw std::runtime_error("no file " + file.string());
    }
    return Spreadsheet(loadHidden(desktop, uno::fileUrlOf(file), trust));
}

Spreadsheet::Spreadsheet(Spreadsheet&& other) noexcept
    : document_(other.document_), sheet_(other.sheet_) {
    other.document_.clear();
    other.sheet_.clear();
}

Spreadsheet& Spreadsheet::operator=(Spreadsheet&& other) noexcept {
    if (this != &other) {
        close();
        document_ = other.document_;
        sheet_ = other.sheet_;
        other.document_.clear();
        other.sheet_.clear();
    }
    return *this;
}

Spreadsheet::~Spreadsheet() {
    close();
}

// Also runs from the destructor, so nothing may escape: when soffice has
// died, even the query for XCloseable throws DisposedException.
void Spreadsheet::close() {
    const auto document = document_;
    sheet_.clear();
    document_.clear();
    if (!document.is()) {
        return;
    }
    try {
        const Reference<css::util::XCloseable> closeable(document, UNO_QUERY);
        if (closeable.is()) {
            closeable->close(sal_True);
        }
    } catch (const css::uno::Exception&) {
        // The office is gone or refused: nothing left to close from here.
    }
}

Reference<css::table::XCell> Spreadsheet::cellAt(std::string_view cell) const {
    const Reference<css::table::XCellRange> sheet(sheet_, UNO_QUERY_THROW);
    return sheet->getCellRangeByName(uno::ouStringOf(cell))->getCellByPosition(0, 0);
}

void Spreadsheet::setFormula(std::string_view cell, std::string_view formula) {
    cellAt(cell)->setFormula(uno::ouStringOf(formula));
}

void Spreadsheet::setLocalFormula(std::string_view cell, std::string_view formula) {
    const Reference<css::beans::XPropertySet> properties(cellAt(cell), UNO_QUERY_THROW);
    properties->setPropertyValue("FormulaLocal", css::uno::Any(uno::ouStringOf(formula)));
}

void Spreadsheet::setLocalArrayFormula(std::string_view range, std::string_view formula) {
    // The API takes an array formula in its own syntax only: Calc itself
    // translates the typed formula in the range's first cell.
    const Reference<css::table::XCellRange> sheet(sheet_, UNO_QUERY_THROW);
    const Reference<css::table::XCellRange> cells =
        sheet->getCellRangeByName(uno::ouStringOf(range));
    const Reference<css::table::XCell> first = cells->getCellByPosition(0, 0);
    const Reference<css::beans::XPropertySet> properties(first, UNO_QUERY_THROW);
    properties->setPropertyValue("FormulaLocal", css::uno::Any(uno::ouStringOf(formula)));
    const rtl::OUString translated = first->getFormula();
    first->setFormula(rtl::OUString());
    const Reference<css::sheet::XArrayFormulaRange> array(cells, UNO_QUERY_THROW);
    array->setArrayFormula(translated);
}

void Spreadsheet::setNumber(std::string_view cell, double number) {
    cellAt(cell)->setValue(number);
}

void Spreadsheet::setText(std::string_view cell, std::string_view text) {
    // Through XText, so that "10" stays the text "10" instead of a number.
    const Reference<css::text::XText> content(cellAt(cell), UNO_QUERY_THROW);
    content->setString(uno::ouStringOf(text));
}

void Spreadsheet::clear(std::string_view cell) {
    cellAt(cell)->setFormula(rtl::OUString());
}

void Spreadsheet::clearAll() {
    using namespace css::sheet::CellFlags;
    const Reference<css::sheet::XSheetOperation> sheet(sheet_, UNO_QUERY_THROW);
    sheet->clearContents(VALUE | DATETIME | STRING | ANNOTATION | FORMULA);
}

void Spreadsheet::calculateAll() {
    const Reference<css::sheet::XCalculatable> calculatable(document_, UNO_QUERY_THROW);
    calculatable->calculateAll();
}

std::string shownIn(const Reference<css::table::XCell>& cell) {
    return uno::utf8Of(Reference<css::text::XText>(cell, UNO_QUERY_THROW)->getString());
}

CellValue valueIn(const Reference<css::table::XCell>& cell) {
    if (const sal_Int32 error = cell->getError(); error != 0) {
        return CalcError{error};
    }
    const auto text = [&] { return shownIn(cell); };
    switch (cell->getType()) {
    case css::table::CellContentType_VALUE:
        return cell->getValue();
    case css::table::CellContentType_TEXT:
        return text();
    case css::table::CellContentType_FORMULA: {
        const Reference<css::beans::XPropertySet> cellProperties(cell, UNO_QUERY_THROW);
        sal_Int32 resultType = 0;
        cellProperties->getPropertyValue("FormulaResultType2") >>= resultType;
        if (resultType == css::sheet::FormulaResult::STRING) {
            return text();
        }
        return cell->getValue();
    }
    default:
        return EmptyCell{};
    }
}

std::string Spreadsheet::shown(std::string_view cell) const {
    return shownIn(cellAt(cell));
}

CellValue Spreadsheet::value(std::string_view cell) const {
    return valueIn(cellAt(cell));
}

std::string Spreadsheet::formula(std::string_view cell) const {
    return uno::utf8Of(cellAt(cell)->getFormula());
}

std::vector<std::string> Spreadsheet::sheetNames() const {
    std::vector<std::string> names;
    for (const rtl::OUString& name : document_->getSheets()->getElementNames()) {
        names.push_back(uno::utf8Of(name));
    }
    return names;
}

void Spreadsheet::storeEverySheetAsCsv(const std::filesystem::path& file) const {
    // Comma, double quotes, UTF-8 (76), from line 1, the values themselves
    // (not as formatted), and as the twelfth token -1: every sheet, each into
    // a file of its own.
    const Reference<css::frame::XStorable> storable(document_, UNO_QUERY_THROW);
    storable->storeToURL(
        uno::fileUrlOf(file),
        properties({{"FilterName", css::uno::Any(filterFor(file))},
                    {"FilterOptions",
                     css::uno::Any(rtl::OUString("44,34,76,1,,0,false,true,false,false,false,-1"))},
                    {"Overwrite", css::uno::Any(sal_True)}}));
}

void Spreadsheet::store(const std::filesystem::path& file) const {
    const Reference<css::frame::XStorable> storable(document_, UNO_QUERY_THROW);
    storable->storeToURL(uno::fileUrlOf(file),
                         properties({{"FilterName", css::uno::Any(filterFor(file))},
                                     {"Overwrite", css::uno::Any(sal_True)}}));
}

} // namespace walletshare::office
