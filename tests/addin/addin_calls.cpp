#include "addin_calls.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <sstream>
#include <vector>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <cppuhelper/implbase1.hxx>

#include "walletshare/uno/text.hpp"

namespace walletshare::addin_test {

namespace {

// The node /org.openoffice.Setup/L10N, holding only ooLocale.
class LocaleSettings final : public cppu::WeakImplHelper1<css::container::XNameAccess> {
public:
    explicit LocaleSettings(const rtl::OUString& locale) : locale_(locale) {}

    Any SAL_CALL getByName(const rtl::OUString& name) override {
        if (name != "ooLocale") {
            throw css::container::NoSuchElementException(name);
        }
        return Any(locale_);
    }
    css::uno::Sequence<rtl::OUString> SAL_CALL getElementNames() override {
        const rtl::OUString name("ooLocale");
        return {&name, 1};
    }
    sal_Bool SAL_CALL hasByName(const rtl::OUString& name) override {
        return name == "ooLocale" ? sal_True : sal_False;
    }
    css::uno::Type SAL_CALL getElementType() override {
        return cppu::UnoType<rtl::OUString>::get();
    }
    sal_Bool SAL_CALL hasElements() override { return sal_True; }

private:
    rtl::OUString locale_;
};

// The configuration provider: a read-only access to the L10N node, and
// nothing else.
class ConfigurationProvider final : public cppu::WeakImplHelper1<css::lang::XMultiServiceFactory> {
public:
    explicit ConfigurationProvider(const rtl::OUString& locale) : locale_(locale) {}

    css::uno::Reference<css::uno::XInterface>
        SAL_CALL createInstance(const rtl::OUString& service) override {
        throw css::uno::Exception("no " + service + " without arguments", nullptr);
    }
    css::uno::Reference<css::uno::XInterface>
        SAL_CALL createInstanceWithArguments(const rtl::OUString& service,
                                             const css::uno::Sequence<Any>& arguments) override {
        rtl::OUString path;
        for (const auto& argument : arguments) {
            css::beans::NamedValue named;
            if ((argument >>= named) && named.Name == "nodepath") {
                named.Value >>= path;
            }
        }
        if (service != "com.sun.star.configuration.ConfigurationAccess" ||
            path != "/org.openoffice.Setup/L10N") {
            throw css::uno::Exception("no " + service + " of " + path, nullptr);
        }
        return static_cast<cppu::OWeakObject*>(new LocaleSettings(locale_));
    }
    css::uno::Sequence<rtl::OUString> SAL_CALL getAvailableServiceNames() override {
        const rtl::OUString name("com.sun.star.configuration.ConfigurationAccess");
        return {&name, 1};
    }

private:
    rtl::OUString locale_;
};

// A component context that supplies only the configuration provider, or
// nothing.
class OfficeContext final : public cppu::WeakImplHelper1<css::uno::XComponentContext> {
public:
    explicit OfficeContext(const css::uno::Reference<css::lang::XMultiServiceFactory>& provider)
        : provider_(provider) {}

