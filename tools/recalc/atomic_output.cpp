#include "atomic_output.hpp"

#include <algorithm>
#include <atomic>
#include <string>
#include <system_error>

#include <unistd.h>

namespace walletshare::recalc {

namespace {

// Unique within the machine: this process's id and a counter. Hidden, so a
// folder being written reads as work in progress.
std::filesystem::path stagingIn(const std::filesystem::path& directory) {
    static std::atomic<unsigned> staged{0};
    return directory /
           (".walletshare-recalc-" + std::to_string(::getpid()) + "-" + std::to_string(++staged));
}

} // namespace

AtomicOutput::AtomicOutput(const std::filesystem::path& directory)
    : directory_(directory.empty() ? std::filesystem::path(".") : directory),
      staging_(stagingIn(directory_)) {
    for (auto missing = std::filesystem::absolute(directory_);
         !missing.empty() && !std::filesystem::exists(missing) && missing != missing.parent_path();
         missing = missing.parent_path()) {
        created_ = missing;
    }
    // Another worker may remove a folder it created between the two steps.
    constexpr int attempts = 3;
    for (int attempt = 1;; ++attempt) {
        std::filesystem::create_directories(directory_);
        std::error_code gone;
        if (std::filesystem::create_directory(staging_, gone) || attempt == attempts) {
            if (gone) {
                throw std::filesystem::filesystem_error("cannot create a folder", staging_, gone);
            }
            break;
        }
    }
}

AtomicOutput::~AtomicOutput() {
    std::error_code ignored;
    std::filesystem::remove_all(staging_, ignored);
    if (committed_ || created_.empty()) {
        return;
    }
    // Only empty folders go: another workbook may be writing into one.
    for (auto folder = std::filesystem::absolute(directory_);; folder = folder.parent_path()) {
        if (!std::filesystem::remove(folder, ignored) || folder == created_) {
            break;
        }
    }
}

std::filesystem::path AtomicOutput::staged(const std::filesystem::path& fileName) const {
    return staging_ / fileName.filename();
}

std::vector<std::filesystem::path> AtomicOutput::commit() {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(staging_)) {
        files.push_back(entry.path());
    }
    std::ranges::sort(files);
    committed_ = !files.empty();
    std::vector<std::filesystem::path> committed;
    for (const auto& file : files) {
        committed.push_back(directory_ / file.filename());
        std::filesystem::rename(file, committed.back());
    }
    return committed;
}

} // namespace walletshare::recalc
