// The language of the office's interface, which TIERNAME speaks by default.
#pragma once

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include "walletshare/functions.hpp"

namespace walletshare::addin {

// Read from the office's configuration (the locale the interface was started
// in), or fallbackLanguage when Walletshare does not speak it. setLocale cannot tell it: Calc sets
// the interface language to read the Function Wizard texts, then en-US on the same object to read
// the English names, and calls the functions on it afterwards. English when the configuration
// cannot be read.
// The language Walletshare speaks to an office in a locale such as "ru-RU":
// fallbackLanguage when it speaks none for it.
Language spokenLanguage(const rtl::OUString& tag);

Language officeInterfaceLanguage(const css::uno::Reference<css::uno::XComponentContext>& context);

} // namespace walletshare::addin
