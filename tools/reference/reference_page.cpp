#include "reference_page.hpp"

#include <string>
#include <string_view>

#include "walletshare/catalog.hpp"
#include "walletshare/examples.hpp"

namespace walletshare::reference {

namespace {

using catalog::FunctionText;

// The call as the Function Wizard shows it, optional arguments in brackets.
std::string syntax(const FunctionText& function, std::size_t requiredCount) {
    std::string call = std::string(function.displayName) + "(";
    for (std::size_t index = 0; index < function.arguments.size(); ++index) {
        const std::string_view name = function.arguments[index].name;
        call += index == 0 ? "" : "; ";
        call += index < requiredCount ? std::string(name) : "[" + std::string(name) + "]";
    }
    return call + ")";
}

void writeArguments(std::ostream& out, const FunctionText& function, std::size_t requiredCount,
                    const catalog::ReferenceTexts& headings) {
    out << "**" << headings.argumentsHeading << "**\n\n";
    for (std::size_t index = 0; index < function.arguments.size(); ++index) {
        const catalog::ArgumentText& argument = function.arguments[index];
        out << "- `" << argument.name << "`";
        if (index >= requiredCount) {
            out << " (" << headings.optionalArgument << ")";
        }
        out << ": " << argument.description << "\n";
    }
    out << "\n";
}

void writeErrors(std::ostream& out, const FunctionText& function, Language language) {
    const catalog::LanguageTexts& texts = catalog::texts(language);
    out << "**" << texts.reference.errorsHeading << "**\n\n";
    for (const catalog::ErrorText& error : function.errors) {
        out << "- `" << texts.errorNames.at(static_cast<std::size_t>(error.error))
            << "`: " << error.when << "\n";
    }
    out << "\n";
}

void writeExamples(std::ostream& out, std::string_view programmaticName, Language language) {
    const catalog::LanguageTexts& texts = catalog::texts(language);
    out << "**" << texts.reference.examplesHeading << "**\n\n";
    out << "| " << texts.reference.formulaColumn << " | " << texts.reference.resultColumn
        << " |\n|---|---|\n";
    for (const catalog::Example& example : catalog::examples()) {
        if (example.programmaticName != programmaticName) {
            continue;
        }
        out << "| `" << catalog::localFormula(example.formula, language) << "`";
        if (example.cells != catalog::ExampleCells::None) {
            out << ", " << texts.exampleCells.at(static_cast<std::size_t>(example.cells) - 1);
        }
        out << " | " << catalog::shownResult(example.result, language) << " |\n";
    }
}

} // namespace

void writeReference(std::ostream& out, Language language) {
    const catalog::LanguageTexts& texts = catalog::texts(language);
    out << "# " << texts.reference.title << "\n\n" << texts.reference.introduction << "\n\n";
    for (const std::string_view convention : texts.reference.conventions) {
        out << "- " << convention << "\n";
    }
    for (const catalog::FunctionInfo& info : catalog::functions()) {
        const FunctionText& function = *catalog::text(info.programmaticName, language);
        out << "\n## " << function.displayName << "\n\n"
            << "`" << syntax(function, info.requiredCount) << "`\n\n"
            << function.description << "\n\n";
        writeArguments(out, function, info.requiredCount, texts.reference);
        writeErrors(out, function, language);
        writeExamples(out, info.programmaticName, language);
    }
}

} // namespace walletshare::reference
