// The one description of every function: its programmatic name (stored in
// documents), category and arguments, and its texts in each language. The
// Function Wizard, the generated docs and the tests all read this.
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string_view>

#include "walletshare/functions.hpp"

namespace walletshare::catalog {

struct ArgumentText {
    std::string_view name;
    std::string_view description;
};

// When a function answers with one of the contract's errors.
struct ErrorText {
    Error error;
    std::string_view when;
};

// What a user reads about one function in one language (UTF-8).
struct FunctionText {
    std::string_view programmaticName;
    std::string_view displayName;
    std::string_view description;
    std::span<const ArgumentText> arguments;
    std::span<const ErrorText> errors;
};

// The headings and general rules of the function reference in docs/.
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
};

// Everything a translator works on for one language.
struct LanguageTexts {
    std::span<const FunctionText> functions;
    std::array<std::string_view, 5> tierNames;
    // What Calc shows for each Error, in the order of its enumerators.
    std::array<std::string_view, 4> errorNames;
    // Calc's name for TRUE(), which an example of WALLET uses.
    std::string_view trueName;
    // The decimal separator of this language's locale, for typed formulas.
    char decimalSeparator;
    // What the cells that some examples read hold, in the order of
    // ExampleCells after None.
    std::array<std::string_view, 3> exampleCells;
    ReferenceTexts reference;
};

extern const LanguageTexts english;
extern const LanguageTexts russian;

struct FunctionInfo {
    std::string_view programmaticName;
    // One of Calc's English category names; anything else lands in "Add-In".
    std::string_view category;
    std::size_t argumentCount;
    // The first requiredCount arguments are required, the rest optional.
    std::size_t requiredCount;
};

std::span<const FunctionInfo> functions();

// nullptr when the name is not one of ours.
const FunctionInfo* find(std::string_view programmaticName);

const LanguageTexts& texts(Language language);

// nullptr when the language has no text for the function.
const FunctionText* text(std::string_view programmaticName, Language language);

} // namespace walletshare::catalog