    Any SAL_CALL getValueByName(const rtl::OUString& name) override {
        if (provider_.is() && name == "/singletons/com.sun.star.configuration.theDefaultProvider") {
            return Any(provider_);
        }
        return {};
    }
    css::uno::Reference<css::lang::XMultiComponentFactory> SAL_CALL getServiceManager() override {
        return {};
    }

private:
    css::uno::Reference<css::lang::XMultiServiceFactory> provider_;
};

} // namespace

rtl::Reference<addin::ShareOfWallet> makeAddIn(std::optional<std::string_view> interfaceLocale) {
    css::uno::Reference<css::lang::XMultiServiceFactory> provider;
    if (interfaceLocale) {
        provider = new ConfigurationProvider(uno::ouStringOf(*interfaceLocale));
    }
    const css::uno::Reference<css::uno::XComponentContext> context(new OfficeContext(provider));
    return {new addin::ShareOfWallet(context)};
}

Any number(double value) {
    return Any(value);
}

Any text(std::string_view utf8) {
    return Any(uno::ouStringOf(utf8));
}

Any emptyCell() {
    return Any(rtl::OUString());
}

Any leftOut() {
    return {};
}

CalcRange grid(std::initializer_list<std::initializer_list<Any>> rows) {
    CalcRange range(static_cast<sal_Int32>(rows.size()));
    auto* target = range.getArray();
    for (const auto& cells : rows) {
        const std::vector<Any> values(cells);
        *target++ = css::uno::Sequence<Any>(values.data(), static_cast<sal_Int32>(values.size()));
    }
    return range;
}

CalcRange single(double value) {
    return grid({{number(value)}});
}

CalcRange row(std::initializer_list<double> values) {
    std::vector<Any> cells;
    for (const double value : values) {
        cells.push_back(number(value));
    }
    CalcRange range(1);
    range.getArray()[0] =
        css::uno::Sequence<Any>(cells.data(), static_cast<sal_Int32>(cells.size()));
    return range;
}

CalcRange column(std::initializer_list<double> values) {
    CalcRange range(static_cast<sal_Int32>(values.size()));
    auto* target = range.getArray();
    for (const double value : values) {
        const Any cell = number(value);
        *target++ = css::uno::Sequence<Any>(&cell, 1);
    }
    return range;
}

Any asAny(const CalcRange& range) {
    return Any(range);
}

std::uint32_t calcErrorOf(const Any& answer) {
    double value = 0.0;
    if (answer.getValueTypeClass() != css::uno::TypeClass_DOUBLE || !(answer >>= value) ||
        !std::isnan(value)) {
        return 0;
    }
    const auto low = static_cast<std::uint32_t>(std::bit_cast<std::uint64_t>(value));
    return (low & 0xffff0000U) != 0 ? calc_error::noValue : low;
}

std::string describe(const Any& answer) {
    std::ostringstream out;
    double value = 0.0;
    rtl::OUString string;
    if (!answer.hasValue()) {
        out << "void";
    } else if (answer.getValueTypeClass() == css::uno::TypeClass_DOUBLE && (answer >>= value)) {
        if (std::isnan(value)) {
            out << "error " << calcErrorOf(answer) << " (NaN bits 0x" << std::hex
                << std::bit_cast<std::uint64_t>(value) << ")";
        } else {
            out.precision(17);
            out << "number " << value;
        }
    } else if (answer >>= string) {
        out << "text \"" << uno::utf8Of(string) << "\"";
    } else {
        out << "a value of type " << uno::utf8Of(answer.getValueTypeName());
    }
    return out.str();
}

::testing::AssertionResult isError(const Any& answer, std::uint32_t code) {
    double value = 0.0;
    if (answer.getValueTypeClass() == css::uno::TypeClass_DOUBLE && (answer >>= value) &&
        std::isnan(value) && (std::bit_cast<std::uint64_t>(value) >> 51) == 0xfffU &&
        calcErrorOf(answer) == code) {
        return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure()
           << "expected error " << code << ", got " << describe(answer);
}

::testing::AssertionResult isNumber(const Any& answer, double expected, double tolerance) {
    double value = 0.0;
    if (answer.getValueTypeClass() == css::uno::TypeClass_DOUBLE && (answer >>= value) &&
        std::isfinite(value) &&
        std::abs(value - expected) <= tolerance * std::max(1.0, std::abs(expected))) {
        return ::testing::AssertionSuccess();
    }
    std::ostringstream wanted;
    wanted.precision(17);
    wanted << expected;
    return ::testing::AssertionFailure()
           << "expected number " << wanted.str() << ", got " << describe(answer);
}

::testing::AssertionResult isText(const Any& answer, std::string_view expected) {
    rtl::OUString string;
    if (answer.getValueTypeClass() == css::uno::TypeClass_STRING && (answer >>= string) &&
        uno::utf8Of(string) == expected) {
        return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure()
           << "expected text \"" << std::string(expected) << "\", got " << describe(answer);
}

} // namespace walletshare::addin_test
