// Files that appear whole or not at all. The office writes them into a
// staging folder beside their final place (same file system), and they are
// renamed into place only when every file of the workbook is written: an
// interrupted run leaves the old file or the new one, never a part, and the
// staging folder goes with whatever it still holds. Folders it had to create
// go too when nothing was committed: a failed workbook leaves no empty folder.
#pragma once

#include <filesystem>
#include <vector>

namespace walletshare::recalc {

class AtomicOutput {
public:
    // Creates the staging folder in `directory` (and `directory` if missing).
    explicit AtomicOutput(const std::filesystem::path& directory);
    // Removes the staging folder with everything not committed.
    ~AtomicOutput();

    AtomicOutput(const AtomicOutput&) = delete;
    AtomicOutput& operator=(const AtomicOutput&) = delete;
    AtomicOutput(AtomicOutput&&) = delete;
    AtomicOutput& operator=(AtomicOutput&&) = delete;

    // Where to write a file that is to end up as directory / fileName.
    [[nodiscard]] std::filesystem::path staged(const std::filesystem::path& fileName) const;

    // The staging folder itself.
    [[nodiscard]] const std::filesystem::path& staging() const { return staging_; }

    // Moves every staged file into place; returns where they went, by name.
    std::vector<std::filesystem::path> commit();

private:
    std::filesystem::path directory_;
    std::filesystem::path staging_;
    // The outermost folder that this object created, if any.
    std::filesystem::path created_;
    bool committed_ = false;
};

} // namespace walletshare::recalc
