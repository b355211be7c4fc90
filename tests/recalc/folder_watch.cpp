#include "folder_watch.hpp"

#include <array>
#include <cerrno>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <sys/inotify.h>
#include <system_error>
#include <unistd.h>
#include <utility>

namespace walletshare::recalc_test {

namespace {

std::string contentOf(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string describe(const std::filesystem::path& path, const EntryState& state) {
    return path.string() + (state.directory
                                ? " (folder)"
                                : " (" + std::to_string(state.content.size()) + " bytes)");
}

// Reading a file is no change (IN_ACCESS and IN_OPEN are left out); an open
// for writing that writes nothing is no change either.
constexpr std::uint32_t changeEvents = IN_CREATE | IN_DELETE | IN_MODIFY | IN_ATTRIB |
                                       IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF;

std::string eventName(std::uint32_t mask) {
    constexpr std::array<std::pair<std::uint32_t, const char*>, 8> names{{
        {IN_CREATE, "created"},
        {IN_DELETE, "deleted"},
        {IN_MODIFY, "written"},
        {IN_ATTRIB, "metadata changed"},
        {IN_MOVED_FROM, "renamed away"},
        {IN_MOVED_TO, "renamed into place"},
        {IN_DELETE_SELF, "folder deleted"},
        {IN_MOVE_SELF, "folder moved"},
    }};
    std::string text;
    for (const auto& [bit, name] : names) {
        if ((mask & bit) != 0) {
            text += (text.empty() ? "" : ", ") + std::string(name);
        }
    }
    return text;
}

} // namespace

FolderState stateOf(const std::filesystem::path& folder) {
    FolderState state;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
        EntryState entryState;
        entryState.directory = entry.is_directory();
        entryState.modified = entry.last_write_time();
        entryState.permissions = entry.status().permissions();
        if (entry.is_regular_file()) {
            entryState.content = contentOf(entry.path());
        }
        state.emplace(entry.path().lexically_relative(folder), std::move(entryState));
    }
    return state;
}

std::vector<std::string> differences(const FolderState& before, const FolderState& after) {
    std::vector<std::string> lines;
    for (const auto& [path, state] : before) {
        const auto now = after.find(path);
        if (now == after.end()) {
            lines.push_back("gone: " + describe(path, state));
        } else if (now->second.content != state.content) {
            lines.push_back("content changed: " + describe(path, state) + " -> " +
                            std::to_string(now->second.content.size()) + " bytes");
        } else if (now->second.modified != state.modified) {
            lines.push_back("modification time changed: " + describe(path, state));
        } else if (now->second.permissions != state.permissions) {
            lines.push_back("permissions changed: " + describe(path, state));
        }
    }
    for (const auto& [path, state] : after) {
        if (!before.contains(path)) {
            lines.push_back("new: " + describe(path, state));
        }
    }
    return lines;
}

FolderWatch::FolderWatch(const std::filesystem::path& folder)
    : descriptor_(::inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {
    if (descriptor_ < 0) {
        throw std::system_error(errno, std::generic_category(), "inotify_init1");
    }
    const auto watch = [this](const std::filesystem::path& directory) {
        const int watch = ::inotify_add_watch(descriptor_, directory.c_str(), changeEvents);
        if (watch < 0) {
            throw std::system_error(errno, std::generic_category(),
                                    "inotify_add_watch " + directory.string());
        }
        watched_.emplace(watch, directory);
    };
    watch(folder);
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
        if (entry.is_directory()) {
            watch(entry.path());
        }
    }
}

FolderWatch::~FolderWatch() {
    ::close(descriptor_);
}

std::vector<std::string> FolderWatch::changes() {
    alignas(inotify_event) std::array<char, 65536> buffer{};
    for (;;) {
        const ssize_t length = ::read(descriptor_, buffer.data(), buffer.size());
        if (length <= 0) {
            break; // EAGAIN: nothing more for now
        }
        std::size_t offset = 0;
        while (offset < static_cast<std::size_t>(length)) {
            const auto* event = reinterpret_cast<const inotify_event*>(buffer.data() + offset);
            const auto directory = watched_.find(event->wd);
            std::filesystem::path where =
                directory == watched_.end() ? std::filesystem::path("?") : directory->second;
            if (event->len > 0) {
                // The name follows the event, NUL-padded.
                where /= std::string(buffer.data() + offset + sizeof(inotify_event));
            }
            if ((event->mask & changeEvents) != 0) {
                changes_.push_back(eventName(event->mask) + ": " + where.string());
            }
            offset += sizeof(inotify_event) + event->len;
        }
    }
    return changes_;
}

} // namespace walletshare::recalc_test
