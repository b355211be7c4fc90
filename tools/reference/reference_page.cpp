#include "reference_page.hpp"

#include <set>
#include <string>
#include <string_view>
#include <variant>

#include "walletshare/catalog.hpp"
#include "walletshare/description.hpp"
#include "walletshare/reference/examples.hpp"
#include "walletshare/reference/texts.hpp"

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

void writeErrors(std::ostream& out, std::string_view programmaticName, Language language) {
    const catalog::ReferenceTexts& headings = texts(language);
    out << "**" << headings.errorsHeading << "**\n\n";
    for (const catalog::ErrorText& error : errors(programmaticName, language)) {
        out << "- `" << headings.errorNames.at(static_cast<std::size_t>(error.error))
            << "`: " << error.when << "\n";
    }
    out << "\n";
}

void writeExamples(std::ostream& out, std::string_view programmaticName, Language language) {
    const catalog::ReferenceTexts& headings = texts(language);
    out << "**" << headings.examplesHeading << "**\n\n";
    out << "| " << headings.formulaColumn << " | " << headings.resultColumn << " |\n|---|---|\n";
    std::set<ExampleCells> read;
    for (const Example& example : examples()) {
        if (example.programmaticName != programmaticName) {
            continue;
        }
        out << "| `" << localFormula(example.formula, language) << "`";
        if (std::holds_alternative<ExampleColumn>(example.result)) {
            out << ", " << headings.arrayFormula;
        }
        out << " | " << shownResult(example.result, language) << " |\n";
        if (example.cells != ExampleCells::None) {
            read.insert(example.cells);
        }
    }
    if (!read.empty()) {
        out << "\n" << headings.exampleCellsHeading << "\n\n";
        for (const ExampleCells cells : read) {
            out << "- " << headings.exampleCells.at(static_cast<std::size_t>(cells) - 1) << "\n";
        }
    }
}

} // namespace

void writeReference(std::ostream& out, Language language) {
    const catalog::ReferenceTexts& headings = texts(language);
    out << "# " << headings.title << "\n\n" << headings.introduction << "\n\n";
    for (const std::string_view convention : headings.conventions) {
        out << "- " << convention << "\n";
    }
    for (const description::Function& described : description::functions) {
        const FunctionText& function = *catalog::text(described.programmaticName, language);
        out << "\n## " << function.displayName << "\n\n"
            << "`" << syntax(function, described.requiredCount()) << "`\n\n"
            << function.description << "\n\n";
        writeArguments(out, function, described.requiredCount(), headings);
        writeErrors(out, described.programmaticName, language);
        writeExamples(out, described.programmaticName, language);
    }
}

} // namespace walletshare::reference
