#include "hostile_workbooks.hpp"

#include <array>

#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/document/XEmbeddedScripts.hpp>
#include <com/sun/star/document/XEventsSupplier.hpp>
#include <com/sun/star/script/XLibraryContainer.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include "recalc_fixture.hpp"
#include "walletshare/uno/text.hpp"

namespace walletshare::recalc_test {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

std::string markerMacros(const std::filesystem::path& markers) {
    return "Sub MarkRun(what As String)\n"
           "    Dim n As Integer\n"
           "    n = FreeFile\n"
           "    Open \"" +
           markers.string() +
           "/\" & what For Output As #n\n"
           "    Print #n, \"a macro of the workbook ran\"\n"
           "    Close #n\n"
           "End Sub\n"
           "\n"
           "Function WALLETMARK() As Double\n"
           "    MarkRun(\"cell-function\")\n"
           "    WALLETMARK = 7\n"
           "End Function\n"
           "\n"
           // Events pass the event object, which these do not need.
           "Sub DocumentEvent(Optional event As Object)\n"
           "    MarkRun(\"document-event\")\n"
           "End Sub\n"
           "\n"
           "Sub ControlEvent(Optional event As Object)\n"
           "    MarkRun(\"control-event\")\n"
           "End Sub\n"
           "\n"
           "Sub FormEvent(Optional event As Object)\n"
           "    MarkRun(\"form-event\")\n"
           "End Sub\n";
}

} // namespace

css::beans::PropertyValue property(const char* name, const Any& value) {
    css::beans::PropertyValue property;
    property.Name = rtl::OUString::createFromAscii(name);
    property.Value = value;
    return property;
}

Reference<css::lang::XComponent> openInOffice(const std::filesystem::path& workbook,
                                              const Opening& opening) {
    const std::array<css::beans::PropertyValue, 3> properties{
        property("Hidden", Any(opening.hidden)),
        property("MacroExecutionMode", Any(opening.macros)),
        property("UpdateDocMode", Any(opening.links))};
    return RecalcTool::office().desktop()->loadComponentFromURL(
        uno::fileUrlOf(workbook), "_blank", 0,
        css::uno::Sequence<css::beans::PropertyValue>(properties.data(), properties.size()));
}

void closeInOffice(const Reference<css::lang::XComponent>& component) {
    Reference<css::util::XCloseable>(component, UNO_QUERY_THROW)->close(sal_True);
}

void openAndRecalculate(const std::filesystem::path& workbook, sal_Int16 macros, sal_Int16 links) {
    const auto component =
        openInOffice(workbook, {.hidden = true, .macros = macros, .links = links});
    Reference<css::sheet::XCalculatable>(component, UNO_QUERY_THROW)->calculateAll();
    closeInOffice(component);
}

std::string markerScript(const std::string& sub) {
    return "vnd.sun.star.script:Standard.Marker." + sub + "?language=Basic&location=document";
}

void addMarkerMacros(const office::Spreadsheet& workbook, const std::filesystem::path& markers) {
    const Reference<css::document::XEmbeddedScripts> scripts(workbook.document(), UNO_QUERY_THROW);
    const Reference<css::script::XLibraryContainer> libraries(scripts->getBasicLibraries(),
                                                              UNO_QUERY_THROW);
    Reference<css::container::XNameContainer> library;
    if (libraries->hasByName("Standard") != sal_False) {
        libraries->getByName("Standard") >>= library;
    } else {
        library = libraries->createLibrary("Standard");
    }
    library->insertByName("Marker", Any(uno::ouStringOf(markerMacros(markers))));
}

void bindEveryDocumentEvent(const office::Spreadsheet& workbook) {
    const auto events =
        Reference<css::document::XEventsSupplier>(workbook.document(), UNO_QUERY_THROW)
            ->getEvents();
    const std::array<css::beans::PropertyValue, 2> binding{
        property("EventType", Any(rtl::OUString("Script"))),
        property("Script", Any(uno::ouStringOf(markerScript("DocumentEvent"))))};
    const css::uno::Sequence<css::beans::PropertyValue> bound(binding.data(), binding.size());
    for (const auto& event : events->getElementNames()) {
        events->replaceByName(event, Any(bound));
    }
}

std::vector<std::filesystem::path> markersIn(const std::filesystem::path& markers) {
    return RecalcTool::filesIn(markers);
}

void clearMarkers(const std::filesystem::path& markers) {
    std::filesystem::remove_all(markers);
    std::filesystem::create_directories(markers);
}

} // namespace walletshare::recalc_test
