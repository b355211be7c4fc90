// The add-in's argument conversion under arbitrary shapes: every method of
// ShareOfWallet called with anys built from the fuzzer's bytes, far beyond
// what Calc passes (void, doubles including NaN and infinities, booleans,
// texts of any characters, ranges with ragged or empty rows, ranges nested
// in ranges, integers, sequences of the wrong element type). The promise: no
// exception escapes, and every answer is a number (whole -1/0/1 for
// TURNOVER_CHECK, a tier count for LOYALTYTIER), a quiet NaN carrying one of
// the error codes that the function can give, a text for TIERNAME, or for
// LOYALTYTIER with labels one of the labels given. #VALUE! only where an
// argument is an any (the adapter's answer to text or a range where one
// number is expected): elsewhere it would be an exception caught inside.
#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <limits>
#include <span>
#include <type_traits>
#include <vector>

#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include "share_of_wallet.hpp"

namespace {

using walletshare::addin::CalcRange;
using css::uno::Any;

// Calc's codes (formula/errorcodes.hxx), written here rather than taken from
// the adapter so that the target checks its mapping.
constexpr std::uint64_t invalidArgument = 502;
constexpr std::uint64_t noValue = 519;
constexpr std::uint64_t divisionByZero = 532;
constexpr std::uint64_t notAvailable = 0x7fff;

void require(bool kept, const char* promise) {
    if (!kept) {
        (void)std::fputs("broken promise: ", stderr);
        (void)std::fputs(promise, stderr);
        (void)std::fputs("\n", stderr);
        std::abort();
    }
}

// A component context that supplies nothing, as outside an office: the
// interface language cannot be read, so TIERNAME defaults to English.
class EmptyContext final : public cppu::WeakImplHelper1<css::uno::XComponentContext> {
public:
    Any SAL_CALL getValueByName(const rtl::OUString& /*name*/) override { return {}; }
    css::uno::Reference<css::lang::XMultiComponentFactory> SAL_CALL getServiceManager() override {
        return {};
    }
};

// A sequence's elements, to fill in place.
template <class T> std::span<T> elementsOf(css::uno::Sequence<T>& sequence) {
    return {sequence.getArray(), static_cast<std::size_t>(sequence.getLength())};
}

// The fuzzer's bytes as anys. Once the bytes run out every read is 0, so the
// remaining arguments are void.
class Shapes {
public:
    explicit Shapes(std::span<const std::uint8_t> bytes) : bytes_(bytes) {}

    std::uint8_t byte() {
        if (bytes_.empty()) {
            return 0;
        }
        const std::uint8_t value = bytes_.front();
        bytes_ = bytes_.subspan(1);
        return value;
    }

    double number() {
        switch (byte() % 14) {
        case 0:
            return std::numeric_limits<double>::quiet_NaN();
        case 1:
            return std::numeric_limits<double>::infinity();
        case 2:
            return -std::numeric_limits<double>::infinity();
        case 3:
            return 0.0;
        case 4:
            return -0.0;
        case 5:
            return std::numeric_limits<double>::denorm_min();
        case 6:
            return std::numeric_limits<double>::max();
        case 7:
            return std::numeric_limits<double>::lowest();
        case 8:
            return static_cast<double>(byte()) - 128.0;
        case 9:
            return static_cast<double>(byte()) / 256.0;
        case 10:
            // A NaN that already carries an error code, as the add-in returns one.
            return std::bit_cast<double>(0x7FF8000000000000ULL | byte());
        case 11: {
            // One of the contract's thresholds, or just off it.
            constexpr std::array anchors{0.01, 0.05, 0.1, 0.5, 1.0, 12.0, 5000000.0, 30000.0};
            return anchors.at(byte() % anchors.size()) +
                   (static_cast<double>(byte() % 3) - 1.0) * 1e-12;
        }
        default: {
            std::uint64_t bits = 0;
            for (int index = 0; index < 8; ++index) {
                bits = (bits << 8) | byte();
            }
            return std::bit_cast<double>(bits);
        }
        }
    }

    rtl::OUString text() {
        switch (byte() % 4) {
        case 0: {
            static constexpr std::array words{"",    "12",    "-0.5",  "1e6",   "abc",  "ru",
                                              "en",  "EN-us", " 12",   "12abc", "0x10", "inf",
                                              "nan", "1e999", "ru-RU", "de",    "TRUE", "0,5"};
            return rtl::OUString::createFromAscii(words.at(byte() % words.size()));
        }
        case 1: {
            // A number written out as text.
            return rtl::OUString::number(number());
        }
        default: {
            // Any UTF-16 code units, lone surrogates and NUL included.
            std::vector<sal_Unicode> units(byte() % 17);
            for (auto& unit : units) {
                unit = static_cast<sal_Unicode>(byte() << 8 | byte());
            }
            return {units.data(), static_cast<sal_Int32>(units.size())};
        }
        }
    }

