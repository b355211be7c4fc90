// Text between UNO (UTF-16 OUString) and the core (UTF-8).
#pragma once

#include <string>
#include <string_view>

#include <rtl/ustring.hxx>

namespace walletshare::addin {

using rtl::OUString;

inline std::string utf8Of(const OUString& text) {
    const rtl::OString utf8 = rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
    return {utf8.getStr(), static_cast<std::size_t>(utf8.getLength())};
}

inline OUString ouStringOf(std::string_view utf8) {
    return {utf8.data(), static_cast<sal_Int32>(utf8.size()), RTL_TEXTENCODING_UTF8};
}

} // namespace walletshare::addin
