#include "interface_language.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

#include "walletshare/uno/text.hpp"

namespace walletshare::addin {

Language spokenLanguage(const rtl::OUString& tag) {
    return languageOfTag(uno::utf8Of(tag)).value_or(fallbackLanguage);
}

Language officeInterfaceLanguage(const css::uno::Reference<css::uno::XComponentContext>& context) {
    // Only a caller outside an office (a benchmark, a test) has no context.
    if (!context.is()) {
        return fallbackLanguage;
    }
    try {
        const auto provider = css::configuration::theDefaultProvider::get(context);
        css::uno::Sequence<css::uno::Any> arguments(1);
        arguments.getArray()[0] <<= css::beans::NamedValue(
            "nodepath", css::uno::Any(rtl::OUString("/org.openoffice.Setup/L10N")));
        const css::uno::Reference<css::container::XNameAccess> settings(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                  arguments),
            css::uno::UNO_QUERY_THROW);
        rtl::OUString locale;
        settings->getByName("ooLocale") >>= locale;
        return spokenLanguage(locale);
    } catch (const css::uno::Exception&) {
        return fallbackLanguage;
    }
}

} // namespace walletshare::addin
