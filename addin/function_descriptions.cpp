// What the Function Wizard shows: every answer comes from the core's description and texts,
// in the language Calc set.
#include <cppuhelper/supportsservice.hxx>

#include "interface_language.hpp"
#include "share_of_wallet.hpp"
#include "walletshare/catalog.hpp"
#include "walletshare/uno/text.hpp"

namespace walletshare::addin {

namespace {

const catalog::ArgumentText* argumentText(const OUString& programmaticName, sal_Int32 argument,
                                          Language language) {
    const auto* text = catalog::text(uno::utf8Of(programmaticName), language);
    if (text == nullptr || argument < 0 ||
        static_cast<std::size_t>(argument) >= text->arguments.size()) {
        return nullptr;
    }
    return &text->arguments[static_cast<std::size_t>(argument)];
}

} // namespace

OUString ShareOfWallet::getProgrammaticFuntionName(const OUString& displayName) {
    const auto name = uno::utf8Of(displayName);
    for (const auto& text : catalog::texts(wizardLanguage_).functions) {
        if (text.displayName == name) {
            return uno::ouStringOf(text.programmaticName);
        }
    }
    return {};
}

OUString ShareOfWallet::getDisplayFunctionName(const OUString& programmaticName) {
    const auto* text = catalog::text(uno::utf8Of(programmaticName), wizardLanguage_);
    return text == nullptr ? OUString() : uno::ouStringOf(text->displayName);
}

OUString ShareOfWallet::getFunctionDescription(const OUString& programmaticName) {
    const auto* text = catalog::text(uno::utf8Of(programmaticName), wizardLanguage_);
    return text == nullptr ? OUString() : uno::ouStringOf(text->description);
}

OUString ShareOfWallet::getDisplayArgumentName(const OUString& programmaticName,
                                               sal_Int32 argument) {
    const auto* text = argumentText(programmaticName, argument, wizardLanguage_);
    return text == nullptr ? OUString() : uno::ouStringOf(text->name);
}

OUString ShareOfWallet::getArgumentDescription(const OUString& programmaticName,
                                               sal_Int32 argument) {
    const auto* text = argumentText(programmaticName, argument, wizardLanguage_);
    return text == nullptr ? OUString() : uno::ouStringOf(text->description);
}

OUString ShareOfWallet::getProgrammaticCategoryName(const OUString& programmaticName) {
    const auto* function = description::find(uno::utf8Of(programmaticName));
    return function == nullptr ? OUString("Add-In") : uno::ouStringOf(function->category);
}

// Calc translates its own category names itself.
OUString ShareOfWallet::getDisplayCategoryName(const OUString& programmaticName) {
    return getProgrammaticCategoryName(programmaticName);
}

void ShareOfWallet::setLocale(const css::lang::Locale& locale) {
    locale_ = locale;
    wizardLanguage_ = spokenLanguage(locale.Language);
}

css::lang::Locale ShareOfWallet::getLocale() {
    return locale_;
}

OUString ShareOfWallet::getServiceName() {
    return uno::ouStringOf(serviceName);
}

OUString ShareOfWallet::getImplementationName() {
    return uno::ouStringOf(serviceName);
}

sal_Bool ShareOfWallet::supportsService(const OUString& name) {
    return cppu::supportsService(this, name) ? sal_True : sal_False;
}

css::uno::Sequence<OUString> ShareOfWallet::getSupportedServiceNames() {
    css::uno::Sequence<OUString> names(2);
    names.getArray()[0] = uno::ouStringOf(serviceName);
    names.getArray()[1] = OUString("com.sun.star.sheet.AddIn");
    return names;
}

} // namespace walletshare::addin
