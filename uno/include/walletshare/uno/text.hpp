// Text and paths between UNO (UTF-16 OUString, file URLs) and plain C++
// (UTF-8 std::string, std::filesystem::path), for every UNO-side target.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

#include <osl/file.hxx>
#include <rtl/ustring.hxx>

namespace walletshare::uno {

inline std::string utf8Of(const rtl::OUString& text) {
    const rtl::OString utf8 = rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
    return {utf8.getStr(), static_cast<std::size_t>(utf8.getLength())};
}

inline rtl::OUString ouStringOf(std::string_view utf8) {
    return {utf8.data(), static_cast<sal_Int32>(utf8.size()), RTL_TEXTENCODING_UTF8};
}

// A file URL with the escaping that the office expects (spaces, non-ASCII).
inline rtl::OUString fileUrlOf(const std::filesystem::path& path) {
    rtl::OUString url;
    const auto absolute = std::filesystem::absolute(path);
    if (osl::FileBase::getFileURLFromSystemPath(ouStringOf(absolute.string()), url) !=
        osl::FileBase::E_None) {
        throw std::runtime_error("no file URL for " + absolute.string());
    }
    return url;
}

} // namespace walletshare::uno
