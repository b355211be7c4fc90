#include "workbook_layout.hpp"

#include <array>

namespace walletshare::bench {

namespace {

std::string replaceRow(std::string_view pattern, std::size_t row) {
    // "#" stands for the row number in the formula patterns below.
    const std::string number = std::to_string(row);
    std::string formula;
    for (const char character : pattern) {
        if (character == '#') {
            formula += number;
        } else {
            formula += character;
        }
    }
    return formula;
}

// Column H is the share, which LOYALTYTIER reads in column J.
constexpr std::array<std::string_view, formulaColumns> walletshareFormulas{
    "=SHARE(A#:C#;D#)",       "=WALLET(D#;E#;F#)",
    "=LOYALTYTIER(H#)",       "=TARGET_SHIPMENT(D#;0.05;A#;12;6)",
    "=TURNOVER_CHECK(G#;D#)",
};

// The same arithmetic with Calc's own functions. LOYALTYTIER's 1e-12
// tolerance is added to the share before MATCH looks it up among the
// thresholds; a share below the first threshold is #N/A there, tier 0 here.
// The ramp holds today's shipments when the share is already at the target.
constexpr std::array<std::string_view, formulaColumns> builtInFormulas{
    "=SUM(A#:C#)/SUM(D#)",
    "=D#*E#*(1-F#)",
    "=IFERROR(MATCH(H#+1E-12;{0.01;0.05;0.1;0.5};1);0)",
    "=IF(A#/D#>=0.05-1E-12;A#;(A#/D#+(0.05-A#/D#)*6/12)*D#)",
    "=IF(G#<D#*(1-0.3);-1;IF(G#>D#*(1+0.3);1;0))",
};

// Numbers that are never a gap nor zero, so that no cell ends in an error.
constexpr std::array<std::string_view, formulaColumns> analysisFormulas{
    "=QUOTIENT(D#;A#)", "=QUOTIENT(D#;C#)", "=QUOTIENT(G#;A#)",
    "=QUOTIENT(G#;C#)", "=QUOTIENT(D#;E#)",
};

const std::array<std::string_view, formulaColumns>& patternsOf(Variant variant) {
    switch (variant) {
    case Variant::Walletshare:
        return walletshareFormulas;
    case Variant::BuiltIn:
        return builtInFormulas;
    case Variant::AnalysisAddIn:
        break;
    }
    return analysisFormulas;
}

} // namespace

std::string_view letterOf(Variant variant) {
    switch (variant) {
    case Variant::Walletshare:
        return "a";
    case Variant::BuiltIn:
        return "b";
    case Variant::AnalysisAddIn:
        break;
    }
    return "c";
}

std::string_view nameOf(Variant variant) {
    switch (variant) {
    case Variant::Walletshare:
        return "Walletshare functions";
    case Variant::BuiltIn:
        return "Calc built-in formulas";
    case Variant::AnalysisAddIn:
        break;
    }
    return "Analysis add-in QUOTIENT";
}

std::vector<std::string> headings(Variant variant) {
    std::vector<std::string> row{"Shipments 1",    "Shipments 2", "Shipments 3",       "Turnover",
                                 "Category share", "Margin",      "Manager's turnover"};
    if (variant == Variant::AnalysisAddIn) {
        row.insert(row.end(), formulaColumns, "Quotient");
    } else {
        row.insert(row.end(), {"Share", "Wallet", "Tier", "Plan month 6", "Turnover check"});
    }
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

std::vector<std::string> clientFormulas(Variant variant, std::size_t row) {
    std::vector<std::string> formulas;
    formulas.reserve(formulaColumns);
    for (const auto pattern : patternsOf(variant)) {
        formulas.push_back(replaceRow(pattern, row));
    }
    return formulas;
}

} // namespace walletshare::bench
