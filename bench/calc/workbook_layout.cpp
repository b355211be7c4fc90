#include "workbook_layout.hpp"

#include <array>
#include <stdexcept>
#include <utility>
#include <variant>

#include <boost/algorithm/string/replace.hpp>

#include "walletshare/catalog.hpp"
#include "walletshare/description.hpp"
#include "walletshare/reference/examples.hpp"

namespace walletshare::bench {

namespace {

constexpr std::array<std::string_view, formulaColumns> clientHeadings{
    "Share", "Wallet", "Tier", "Plan month 6", "Turnover check"};

// Column H is the share, which LOYALTYTIER reads in column J.
constexpr FormulaSet walletshareSet{
    "a",
    "Walletshare functions",
    clientHeadings,
    {"=SHARE(A#:C#;D#)", "=WALLET(D#;E#;F#)", "=LOYALTYTIER(H#)",
     "=TARGET_SHIPMENT(D#;0.05;A#;12;6)", "=TURNOVER_CHECK(G#;D#)"},
};

// The same arithmetic with Calc's own functions. LOYALTYTIER's 1e-12
// tolerance is added to the share before MATCH looks it up among the
// thresholds; a share below the first threshold is #N/A there, tier 0 here.
// The ramp holds today's shipments when the share is already at the target.
constexpr FormulaSet builtInSet{
    "b",
    "Calc built-in formulas",
    clientHeadings,
    {"=SUM(A#:C#)/SUM(D#)", "=D#*E#*(1-F#)", "=IFERROR(MATCH(H#+1E-12;{0.01;0.05;0.1;0.5};1);0)",
     "=IF(A#/D#>=0.05-1E-12;A#;(A#/D#+(0.05-A#/D#)*6/12)*D#)",
     "=IF(G#<D#*(1-0.3);-1;IF(G#>D#*(1+0.3);1;0))"},
};

constexpr std::array<std::string_view, formulaColumns> fiveTimes(std::string_view text) {
    return {text, text, text, text, text};
}

// Numbers that are never a gap nor zero, so that no cell ends in an error.
constexpr FormulaSet analysisSet{
    "c",
    "Analysis add-in QUOTIENT",
    fiveTimes("Quotient"),
    {"=QUOTIENT(D#;A#)", "=QUOTIENT(D#;C#)", "=QUOTIENT(G#;A#)", "=QUOTIENT(G#;C#)",
     "=QUOTIENT(D#;E#)"},
};

// The formulas of the one-function workbooks that read the data columns as
// workbook (a) does: the category share in E stands for a share, and
// TURNOVER_ESTIMATE takes the shipments as drivers and E:G as rates (three
// pairs, one of them skipped at every gap).
constexpr auto columnFormulas = std::to_array<std::pair<std::string_view, std::string_view>>({
    {"share", "=SHARE(A#:C#;D#)"},
    {"wallet", "=WALLET(D#;E#;F#)"},
    {"loyaltyTier", "=LOYALTYTIER(E#)"},
    {"turnoverEstimate", "=TURNOVER_ESTIMATE(A#:C#;E#:G#)"},
    {"turnoverCheck", "=TURNOVER_CHECK(G#;D#)"},
    {"targetShipment", "=TARGET_SHIPMENT(D#;0.05;A#;12;6)"},
    // The first ten clients are the peers of every row, by one driver: a
    // larger peer table would weigh Calc's packing of it, not the call.
    {"turnoverPeers", "=TURNOVER_PEERS($D$2:$D$11;$A$2:$A$11;A#)"},
});

// What a one-function workbook types for a function: its formula over the
// data columns, or for a function with no column to read (a tier, a rank)
// the first of its contract examples that reads no cells and gives a value.
std::string_view oneFunctionFormula(std::string_view programmaticName) {
    for (const auto& [name, formula] : columnFormulas) {
        if (name == programmaticName) {
            return formula;
        }
    }
    for (const reference::Example& example : reference::examples()) {
        if (example.programmaticName == programmaticName &&
            example.cells == reference::ExampleCells::None &&
            !std::holds_alternative<Error>(example.result)) {
            return example.formula;
        }
    }
    throw std::logic_error("a function with no example that gives a value");
}

FormulaSet oneFunction(std::string_view name, std::string_view pattern) {
    return {name, "alone in all five formula columns", fiveTimes(name), fiveTimes(pattern)};
}

} // namespace

const FormulaSet& formulaSetOf(Variant variant) {
    switch (variant) {
    case Variant::Walletshare:
        return walletshareSet;
    case Variant::BuiltIn:
        return builtInSet;
    case Variant::AnalysisAddIn:
        break;
    }
    return analysisSet;
}

const std::vector<FormulaSet>& oneFunctionSets() {
    static const std::vector<FormulaSet> sets = [] {
        std::vector<FormulaSet> all;
        all.reserve(description::functions.size() + 1);
        for (const description::Function& function : description::functions) {
            all.push_back(oneFunction(
                catalog::text(function.programmaticName, Language::English)->displayName,
                oneFunctionFormula(function.programmaticName)));
        }
        // Not ours: an Analysis add-in function with a range argument, to
        // show what Calc and the bridge charge any add-in for one.
        all.push_back(oneFunction("SERIESSUM", "=SERIESSUM(E#;1;1;A#:C#)"));
        return all;
    }();
    return sets;
}

std::vector<std::string> headings(const FormulaSet& formulas) {
    std::vector<std::string> row{"Shipments 1",    "Shipments 2", "Shipments 3",       "Turnover",
                                 "Category share", "Margin",      "Manager's turnover"};
    row.insert(row.end(), formulas.headings.begin(), formulas.headings.end());
    return row;
}

std::vector<DataCell> clientData(std::size_t client) {
    // Spread so that the shares fall into every tier from 0 to 3 and the
    // turnover checks into all three answers.
    const auto turnover = 1000000.0 + static_cast<double>((client * 7919) % 9000) * 1000.0;
    const bool gap = client % 7 == 3;
    return {
        20000.0 + static_cast<double>((client * 37) % 50000),
        gap ? std::nullopt : DataCell{25000.0 + static_cast<double>((client * 53) % 40000)},
        30000.0 + static_cast<double>((client * 71) % 30000),
        turnover,
        0.05 + static_cast<double>(client % 20) * 0.01,
        0.1 + static_cast<double>(client % 5) * 0.05,
        turnover * (0.5 + static_cast<double>(client % 10) * 0.1),
    };
}

std::vector<std::string> clientFormulas(const FormulaSet& formulas, std::size_t row) {
    std::vector<std::string> texts;
    texts.reserve(formulaColumns);
    for (const auto pattern : formulas.patterns) {
        texts.push_back(boost::replace_all_copy(std::string(pattern), "#", std::to_string(row)));
    }
    return texts;
}

} // namespace walletshare::bench
