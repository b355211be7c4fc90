// One English template made into its Russian twin in a running Calc: the
// same workbook, its texts, sheet names, language and number formats in
// Russian.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include "translation_table.hpp"

namespace walletshare::templates {

// Writes the Russian template to `output` (.fods) and returns nothing, or
// writes nothing and returns every text without a line in the table
// ("Portfolio.A1: 'Client'").
std::vector<std::string>
translateTemplate(const css::uno::Reference<css::frame::XDesktop2>& desktop,
                  const std::filesystem::path& english, const std::filesystem::path& output,
                  const TranslationTable& table);

} // namespace walletshare::templates
