#include "walletshare/reference/examples.hpp"

#include <array>
#include <cctype>
#include <charconv>

#include "walletshare/catalog.hpp"
#include "walletshare/reference/texts.hpp"

namespace walletshare::reference {

namespace {

using enum ExampleCells;

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
    return std::string(
        texts(language).errorNames.at(static_cast<std::size_t>(std::get<Error>(result))));
}

} // namespace walletshare::reference