    // Rows of cells, each row of its own length (ragged, or empty), a few
    // times a larger block.
    CalcRange range(int depth) { // NOLINT(misc-no-recursion): ranges nest two deep at most
        const std::uint8_t shape = byte();
        const sal_Int32 rows = shape % 64 == 63 ? 40 : shape % 5;
        CalcRange result(rows);
        for (auto& row : elementsOf(result)) {
            const sal_Int32 columns = byte() % 6;
            row.realloc(columns);
            for (auto& cell : elementsOf(row)) {
                cell = value(depth + 1);
            }
        }
        return result;
    }

    Any value(int depth = 0) { // NOLINT(misc-no-recursion): as range
        switch (byte() % 16) {
        case 0:
        case 1:
            return {};
        case 2:
        case 3:
        case 4:
            return Any(number());
        case 5:
            return Any(static_cast<bool>(byte() & 1));
        case 6:
        case 7:
            return Any(text());
        case 8:
        case 9:
            // Ranges inside ranges, up to a point.
            return depth < 2 ? Any(range(depth)) : Any(number());
        case 10:
            return Any(static_cast<sal_Int32>(byte() << 8 | byte()) - 32768);
        case 11:
            return Any(static_cast<float>(number()));
        case 12: {
            css::uno::Sequence<double> numbers(byte() % 4);
            for (auto& element : elementsOf(numbers)) {
                element = number();
            }
            return Any(numbers);
        }
        case 13: {
            css::uno::Sequence<css::uno::Sequence<double>> numbers(byte() % 3);
            for (auto& row : elementsOf(numbers)) {
                row.realloc(byte() % 3);
                for (auto& element : elementsOf(row)) {
                    element = number();
                }
            }
            return Any(numbers);
        }
        case 14: {
            css::uno::Sequence<rtl::OUString> texts(byte() % 3);
            for (auto& element : elementsOf(texts)) {
                element = text();
            }
            return Any(texts);
        }
        default: {
            // A flat sequence of anys: a range missing its rows.
            css::uno::Sequence<Any> cells(byte() % 3);
            for (auto& element : elementsOf(cells)) {
                element = depth < 2 ? value(depth + 1) : Any(number());
            }
            return Any(cells);
        }
        }
    }

private:
    std::span<const std::uint8_t> bytes_;
};

std::uint64_t bitsOf(double value) {
    return std::bit_cast<std::uint64_t>(value);
}

std::uint32_t bitsOf(float value) {
    return std::bit_cast<std::uint32_t>(value);
}

// The answer is a double: a finite number for which `valid` holds, or a quiet
// NaN carrying one of `errors` and nothing else.
template <class Valid>
void requireNumberOrError(const Any& answer, std::initializer_list<std::uint64_t> errors,
                          Valid valid, const char* promise) {
    double value = 0.0;
    require(answer.getValueTypeClass() == css::uno::TypeClass_DOUBLE && (answer >>= value),
            promise);
    if (std::isnan(value)) {
        const std::uint64_t bits = bitsOf(value);
        require(std::ranges::any_of(
                    errors,
                    [bits](std::uint64_t code) { return bits == (0x7FF8000000000000ULL | code); }),
                promise);
        return;
    }
    require(std::isfinite(value) && valid(value), promise);
}

bool anyNumber(double /*value*/) {
    return true;
}

// The same value, with NaNs compared bit for bit wherever they are (a NaN
// label equals no value under UNO's comparison).
bool sameValue(const Any& left, const Any& right); // NOLINT(misc-no-recursion)

// Recursive as deep as the ranges nest.
template <class T>
bool sameElements( // NOLINT(misc-no-recursion)
    const css::uno::Sequence<T>& left, const css::uno::Sequence<T>& right) {
    // NOLINTNEXTLINE(misc-no-recursion)
    return std::ranges::equal(left, right, [](const T& one, const T& other) {
        if constexpr (std::is_same_v<T, Any>) {
            return sameValue(one, other);
        } else if constexpr (std::is_floating_point_v<T>) {
            return bitsOf(one) == bitsOf(other);
        } else {
            return sameElements(one, other);
        }
    });
}

// NOLINTNEXTLINE(misc-no-recursion)
template <class T> bool sameAs(const Any& left, const Any& right, bool& decided) {
    if (decided || left.getValueType() != cppu::UnoType<T>::get()) {
        return false;
    }
    decided = true;
    T one{};
    T other{};
    left >>= one;
    right >>= other;
    if constexpr (std::is_floating_point_v<T>) {
        return bitsOf(one) == bitsOf(other);
    } else {
        return sameElements(one, other);
    }
}

bool sameValue(const Any& left, const Any& right) { // NOLINT(misc-no-recursion)
    if (left.getValueType() != right.getValueType()) {
        return false;
    }
    bool decided = false;
    const bool same =
        sameAs<double>(left, right, decided) || sameAs<float>(left, right, decided) ||
        sameAs<css::uno::Sequence<double>>(left, right, decided) ||
        sameAs<css::uno::Sequence<css::uno::Sequence<double>>>(left, right, decided) ||
        sameAs<css::uno::Sequence<Any>>(left, right, decided) ||
        sameAs<CalcRange>(left, right, decided);
    return decided ? same : left == right;
}

// The labels given: the cells of a range, or the argument itself.
std::vector<Any> candidatesOf(const Any& labels) {
    std::vector<Any> candidates;
    if (labels.getValueType() == cppu::UnoType<CalcRange>::get()) {
        CalcRange range;
        labels >>= range;
        for (const auto& row : range) {
            candidates.insert(candidates.end(), row.begin(), row.end());
        }
    } else {
        candidates.push_back(labels);
    }
    return candidates;
}

} // namespace

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const css::uno::Reference<css::uno::XComponentContext> context(new EmptyContext);
    const rtl::Reference<walletshare::addin::ShareOfWallet> addIn(
        new walletshare::addin::ShareOfWallet(context));
    Shapes shapes({data, size});

    {
        const CalcRange shipments = shapes.range(0);
        const CalcRange turnover = shapes.range(0);
        requireNumberOrError(addIn->share(shipments, turnover),
                             {invalidArgument, divisionByZero, notAvailable}, anyNumber,
                             "SHARE is a number, Err:502, #DIV/0! or #N/A");
    }
    {
        const CalcRange turnover = shapes.range(0);
        const Any category = shapes.value();
        const Any margin = shapes.value();
        const Any isMarkup = shapes.value();
        requireNumberOrError(
            addIn->wallet(turnover, category, margin, isMarkup),
            {invalidArgument, notAvailable, noValue}, [](double value) { return value >= 0.0; },
            "WALLET is a number of at least 0, Err:502, #N/A or #VALUE!");
    }
    {
        const double share = shapes.number();
        const Any thresholds = shapes.value();
        const Any labels = shapes.value();
        const Any tier = addIn->loyaltyTier(share, thresholds, labels);
        double value = 0.0;
        const bool error = tier.getValueTypeClass() == css::uno::TypeClass_DOUBLE &&
                           (tier >>= value) && std::isnan(value) &&
                           (bitsOf(value) == (0x7FF8000000000000ULL | invalidArgument) ||
                            bitsOf(value) == (0x7FF8000000000000ULL | notAvailable));
        if (labels.hasValue() && !error) {
            const auto candidates = candidatesOf(labels);
            require(std::ranges::any_of(
                        candidates, [&tier](const Any& label) { return sameValue(tier, label); }),
                    "LOYALTYTIER with labels is one of the labels, Err:502 or #N/A");
        } else {
            requireNumberOrError(
                tier, {invalidArgument, notAvailable},
                [](double count) { return count >= 0.0 && count == std::floor(count); },
                "LOYALTYTIER is a whole number of at least 0, Err:502 or #N/A");
        }
    }
    {
        const double tier = shapes.number();
        const Any language = shapes.value();
        const Any name = addIn->tierName(tier, language);
        rtl::OUString text;
        if (name.getValueTypeClass() == css::uno::TypeClass_STRING) {
            require((name >>= text) && !text.isEmpty(), "TIERNAME is a name");
        } else {
            requireNumberOrError(
                name, {invalidArgument, noValue}, [](double) { return false; },
                "TIERNAME is a name, Err:502 or #VALUE!");
        }
    }
    {
        const CalcRange drivers = shapes.range(0);
        const CalcRange rates = shapes.range(0);
        const Any figure = shapes.value();
        const Any method = shapes.value();
        requireNumberOrError(
            addIn->turnoverEstimate(drivers, rates, figure, method),
            {invalidArgument, notAvailable, noValue}, [](double value) { return value >= 0.0; },
            "TURNOVER_ESTIMATE is a number of at least 0, Err:502, #N/A or #VALUE!");
    }
    {
        const double figure = shapes.number();
        const double estimate = shapes.number();
        const Any tolerance = shapes.value();
        requireNumberOrError(
            addIn->turnoverCheck(figure, estimate, tolerance), {invalidArgument, noValue},
            [](double value) { return value == -1.0 || value == 0.0 || value == 1.0; },
            "TURNOVER_CHECK is -1, 0 or 1, Err:502 or #VALUE!");
    }
    {
        const double turnover = shapes.number();
        const double target = shapes.number();
        const Any current = shapes.value();
        const Any periods = shapes.value();
        const Any period = shapes.value();
        const Any growth = shapes.value();
        const Any ramp = shapes.value();
        requireNumberOrError(
            addIn->targetShipment(turnover, target, current, periods, period, growth, ramp),
            {invalidArgument, divisionByZero, noValue}, [](double value) { return value >= 0.0; },
            "TARGET_SHIPMENT is a number of at least 0, Err:502, #DIV/0! or #VALUE!");
    }
    {
        const double rank = shapes.number();
        const double suppliers = shapes.number();
        requireNumberOrError(
            addIn->rankShare(rank, suppliers), {invalidArgument},
            [](double value) { return value >= 0.0 && value <= 1.0; },
            "RANKSHARE is a share from 0 to 1 or Err:502");
    }
    return 0;
}
