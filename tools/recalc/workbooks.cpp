#include "workbooks.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <string_view>
#include <system_error>

#include "shown_name.hpp"

namespace walletshare::recalc {

namespace {

constexpr std::array<std::string_view, 4> workbookExtensions{".ods", ".xlsx", ".xlsm", ".fods"};
// AtomicOutput's staging folders.
constexpr std::string_view stagingPrefix = ".walletshare-recalc-";

// The path that names a file, however it was spelled: how clashes are found.
std::filesystem::path identity(const std::filesystem::path& path) {
    std::error_code unknown;
    auto canonical = std::filesystem::weakly_canonical(std::filesystem::absolute(path), unknown);
    return unknown ? std::filesystem::absolute(path).lexically_normal() : canonical;
}

Workbook workbookAt(const std::filesystem::path& input, const std::filesystem::path& relative,
                    const Destination& destination) {
    std::filesystem::path output =
        destination.outputDirectory ? *destination.outputDirectory / relative : input;
    if (!destination.extension.empty()) {
        output.replace_extension(destination.extension);
    }
    return {input, output};
}

// Collects the workbooks below one folder argument. Symbolic links to
// folders are not followed, so a link cannot make the search loop.
class FolderSearch {
public:
    FolderSearch(std::optional<std::filesystem::path> outputDirectory, FoundWorkbooks& found)
        : outputDirectory_(std::move(outputDirectory)), found_(found) {}

    std::vector<std::filesystem::path> workbooksBelow(const std::filesystem::path& folder) {
        files_.clear();
        search(folder);
        // Directory order is arbitrary; reports and progress follow names.
        std::ranges::sort(files_);
        return files_;
    }

private:
    void unreadable(const std::filesystem::path& path, const std::error_code& error) {
        found_.unreadable.push_back({path, "cannot be read: " + error.message()});
    }

    [[nodiscard]] bool skipped(const std::filesystem::path& folder) const {
        return folder.filename().string().starts_with(stagingPrefix) ||
               (outputDirectory_ && identity(folder) == identity(*outputDirectory_));
    }

    // Folder by folder, without recursion: a deep tree cannot exhaust the stack.
    void search(const std::filesystem::path& top) {
        std::vector<std::filesystem::path> pending{top};
        while (!pending.empty()) {
            const auto folder = std::move(pending.back());
            pending.pop_back();
            searchOne(folder, pending);
        }
    }

    void searchOne(const std::filesystem::path& folder,
                   std::vector<std::filesystem::path>& pending) {
        std::error_code error;
        std::filesystem::directory_iterator each(folder, error);
        if (error) {
            unreadable(folder, error);
            return;
        }
        for (; each != std::filesystem::directory_iterator(); each.increment(error)) {
            if (error) {
                unreadable(folder, error);
                return;
            }
            const auto& entry = *each;
            std::error_code statusError;
            const auto status = entry.status(statusError);
            if (statusError) {
                unreadable(entry.path(), statusError);
            } else if (std::filesystem::is_directory(status)) {
                if (!entry.is_symlink(statusError) && !skipped(entry.path())) {
                    pending.push_back(entry.path());
                }
            } else if (isWorkbook(entry.path())) {
                files_.push_back(entry.path());
            }
        }
        if (error) {
            unreadable(folder, error);
        }
    }

    std::optional<std::filesystem::path> outputDirectory_;
    FoundWorkbooks& found_;
    std::vector<std::filesystem::path> files_;
};

std::string clash(const Workbook& first, const Workbook& second, const std::string& what) {
    return shownName(first.input) + " and " + shownName(second.input) + " would both be " + what +
           "; give them in separate runs or with separate --output folders";
}

// A CSV result is a file per sheet, NAME-SHEET.csv, so NAME clashes with
// any NAME-... of the same folder as well as with NAME itself.
bool csvResultsMayClash(const std::filesystem::path& first, const std::filesystem::path& second) {
    if (first.extension() != ".csv" || second.extension() != ".csv" ||
        first.parent_path() != second.parent_path()) {
        return false;
    }
    const auto one = first.stem().string();
    const auto other = second.stem().string();
    return other.starts_with(one + "-") || one.starts_with(other + "-");
}

// Throws OutputClash for the first clash.
void refuseClashes(std::vector<Workbook>& workbooks) {
    std::map<std::filesystem::path, const Workbook*> inputs;
    std::map<std::filesystem::path, const Workbook*> outputs;
    std::vector<Workbook> distinct;
    distinct.reserve(workbooks.size());
    for (const auto& workbook : workbooks) {
        const auto input = identity(workbook.input);
        const auto output = identity(workbook.output);
        if (const auto same = outputs.find(output); same != outputs.end()) {
            if (identity(same->second->input) == input) {
                continue;
            }
            throw OutputClash(clash(*same->second, workbook, "written to " + shownName(output)));
        }
        distinct.push_back(workbook);
        inputs.emplace(input, &workbook);
        outputs.emplace(output, &workbook);
    }
    for (const auto& [output, workbook] : outputs) {
        if (const auto other = inputs.find(output);
            other != inputs.end() && identity(other->second->input) != identity(workbook->input)) {
            throw OutputClash(shownName(workbook->input) + " would be written over " +
                              shownName(other->second->input) +
                              ", which this run also reads; choose another --output folder");
        }
    }
    for (auto one = outputs.begin(); one != outputs.end(); ++one) {
        for (auto other = std::next(one); other != outputs.end(); ++other) {
            if (csvResultsMayClash(one->first, other->first)) {
                throw OutputClash(clash(*one->second, *other->second,
                                        "written as CSV files named " +
                                            shownName(one->first.parent_path() /
                                                      (one->first.stem().string() + "-...csv"))));
            }
        }
    }
    workbooks = std::move(distinct);
}

} // namespace

bool isWorkbook(const std::filesystem::path& file) {
    const std::string extension = file.extension().string();
    return std::ranges::find(workbookExtensions, extension) != workbookExtensions.end();
}

FoundWorkbooks findWorkbooks(const std::vector<std::filesystem::path>& inputs,
                             const Destination& destination) {
    FoundWorkbooks found;
    FolderSearch search(destination.outputDirectory, found);
    for (const auto& input : inputs) {
        std::error_code error;
        const auto status = std::filesystem::status(input, error);
        if (error && error != std::errc::no_such_file_or_directory) {
            found.unreadable.push_back({input, "cannot be read: " + error.message()});
        } else if (std::filesystem::is_directory(status)) {
            for (const auto& file : search.workbooksBelow(input)) {
                found.workbooks.push_back(
                    workbookAt(file, std::filesystem::relative(file, input), destination));
            }
        } else if (std::filesystem::exists(status) || std::filesystem::is_symlink(input, error)) {
            found.workbooks.push_back(workbookAt(input, input.filename(), destination));
        } else {
            throw std::runtime_error(shownName(input) + ": no such file or directory");
        }
    }
    refuseClashes(found.workbooks);
    return found;
}

} // namespace walletshare::recalc
