// Every described function (walletshare/description.hpp) called through
// callDescribed, with arguments built from its description alone: what holds
// for any function, so that a new function is checked here without a line
// of this file changing. The answers are held to the errors that the
// function reference documents for the function (reference::errors).
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <ostream>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include <com/sun/star/uno/XComponentContext.hpp>

#include "addin_calls.hpp"
#include "described_methods.hpp"
#include "walletshare/description.hpp"
#include "walletshare/reference/texts.hpp"

namespace walletshare::description {

// How gtest prints a parameter: by its programmatic name.
// NOLINTNEXTLINE(readability-identifier-naming): the name gtest looks up.
void PrintTo(const Function& function, std::ostream* out) {
    *out << function.programmaticName;
}

} // namespace walletshare::description

namespace walletshare::addin_test {
namespace {

using description::Function;
using description::Kind;

// Calc's code for a core error, as in addin_calls.hpp.
std::uint32_t calcCodeOf(Error error) {
    switch (error) {
    case Error::InvalidArgument:
        return calc_error::invalidArgument;
    case Error::DivisionByZero:
        return calc_error::divisionByZero;
    case Error::NotAvailable:
        return calc_error::notAvailable;
    case Error::WrongType:
        return calc_error::noValue;
    }
    return 0;
}

// The function's required arguments as 1 (a range as the 1x1 range of 1),
// every optional one left out.
std::vector<Any> requiredOnes(const Function& function) {
    std::vector<Any> arguments;
    for (const auto& argument : function.arguments) {
        switch (argument.kind) {
        case Kind::Range:
            arguments.push_back(asAny(single(1.0)));
            break;
        case Kind::Number:
            arguments.push_back(number(1.0));
            break;
        case Kind::OptionalNumber:
        case Kind::OptionalRange:
        case Kind::OptionalText:
            arguments.push_back(leftOut());
            break;
        }
    }
    return arguments;
}

// The answer is a finite number, a text that is not empty, or one of the
// errors that the reference documents for the function.
::testing::AssertionResult isValueOrDocumentedError(const Any& answer, const Function& function) {
    double value = 0.0;
    rtl::OUString string;
    if (answer.getValueTypeClass() == css::uno::TypeClass_STRING && (answer >>= string) &&
        !string.isEmpty()) {
        return ::testing::AssertionSuccess();
    }
    if (answer.getValueTypeClass() == css::uno::TypeClass_DOUBLE && (answer >>= value) &&
        std::isfinite(value)) {
        return ::testing::AssertionSuccess();
    }
    const auto documented = reference::errors(function.programmaticName, Language::English);
    for (const auto& error : documented) {
        if (isError(answer, calcCodeOf(error.error))) {
            return ::testing::AssertionSuccess();
        }
    }
    return ::testing::AssertionFailure()
           << function.programmaticName << " gave " << describe(answer)
           << ", neither a number, a text nor one of its " << documented.size()
           << " documented errors";
}

class DescribedCall : public ::testing::TestWithParam<Function> {
protected:
    Any call(std::span<const Any> arguments) {
        return addin::callDescribed(*addIn_, GetParam(), arguments);
    }

private:
    // As the benchmarks create it: no component context at all.
    rtl::Reference<addin::ShareOfWallet> addIn_{
        new addin::ShareOfWallet(css::uno::Reference<css::uno::XComponentContext>())};
};

TEST_P(DescribedCall, RequiredArgumentsOfOneGiveAValueOrADocumentedError) {
    // For today's functions the contract answers all of these with a value
    // (SHARE(1;1) = 1, LOYALTYTIER(1) = 4, RANKSHARE(1;1) = 1, ...); a
    // documented error would keep the promise too.
    const auto arguments = requiredOnes(GetParam());
    EXPECT_TRUE(isValueOrDocumentedError(call(arguments), GetParam()));
}

TEST_P(DescribedCall, WrongNumberOfArgumentsThrows) {
    const Function& function = GetParam();
    auto arguments = requiredOnes(function);
    if (!arguments.empty()) {
        EXPECT_THROW(call({}), std::invalid_argument);
        EXPECT_THROW(call(std::span(arguments).first(arguments.size() - 1)), std::invalid_argument);
    }
    arguments.push_back(leftOut());
    EXPECT_THROW(call(arguments), std::invalid_argument);
}

TEST_P(DescribedCall, RequiredArgumentOfTheWrongTypeThrows) {
    // A range where Calc passes a double, and the other way round; a required
    // argument left out is never passed by Calc either.
    const Function& function = GetParam();
    for (std::size_t index = 0; index < function.requiredCount(); ++index) {
        const bool range = function.arguments[index].kind == Kind::Range;
        for (const Any& wrong : {range ? number(1.0) : asAny(single(1.0)), leftOut(), text("1")}) {
            auto arguments = requiredOnes(function);
            arguments[index] = wrong;
            EXPECT_THROW(call(arguments), std::invalid_argument)
                << function.arguments[index].name << " given " << describe(wrong);
        }
    }
}

std::string programmaticNameOf(const ::testing::TestParamInfo<Function>& info) {
    return std::string(info.param.programmaticName);
}

INSTANTIATE_TEST_SUITE_P(EveryFunction, DescribedCall, ::testing::ValuesIn(description::functions),
                         programmaticNameOf);

// One argument of a described function.
struct DescribedArgument {
    const Function* function;
    std::size_t index;

