// A fresh directory that disappears, with everything in it, with this object:
// the private office's profile, caches and logs live in one.
#pragma once

#include <filesystem>
#include <string_view>

namespace walletshare::office {

class TemporaryDirectory {
public:
    // A new directory `<parent>/<prefix>XXXXXX` (mkdtemp: unique and private).
    TemporaryDirectory(const std::filesystem::path& parent, std::string_view prefix);
    ~TemporaryDirectory();

    TemporaryDirectory(const TemporaryDirectory&) = delete;
    TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;
    TemporaryDirectory(TemporaryDirectory&&) = delete;
    TemporaryDirectory& operator=(TemporaryDirectory&&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

} // namespace walletshare::office
