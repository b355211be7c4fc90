// What a user reads about the functions, in each language: the Function
// Wizard's texts and the tier names, which the add-in carries, and the
// reference docs' texts, which only walletshare-reference and the tests read
// (core/reference/). Translators keep one file per language (core/texts/);
// it follows the description (walletshare/description.hpp) function by
// function, and the build fails when a text is missing or extra.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <span>
#include <string_view>

#include "walletshare/description.hpp"
#include "walletshare/functions.hpp"

namespace walletshare::catalog {

struct ArgumentText {
    std::string_view name;
    std::string_view description;
};

// What the Function Wizard shows for one function in one language (UTF-8).
struct FunctionText {
    std::string_view programmaticName;
    std::string_view displayName;
    std::string_view description;
    std::span<const ArgumentText> arguments;
};

// When a function answers with one of the contract's errors.
struct ErrorText {
    Error error;
    std::string_view when;
};

struct FunctionErrors {
    std::string_view programmaticName;
    std::span<const ErrorText> errors;
};

// The headings, general rules and error cases of the function reference in
// docs/, and what its examples need to be typed in this language.
struct ReferenceTexts {
    std::string_view title;
    std::string_view introduction;
    std::span<const std::string_view> conventions;
    std::string_view argumentsHeading;
    std::string_view optionalArgument;
    std::string_view errorsHeading;
    std::string_view examplesHeading;
    std::string_view formulaColumn;
    std::string_view resultColumn;
    // What Calc shows for each Error, in the order of its enumerators.
    std::array<std::string_view, 4> errorNames;
    // Calc's name for TRUE(), which an example of WALLET uses.
    std::string_view trueName;
    // The decimal separator of this language's locale, for typed formulas.
    char decimalSeparator;
    // What the cells that some examples read hold, in the order of
    // ExampleCells after None.
    std::array<std::string_view, 4> exampleCells;
    // Above the list of what the cells of a function's examples hold.
    std::string_view exampleCellsHeading;
    // After the formula of an example whose result is a column.
    std::string_view arrayFormula;
    std::span<const FunctionErrors> functionErrors;
};

// What the add-in carries of one language.
struct LanguageTexts {
    std::span<const FunctionText> functions;
    std::array<std::string_view, 5> tierNames;
};

// Whether a language's table has one entry per function of the description,
// in its order, none of them empty, and (for the Function Wizard's texts)
// one named and described text per argument.
template <class Texts> constexpr bool followsDescription(const Texts& texts) {
    return std::ranges::equal(
        texts, description::functions, [](const auto& text, const description::Function& function) {
            if (text.programmaticName != function.programmaticName) {
                return false;
            }
            if constexpr (requires { text.arguments; }) {
                return !text.displayName.empty() && !text.description.empty() &&
                       text.arguments.size() == function.argumentCount() &&
                       std::ranges::none_of(text.arguments, [](const ArgumentText& argument) {
                           return argument.name.empty() || argument.description.empty();
                       });
            } else {
                return !text.errors.empty();
            }
        });
}

const LanguageTexts& texts(Language language);

// nullptr when the name is not one of ours.
const FunctionText* text(std::string_view programmaticName, Language language);

} // namespace walletshare::catalog