    [[nodiscard]] const description::Argument& argument() const {
        return function->arguments[index];
    }
};

// NOLINTNEXTLINE(readability-identifier-naming): the name gtest looks up.
void PrintTo(const DescribedArgument& argument, std::ostream* out) {
    *out << argument.function->programmaticName << " " << argument.argument().name;
}

// Every argument of every described function that is of one of the kinds.
std::vector<DescribedArgument> argumentsOfKind(std::initializer_list<Kind> kinds) {
    std::vector<DescribedArgument> found;
    for (const auto& function : description::functions) {
        for (std::size_t index = 0; index < function.argumentCount(); ++index) {
            if (std::ranges::find(kinds, function.arguments[index].kind) != kinds.end()) {
                found.push_back({&function, index});
            }
        }
    }
    return found;
}

std::string argumentNameOf(const ::testing::TestParamInfo<DescribedArgument>& info) {
    return std::string(info.param.function->programmaticName) + "_" +
           std::string(info.param.argument().name);
}

class DescribedArgumentCall : public ::testing::TestWithParam<DescribedArgument> {
protected:
    // The function's required arguments of one and its optional ones left
    // out, but for this argument.
    Any callWith(const Any& value) {
        const Function& function = *GetParam().function;
        auto arguments = requiredOnes(function);
        arguments.at(GetParam().index) = value;
        return addin::callDescribed(*addIn_, function, arguments);
    }

private:
    rtl::Reference<addin::ShareOfWallet> addIn_{
        new addin::ShareOfWallet(css::uno::Reference<css::uno::XComponentContext>())};
};

class OptionalNumber : public DescribedArgumentCall {};

TEST_P(OptionalNumber, TextThatIsNotANumberIsValueError) {
    EXPECT_TRUE(isError(callWith(text("abc")), calc_error::noValue));
}

INSTANTIATE_TEST_SUITE_P(EveryFunction, OptionalNumber,
                         ::testing::ValuesIn(argumentsOfKind({Kind::OptionalNumber})),
                         argumentNameOf);

class RangeOrOptionalRange : public DescribedArgumentCall {};

TEST_P(RangeOrOptionalRange, WithoutNumbersGivesAValueOrADocumentedError) {
    // No cells at all, rows without cells, and empty cells (Z1:Z3 and A1:C1).
    for (const auto& empty :
         {CalcRange(), CalcRange(3), grid({{emptyCell()}, {emptyCell()}, {emptyCell()}}),
          grid({{emptyCell(), emptyCell(), emptyCell()}})}) {
        EXPECT_TRUE(isValueOrDocumentedError(callWith(asAny(empty)), *GetParam().function))
            << "a range of " << empty.getLength() << " rows";
    }
}

INSTANTIATE_TEST_SUITE_P(EveryFunction, RangeOrOptionalRange,
                         ::testing::ValuesIn(argumentsOfKind({Kind::Range, Kind::OptionalRange})),
                         argumentNameOf);

TEST(DescribedCallOfAnotherFunction, Throws) {
    const rtl::Reference<addin::ShareOfWallet> addIn(
        new addin::ShareOfWallet(css::uno::Reference<css::uno::XComponentContext>()));
    const Function unknown{"noSuchFunction", description::financial, {}};
    EXPECT_THROW(addin::callDescribed(*addIn, unknown, {}), std::invalid_argument);
}

} // namespace
} // namespace walletshare::addin_test
