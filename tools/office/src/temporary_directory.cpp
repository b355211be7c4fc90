#include "walletshare/office/temporary_directory.hpp"

#include <cerrno>
#include <cstdlib>
#include <string>
#include <system_error>

namespace walletshare::office {

TemporaryDirectory::TemporaryDirectory(const std::filesystem::path& parent,
                                       std::string_view prefix) {
    std::filesystem::create_directories(parent);
    std::string pattern = (parent / (std::string(prefix) + "XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw std::system_error(errno, std::generic_category(), "mkdtemp " + pattern);
    }
    path_ = pattern;
}

TemporaryDirectory::~TemporaryDirectory() {
    // Never throw from here: a directory left behind is better than a
    // terminated test run.
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

} // namespace walletshare::office
