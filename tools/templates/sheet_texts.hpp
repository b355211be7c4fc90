// The texts on one sheet: text cells, the texts inside formulas (and
// TIERNAME's language), comments, text shapes and chart titles.
#pragma once

#include <string>

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include "text_translator.hpp"

namespace walletshare::templates {

// The tier names' language that the Russian templates give TIERNAME.
inline constexpr std::string_view tierNameLanguage = "ru";

// `shapes` is the sheet's draw page.
void translateSheet(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                    const css::uno::Reference<css::container::XIndexAccess>& shapes,
                    const std::string& sheetName, TextTranslator& translator);

} // namespace walletshare::templates
