// Proving that a folder of inputs was left alone: what every file in it holds
// before and after (bytes, modification time, permissions), and, in between,
// every change the kernel saw (inotify), so that a lock file that appears and
// goes again during the run is caught too.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace walletshare::recalc_test {

struct EntryState {
    bool directory = false;
    std::string content;
    std::filesystem::file_time_type modified;
    std::filesystem::perms permissions = std::filesystem::perms::none;
    friend bool operator==(const EntryState&, const EntryState&) = default;
};

// Every file and directory below `folder` (hidden ones included), by path
// relative to it.
using FolderState = std::map<std::filesystem::path, EntryState>;

FolderState stateOf(const std::filesystem::path& folder);

// What differs between two states, one line per entry; empty when nothing.
std::vector<std::string> differences(const FolderState& before, const FolderState& after);

// Records, from its construction on, every creation, deletion, write,
// rename and metadata change in `folder` and its subfolders.
class FolderWatch {
public:
    explicit FolderWatch(const std::filesystem::path& folder);
    ~FolderWatch();

    FolderWatch(const FolderWatch&) = delete;
    FolderWatch& operator=(const FolderWatch&) = delete;
    FolderWatch(FolderWatch&&) = delete;
    FolderWatch& operator=(FolderWatch&&) = delete;

    // The changes seen so far, such as "created .~lock.clients.ods#".
    std::vector<std::string> changes();

private:
    int descriptor_;
    std::map<int, std::filesystem::path> watched_;
    std::vector<std::string> changes_;
};

} // namespace walletshare::recalc_test
