#include "office_pipes.hpp"

#include <array>
#include <filesystem>
#include <system_error>

#include <rtl/digest.h>

namespace walletshare::office {

namespace {

// osl puts pipes here whatever TMPDIR says.
constexpr std::array<const char*, 2> pipeDirectories{"/tmp", "/var/tmp"};

} // namespace

// As desktop/source/app/officeipcthread.cxx does it: the MD5 of the URL's
// UTF-16 code units, each byte in hex without leading zeros.
std::string singleOfficePipeName(const rtl::OUString& userInstallationUrl) {
    std::array<sal_uInt8, RTL_DIGEST_LENGTH_MD5> digest{};
    rtl_digest_MD5(userInstallationUrl.getStr(),
                   static_cast<sal_uInt32>(userInstallationUrl.getLength() * sizeof(sal_Unicode)),
                   digest.data(), static_cast<sal_uInt32>(digest.size()));
    std::string name = "SingleOfficeIPC_";
    constexpr std::string_view hexDigits = "0123456789abcdef";
    for (const auto byte : digest) {
        if (byte >= 16) {
            name += hexDigits[byte / 16];
        }
        name += hexDigits[byte % 16];
    }
    return name;
}

void removePipeFiles(uid_t uid, const std::vector<std::string>& pipeNames) {
    for (const auto& pipe : pipeNames) {
        const auto file = "OSL_PIPE_" + std::to_string(uid) + "_" + pipe;
        for (const auto* directory : pipeDirectories) {
            std::error_code ignored;
            std::filesystem::remove(std::filesystem::path(directory) / file, ignored);
        }
    }
}

} // namespace walletshare::office
