#include "view_settings.hpp"

#include <exception>

#include <libxml/parser.h>

#include "odf_view_settings.hpp"
#include "xlsx_panes.hpp"

namespace walletshare::recalc {

namespace {

enum class Kind { Odf, Excel, Other };

Kind kindOf(const std::filesystem::path& workbook) {
    const auto extension = workbook.extension();
    if (extension == ".ods" || extension == ".fods") {
        return Kind::Odf;
    }
    if (extension == ".xlsx" || extension == ".xlsm") {
        return Kind::Excel;
    }
    return Kind::Other;
}

void carryFromOdf(const std::filesystem::path& input, const std::filesystem::path& output,
                  Kind to) {
    const auto set = odfViewSettings(input);
    if (!set) {
        return;
    }
    xmlNode& root = *xmlDocGetRootElement(set.get());
    if (to == Kind::Odf) {
        putOdfViewSettings(output, root);
    } else if (const auto panes = frozenPanesOf(root); !panes.empty()) {
        freezeXlsxPanes(output, panes);
    }
}

void carryFromExcel(const std::filesystem::path& input, const std::filesystem::path& output,
                    Kind to) {
    const auto panes = xlsxFrozenPanes(input);
    if (panes.empty()) {
        return;
    }
    if (to == Kind::Odf) {
        freezeOdfPanes(output, panes);
    } else {
        freezeXlsxPanes(output, panes);
    }
}

} // namespace

std::string carryViewSettings(const std::filesystem::path& input,
                              const std::filesystem::path& output) {
    // libxml2 is set up once, before the workers' threads use it.
    static const bool ready = (xmlInitParser(), true);
    static_cast<void>(ready);
    const Kind from = kindOf(input);
    const Kind to = kindOf(output);
    if (from == Kind::Other || to == Kind::Other) {
        return {};
    }
    try {
        if (from == Kind::Odf) {
            carryFromOdf(input, output, to);
        } else {
            carryFromExcel(input, output, to);
        }
    } catch (const std::exception& error) {
        return std::string("written without its frozen panes and other view settings, which "
                           "could not be read or kept: ") +
               error.what();
    }
    return {};
}

} // namespace walletshare::recalc
