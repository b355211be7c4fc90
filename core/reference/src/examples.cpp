#include "walletshare/reference/examples.hpp"

#include <array>
#include <cctype>
#include <charconv>

#include "walletshare/catalog.hpp"
#include "walletshare/reference/texts.hpp"

namespace walletshare::reference {

namespace {

using enum ExampleCells;

constexpr auto shipmentsInB2ToM2 = std::to_array<ExampleCell>({
    {"B2", 30000},
    {"C2", 30000},
    {"D2", 30000},
    {"E2", 30000},
    {"F2", 30000},
    {"G2", 30000},
    {"H2", 30000},
    {"I2", 30000},
    {"J2", 30000},
    {"K2", 30000},
    {"L2", 30000},
    {"M2", 30000},
});

constexpr auto peersAndClients = std::to_array<ExampleCell>({
    {"A2", 5200000}, {"B2", 6},   {"C2", 400},     {"A3", 2100000}, {"B3", 2},       {"C3", 180},
    {"A4", 9800000}, {"B4", 12},  {"C4", 700},     {"A5", 1500000}, {"B5", 1},       {"C5", 150},
    {"A6", 7400000}, {"B6", 8},   {"C6", 620},     {"A7", 3300000}, {"B7", 3},       {"C7", 260},
    {"E2", 6},       {"F2", 400}, {"E3", 4},       {"F3", 300},     {"H2", 1000000}, {"I2", 1},
    {"H3", 2000000}, {"I3", 2},   {"H4", 4000000}, {"I4", 4},       {"H5", 8000000}, {"I5", 8},
});

constexpr auto bothClients = std::to_array<double>({5256887.3914953712, 3800459.1609645556});

constexpr auto table = std::to_array<Example>({
    {"share", "=SHARE(30000; 5000000)", 0.006},
    {"share", "=SHARE(B2:M2; 60000000)", 0.006, ShipmentsInB2ToM2},
    {"share", "=SHARE(30000; 0)", Error::DivisionByZero},
    {"share", "=SHARE(30000; -5)", Error::InvalidArgument},
    {"share", "=SHARE(30000; Z1:Z5)", Error::NotAvailable, EmptyZ1ToZ5},
    {"share", "=SHARE(30000; Z99)", Error::DivisionByZero, EmptyZ99},
    {"wallet", "=WALLET(5000000; 0.08; 0.25)", 300000.0},
    {"wallet", "=WALLET(5000000; 0.08; 0.25; TRUE())", 320000.0},
    {"wallet", "=SHARE(30000; WALLET(5000000; 0.08; 0.25))", 0.1},
    {"loyaltyTier", "=LOYALTYTIER(0.006)", 0.0},
    {"loyaltyTier", "=LOYALTYTIER(0.01)", 1.0},
    {"loyaltyTier", "=LOYALTYTIER(0.3-0.2)", 3.0},
    {"loyaltyTier", "=LOYALTYTIER(0.5)", 4.0},
    {"loyaltyTier", "=LOYALTYTIER(1.2)", Error::InvalidArgument},
    {"loyaltyTier", "=LOYALTYTIER(0.03; {0.02; 0.1})", 1.0},
    {"loyaltyTier", R"(=LOYALTYTIER(0.03; {0.02; 0.1}; {"C"; "B"; "A"}))", "B"},
    {"tierName", R"(=TIERNAME(0; "en"))", "Indifference"},
    {"tierName", R"(=TIERNAME(1; "en"))", "Top-up supplier"},
    {"tierName", R"(=TIERNAME(2; "en"))", "Target zone"},
    {"tierName", R"(=TIERNAME(3; "en"))", "Main supplier club"},
    {"tierName", R"(=TIERNAME(4; "en"))", "Primary supplier"},
    {"tierName", R"(=TIERNAME(0; "ru"))", "Безразличие"},
    {"tierName", R"(=TIERNAME(1; "ru"))", "Добор"},
    {"tierName", R"(=TIERNAME(2; "ru"))", "Целевая зона"},
    {"tierName", R"(=TIERNAME(3; "ru"))", "Клуб основных поставщиков"},
    {"tierName", R"(=TIERNAME(4; "ru"))", "Основной поставщик"},
    {"tierName", R"(=TIERNAME(5; "en"))", Error::InvalidArgument},
    {"turnoverEstimate", "=TURNOVER_ESTIMATE({6; 400; 35}; {900000; 12000; 150000})", 5250000.0},
    {"turnoverEstimate", "=TURNOVER_ESTIMATE({6; 400; 35}; {900000; 12000; 150000}; ; 1)",
     5150000.0},
    {"turnoverEstimate", "=TURNOVER_ESTIMATE({6; 400; 35}; {900000; 12000; 150000}; 2000000)",
     5250000.0},
    {"turnoverEstimate", "=TURNOVER_ESTIMATE({6; 400; 35}; {900000; 12000; 150000}; 6000000)",
     6000000.0},
    {"turnoverCheck", "=TURNOVER_CHECK(2000000; 5250000)", -1.0},
    {"turnoverCheck", "=TURNOVER_CHECK(5000000; 5250000)", 0.0},
    {"turnoverCheck", "=TURNOVER_CHECK(8000000; 5250000)", 1.0},
    {"targetShipment", "=TARGET_SHIPMENT(5000000; 0.05)", 250000.0},
    {"targetShipment", "=TARGET_SHIPMENT(5000000; 0.1)", 500000.0},
    {"targetShipment", "=TARGET_SHIPMENT(5000000; 0.05; 30000; 12; 6)", 140000.0},
    {"targetShipment", "=TARGET_SHIPMENT(5000000; 0.05; 30000; 12; 12)", 250000.0},
    {"targetShipment", "=TARGET_SHIPMENT(5000000; 0.05; 30000; 12; 13)", 250000.0},
    // 5000000 x 0.006 x (0.05 / 0.006)^(6/12)
    {"targetShipment", "=TARGET_SHIPMENT(5000000; 0.05; 30000; 12; 6; ; 1)", 86602.540378443865},
    // 5000000 x 0.05 x 1.01^12
    {"targetShipment", "=TARGET_SHIPMENT(5000000; 0.05; 30000; 12; 12; 0.01)", 281706.25753299246},
    {"targetShipment", "=TARGET_SHIPMENT(5000000; 0.05; 400000; 12; 6)", 400000.0},
    {"rankShare", "=RANKSHARE(1; 3)", 0.5},
    // (1 - 3/11) x 2/10
    {"rankShare", "=RANKSHARE(3; 10)", 0.14545454545454545},
    {"rankShare", "=RANKSHARE(1; 1)", 1.0},
    {"turnoverPeers", "=TURNOVER_PEERS(H2:H5; I2:I5; 6)", 6000000.0, PeersAndClients},
    {"turnoverPeers", "=TURNOVER_PEERS(A2:A7; B2:C7; E2:F2)", 5256887.3914953712, PeersAndClients},
    {"turnoverPeers", "=TURNOVER_PEERS(A2:A7; B2:C7; E2:F2; 0.9)", 5478041.7387644155,
     PeersAndClients},
    {"turnoverPeers", "=TURNOVER_PEERS(A2:A7; B2:B7; E2)", 5686826.8832451785, PeersAndClients},
    {"turnoverPeers", "=TURNOVER_PEERS(A2:A7; B2:C7; E2:F3)", ExampleColumn(bothClients),
     PeersAndClients},
    {"turnoverPeers", "=TURNOVER_PEERS(A2:A7; B2:C6; E2:F2)", Error::InvalidArgument,
     PeersAndClients},
    {"turnoverPeers", "=TURNOVER_PEERS(A2:A7; B2:C7; E2)", Error::InvalidArgument, PeersAndClients},
    {"turnoverPeers", "=TURNOVER_PEERS(A2:A4; B2:C4; E2:F2)", Error::NotAvailable, PeersAndClients},
});

// Twelve decimals hold every digit the examples have; the first six are shown.
constexpr int computedDecimals = 12;
constexpr int shownDecimals = 6;

bool isNameCharacter(char letter) {
    return std::isalnum(static_cast<unsigned char>(letter)) != 0 || letter == '_';
}

bool isDigit(char letter) {
    return std::isdigit(static_cast<unsigned char>(letter)) != 0;
}

// The name a function called in a formula has in the language, or the name
// itself when it is not ours (a cell reference, a Calc function).
std::string_view localName(std::string_view englishName, Language language) {
    if (englishName == texts(Language::English).trueName) {
        return texts(language).trueName;
    }
    for (const catalog::FunctionText& function : catalog::texts(Language::English).functions) {
        if (function.displayName == englishName) {
            return catalog::text(function.programmaticName, language)->displayName;
        }
    }
    return englishName;
}

std::string shownNumber(double number, Language language) {
    std::array<char, 64> digits{};
    const auto written = std::to_chars(digits.data(), digits.data() + digits.size(), number,
                                       std::chars_format::fixed, computedDecimals);
    std::string shown(digits.data(), written.ptr);
    const std::size_t point = shown.find('.');
    const bool cut = shown.find_first_not_of('0', point + 1 + shownDecimals) != std::string::npos;
    shown.resize(point + 1 + shownDecimals);
    shown.erase(shown.find_last_not_of('0') + 1);
    if (shown.back() == '.') {
        shown.pop_back();
    } else {
        shown[point] = texts(language).decimalSeparator;
    }
    return cut ? shown + "..." : shown;
}

} // namespace

std::span<const Example> examples() {
    return table;
}

std::span<const ExampleCell> numbersOf(ExampleCells cells) {
    switch (cells) {
    case ShipmentsInB2ToM2:
        return shipmentsInB2ToM2;
    case PeersAndClients:
        return peersAndClients;
    case None:
    case EmptyZ1ToZ5:
    case EmptyZ99:
        break;
    }
    return {};
}

std::string localFormula(std::string_view formula, Language language) {
    std::string local;
    std::size_t at = 0;
    while (at < formula.size()) {
        const char letter = formula[at];
        if (letter == '"') {
            const std::size_t closing = formula.find('"', at + 1);
            const std::size_t end =
                closing == std::string_view::npos ? formula.size() : closing + 1;
            local += formula.substr(at, end - at);
            at = end;
        } else if (isNameCharacter(letter) && !isDigit(letter)) {
            std::size_t end = at;
            while (end < formula.size() && isNameCharacter(formula[end])) {
                ++end;
            }
            const std::string_view name = formula.substr(at, end - at);
            const bool called = end < formula.size() && formula[end] == '(';
            local += called ? localName(name, language) : name;
            at = end;
        } else {
            const bool decimalPoint = letter == '.' && at > 0 && isDigit(formula[at - 1]) &&
                                      at + 1 < formula.size() && isDigit(formula[at + 1]);
            local += decimalPoint ? texts(language).decimalSeparator : letter;
            ++at;
        }
    }
    return local;
}

std::string shownResult(const ExampleResult& result, Language language) {
    if (const auto* number = std::get_if<double>(&result)) {
        return shownNumber(*number, language);
    }
    if (const auto* label = std::get_if<std::string_view>(&result)) {
        return std::string(*label);
    }
    if (const auto* column = std::get_if<ExampleColumn>(&result)) {
        std::string shown;
        for (const double row : *column) {
            shown += (shown.empty() ? "" : "; ") + shownNumber(row, language);
        }
        return shown;
    }
    return std::string(
        texts(language).errorNames.at(static_cast<std::size_t>(std::get<Error>(result))));
}

} // namespace walletshare::reference
