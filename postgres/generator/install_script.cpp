// Prints the extension's install script (walletshare--<version>.sql): one SQL
// function per function of the description, with its arguments' names,
// types and defaults, then the aggregates' declarations, which the
// description does not know, from the file given.
// Usage: walletshare-postgres-script AGGREGATES.sql SCRIPT.sql
#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <fstream>
#include <iostream>
#include <optional>
#include <span>
#include <sstream>
#include <string>
#include <string_view>

#include "sql_name.hpp"
#include "walletshare/catalog.hpp"
#include "walletshare/description.hpp"

namespace {

namespace description = walletshare::description;

// An argument whose SQL type is not its kind's.
struct TypeOverride {
    std::string_view argument;
    std::string_view type;
};

// What only SQL needs to know of a function: its result's type and the C
// symbol behind it. A function of the description may have more than one
// SQL signature (loyalty_tier answers a number or, with labels, a text).
struct Signature {
    std::string_view programmaticName;
    std::string_view symbol;
    std::string_view result;
    // How many of the description's arguments this signature takes.
    std::size_t argumentCount;
    // How many of those it requires (no SQL default): the description's
    // required arguments, or more where an optional one selects the signature.
    std::optional<std::size_t> requiredCount = std::nullopt;
    std::span<const TypeOverride> overrides = {};
};

constexpr auto walletTypes = std::to_array<TypeOverride>({{"is_markup", "boolean"}});
constexpr auto labelTypes = std::to_array<TypeOverride>({{"labels", "text[]"}});

constexpr auto signatures = std::to_array<Signature>({
    {"share", "walletshare_share", "float8", 2},
    {"wallet", "walletshare_wallet", "float8", 4, std::nullopt, walletTypes},
    {"loyaltyTier", "walletshare_loyalty_tier", "integer", 2},
    {"loyaltyTier", "walletshare_loyalty_tier_label", "text", 3, 3, labelTypes},
    {"tierName", "walletshare_tier_name", "text", 2},
    {"turnoverEstimate", "walletshare_turnover_estimate", "float8", 4},
    {"turnoverCheck", "walletshare_turnover_check", "integer", 3},
    {"targetShipment", "walletshare_target_shipment", "float8", 7},
    {"rankShare", "walletshare_rank_share", "float8", 2},
    {"turnoverPeers", "walletshare_turnover_peers", "float8[]", 4},
});

// Every function of the description has a signature taking all its
// arguments, and no signature names a function the description lacks.
constexpr bool coversDescription() {
    const bool everyFunction =
        std::ranges::all_of(description::functions, [](const description::Function& function) {
            return std::ranges::any_of(signatures, [&function](const Signature& signature) {
                return signature.programmaticName == function.programmaticName &&
                       signature.argumentCount == function.argumentCount();
            });
        });
    return everyFunction && std::ranges::all_of(signatures, [](const Signature& signature) {
               return description::find(signature.programmaticName) != nullptr;
           });
}
static_assert(coversDescription());

std::string_view sqlType(const description::Argument& argument, const Signature& signature) {
    for (const TypeOverride& override : signature.overrides) {
        if (override.argument == argument.name) {
            return override.type;
        }
    }
    switch (argument.kind) {
    case description::Kind::Range:
    case description::Kind::OptionalRange:
        return "float8[]";
    case description::Kind::OptionalText:
        return "text";
    case description::Kind::Number:
    case description::Kind::OptionalNumber:
        break;
    }
    return "float8";
}

// The contract's default as SQL: {0.01; 0.05; 0.1; 0.5} -> '{0.01,0.05,0.1,0.5}';
// NULL where leaving the argument out has a meaning of its own.
std::string sqlDefault(std::string_view contractDefault) {
    if (contractDefault.empty()) {
        return "NULL";
    }
    if (contractDefault == "TRUE" || contractDefault == "FALSE") {
        return contractDefault == "TRUE" ? "true" : "false";
    }
    if (contractDefault.front() == '{') {
        std::string array = "'";
        for (const char letter : contractDefault) {
            if (letter != ' ') {
                array += letter == ';' ? ',' : letter;
            }
        }
        return array + "'";
    }
    return std::string(contractDefault);
}

// SQL's own quoting of a string literal.
std::string literal(std::string_view text) {
    std::string quoted = "'";
    for (const char letter : text) {
        quoted += letter;
        if (letter == '\'') {
            quoted += '\'';
        }
    }
    return quoted + "'";
}

void printFunction(std::ostream& out, const Signature& signature) {
    const description::Function& function = *description::find(signature.programmaticName);
    const std::size_t required = signature.requiredCount.value_or(function.requiredCount());
    const std::string name = walletshare::postgres::sqlName(function.programmaticName);
    // NULL passed for an argument whose default is NULL means "left out", so
    // only functions without such an argument may be STRICT.
    bool strict = true;
    std::ostringstream arguments;
    std::ostringstream types;
    for (std::size_t i = 0; i < signature.argumentCount; ++i) {
        const description::Argument& argument = function.arguments[i];
        const std::string_view type = sqlType(argument, signature);
        arguments << (i == 0 ? "" : ", ") << '"' << argument.name << "\" " << type;
        types << (i == 0 ? "" : ", ") << type;
        if (i >= required) {
            arguments << " DEFAULT " << sqlDefault(argument.defaultValue);
            strict &= !argument.defaultValue.empty();
        }
    }
    out << "CREATE FUNCTION " << name << '(' << arguments.str() << ")\n"
        << "RETURNS " << signature.result << "\n"
        << "AS 'MODULE_PATHNAME', '" << signature.symbol << "'\n"
        << "LANGUAGE C IMMUTABLE " << (strict ? "STRICT " : "") << "PARALLEL SAFE;\n";
    const auto* text =
        walletshare::catalog::text(function.programmaticName, walletshare::Language::English);
    out << "COMMENT ON FUNCTION " << name << '(' << types.str() << ") IS "
        << literal(text->description) << ";\n\n";
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: walletshare-postgres-script AGGREGATES.sql SCRIPT.sql\n";
        return 2;
    }
    std::ifstream aggregates(argv[1]);
    if (!aggregates) {
        std::cerr << "walletshare-postgres-script: cannot read " << argv[1] << '\n';
        return 1;
    }
    std::ofstream script(argv[2]);
    script << "-- Generated by walletshare-postgres-script from the core's description of\n"
              "-- the functions (core/include/walletshare/description.hpp). Do not edit.\n"
              "\\echo Use \"CREATE EXTENSION walletshare\" to load this file. \\quit\n\n";
    for (const Signature& signature : signatures) {
        printFunction(script, signature);
    }
    script << aggregates.rdbuf();
    script.close();
    if (!script) {
        std::cerr << "walletshare-postgres-script: cannot write " << argv[2] << '\n';
        return 1;
    }
    return 0;
}
