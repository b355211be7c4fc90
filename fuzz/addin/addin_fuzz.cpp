// The add-in under arbitrary shapes: a described function (first byte)
// called through callDescribed with one any per argument built from the
// fuzzer's bytes according to its kind: a range as a CalcRange of any shape
// (ragged or empty rows, cells of any type), a required number as any
// double (NaN, infinities and NaNs carrying error codes included), an
// optional argument as an any of any type and shape, far beyond what Calc
// passes (void, doubles, booleans, texts of any characters, ranges nested in
// ranges, integers, sequences of the wrong element type). The promises need
// no line per function, so a new described function is fuzzed as it is: no
// exception escapes; an answer that is one of the values given inside an
// optional range (LOYALTYTIER's labels) is that value; any other answer is a
// text that is not empty, a finite number, or a quiet NaN carrying one of the
// errors that the function reference documents for the function, or #VALUE!
// when the function takes an any (the adapter's answer to text or a range
// where one number is expected; elsewhere it would be an exception caught
// inside).
#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <limits>
#include <span>
#include <type_traits>
#include <vector>

#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ref.hxx>

#include "described_methods.hpp"
#include "share_of_wallet.hpp"
#include "walletshare/description.hpp"
#include "walletshare/reference/texts.hpp"

namespace {

using css::uno::Any;
using walletshare::addin::CalcRange;

using walletshare::description::Function;
using walletshare::description::Kind;

// Calc's codes (formula/errorcodes.hxx), written here rather than taken from
// the adapter so that the target checks its mapping.
constexpr std::uint64_t noValue = 519;

constexpr std::uint64_t codeOf(walletshare::Error error) {
    switch (error) {
    case walletshare::Error::InvalidArgument:
        return 502;
    case walletshare::Error::DivisionByZero:
        return 532;
    case walletshare::Error::NotAvailable:
        return 0x7fff;
    case walletshare::Error::WrongType:
        return noValue;
    }
    return 0;
}

void require(bool kept, const char* promise) {
    if (!kept) {
        (void)std::fputs("broken promise: ", stderr);
        (void)std::fputs(promise, stderr);
        (void)std::fputs("\n", stderr);
        std::abort();
    }
}

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

// The values given inside an optional range argument: the cells of a range,
// or the argument itself (a single value is a range of one). Nothing for an
// argument left out or a void cell, so that a void answer is never one.
void addValuesOf(const Any& argument, std::vector<Any>& values) {
    const auto add = [&values](const Any& value) {
        if (value.hasValue()) {
            values.push_back(value);
        }
    };
    if (argument.getValueType() == cppu::UnoType<CalcRange>::get()) {
        CalcRange range;
        argument >>= range;
        for (const auto& row : range) {
            std::ranges::for_each(row, add);
        }
    } else {
        add(argument);
    }
}

// One any per argument, according to its kind.
std::vector<Any> argumentsFor(const Function& function, Shapes& shapes) {
    std::vector<Any> arguments;
    arguments.reserve(function.argumentCount());
    for (const auto& argument : function.arguments) {
        switch (argument.kind) {
        case Kind::Range:
            arguments.emplace_back(shapes.range(0));
            break;
        case Kind::Number:
            arguments.emplace_back(shapes.number());
            break;
        case Kind::OptionalNumber:
        case Kind::OptionalRange:
        case Kind::OptionalText:
            arguments.push_back(shapes.value());
            break;
        }
    }
    return arguments;
}

// A quiet NaN carrying an error the function may give: one the reference
// documents for it, or #VALUE! when it takes an any.
bool isErrorOf(double value, const Function& function) {
    const std::uint64_t bits = bitsOf(value);
    const auto carries = [bits](std::uint64_t code) {
        return bits == (0x7FF8000000000000ULL | code);
    };
    if (std::ranges::any_of(walletshare::reference::errors(function.programmaticName,
                                                           walletshare::Language::English),
                            [&](const walletshare::catalog::ErrorText& error) {
                                return carries(codeOf(error.error));
                            })) {
        return true;
    }
    return function.requiredCount() < function.argumentCount() && carries(noValue);
}

void requireKept(const Any& answer, const Function& function, std::span<const Any> arguments) {
    std::vector<Any> given;
    for (std::size_t index = 0; index < arguments.size(); ++index) {
        if (function.arguments[index].kind == Kind::OptionalRange) {
            addValuesOf(arguments[index], given);
        }
    }
    if (std::ranges::any_of(given,
                            [&answer](const Any& value) { return sameValue(answer, value); })) {
        return;
    }
    const auto requireNumber = [&function](double value) {
        require(std::isfinite(value) || (std::isnan(value) && isErrorOf(value, function)),
                "a number is finite, or an error documented for the function (#VALUE! when it "
                "takes an any)");
    };
    double value = 0.0;
    rtl::OUString text;
    css::uno::Sequence<css::uno::Sequence<double>> column;
    if (answer.getValueTypeClass() == css::uno::TypeClass_DOUBLE && (answer >>= value)) {
        requireNumber(value);
    } else if (answer >>= column) {
        // One result per row, as an array formula shows it.
        require(column.getLength() > 1, "a column has more than one row");
        for (const auto& row : column) {
            require(row.getLength() == 1, "a column has one cell to a row");
            requireNumber(row[0]);
        }
    } else if (answer.getValueTypeClass() == css::uno::TypeClass_STRING && (answer >>= text)) {
        require(!text.isEmpty(), "a text is not empty");
    } else {
        require(false, "an answer that is neither a number nor a text is a value given inside "
                       "an optional range");
    }
}

} // namespace

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // No component context, as outside an office: TIERNAME speaks English.
    const rtl::Reference<walletshare::addin::ShareOfWallet> addIn(
        new walletshare::addin::ShareOfWallet(css::uno::Reference<css::uno::XComponentContext>()));
    Shapes shapes({data, size});
    const auto& functions = walletshare::description::functions;
    const Function& function = functions.at(shapes.byte() % functions.size());
    const std::vector<Any> arguments = argumentsFor(function, shapes);
    Any answer;
    try {
        answer = walletshare::addin::callDescribed(*addIn, function, arguments);
    } catch (const std::exception& exception) {
        (void)std::fputs(exception.what(), stderr);
        (void)std::fputs("\n", stderr);
        require(false, "no exception escapes");
    } catch (...) {
        require(false, "no exception escapes");
    }
    requireKept(answer, function, arguments);
    return 0;
}
