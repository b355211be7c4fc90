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
    std::filesystem::create_directories(directory_);
    std::filesystem::create_directory(staging_);
}

AtomicOutput::~AtomicOutput() {
    std::error_code ignored;
    std::filesystem::remove_all(staging_, ignored);
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
    std::vector<std::filesystem::path> committed;
    for (const auto& file : files) {
        committed.push_back(directory_ / file.filename());
        std::filesystem::rename(file, committed.back());
    }
    return committed;
}

} // namespace walletshare::recalc
