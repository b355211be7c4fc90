// Workbooks that try to do harm, and an ordinary office opening them: the
// Basic that a hostile workbook carries leaves a marker file when it runs, so
// that a test first shows the harm happening in an office that allows it and
// then shows that nothing happens under walletshare-recalc.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Reference.hxx>

#include "walletshare/office/spreadsheet.hpp"

namespace walletshare::recalc_test {

css::beans::PropertyValue property(const char* name, const css::uno::Any& value);

// How an ordinary office opens a workbook: hidden (as the tool does) or in
// a view of its own (as a user does, so that the document's view events fire
// and its forms get live controls), with macros and link updates as
// css::document::MacroExecMode and UpdateDocMode say.
struct Opening {
    bool hidden = true;
    sal_Int16 macros = 0;
    sal_Int16 links = 0;
};

// Opens the workbook in the suite's office with Walletshare.
css::uno::Reference<css::lang::XComponent> openInOffice(const std::filesystem::path& workbook,
                                                        const Opening& opening);
// Closes what openInOffice opened.
void closeInOffice(const css::uno::Reference<css::lang::XComponent>& component);

// Opens the workbook hidden with macros and link updates as `macros` and
// `links` say; recalculates it and closes it.
void openAndRecalculate(const std::filesystem::path& workbook, sal_Int16 macros, sal_Int16 links);

// The name of the Basic module that addMarkerMacros adds to the document's
// Standard library, and of its subs for events, as a script URL names them
// ("vnd.sun.star.script:Standard.Marker.DocumentEvent?...").
std::string markerScript(const std::string& sub);

// Basic that leaves a file in `markers` when it runs, named after what ran
// it: "document-event" (Sub DocumentEvent), "control-event" (Sub
// ControlEvent), "form-event" (Sub FormEvent), and "cell-function" from a
// cell that calls =WALLETMARK(). Calc does not fire document events for a
// hidden document, so the cell is what shows that the macros are real in a
// hidden load: recalculating it runs Basic unless macros are off.
void addMarkerMacros(const office::Spreadsheet& workbook, const std::filesystem::path& markers);

// Empties the markers folder: making a workbook may run its macros; only
// what happens afterwards counts.
void clearMarkers(const std::filesystem::path& markers);

// Binds DocumentEvent to every event the document offers (OnLoad, OnNew,
// OnViewCreated, OnStartApp, ...).
void bindEveryDocumentEvent(const office::Spreadsheet& workbook);

// The marker files the macros left.
std::vector<std::filesystem::path> markersIn(const std::filesystem::path& markers);

} // namespace walletshare::recalc_test
