// The workbooks a run recalculates: the files it was given, and the
// spreadsheets found under the directories it was given.
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace walletshare::recalc {

struct Workbook {
    std::filesystem::path input;
    // Where the result goes, with the extension of the format to write. For
    // CSV, one file per sheet is written beside it, named after the sheet.
    std::filesystem::path output;
};

// Where each input's result goes: into outputDirectory, keeping the path
// below a directory argument, or over the input itself (in place).
struct Destination {
    std::optional<std::filesystem::path> outputDirectory;
    // ".ods", ".xlsx", ".fods", ".pdf" or ".csv"; empty keeps each input's own.
    std::string extension;
};

// An entry of an input folder that could not be examined (a symbolic link
// that loops, a folder it may not read): named in the run's results and left
// out, while the others are done.
struct UnreadableEntry {
    std::filesystem::path path;
    std::string reason;
};

struct FoundWorkbooks {
    std::vector<Workbook> workbooks;
    std::vector<UnreadableEntry> unreadable;
};

// Two workbooks of a run whose results would land on the same file, or a
// result that would land on another input of the run: the run is refused
// before any work.
class OutputClash : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

bool isWorkbook(const std::filesystem::path& file);

// The same workbook given twice (a folder and a file in it) is done once.
// The output folder is never searched for inputs, and neither are the hidden
// staging folders of a run that is still writing. Throws std::runtime_error
// for an input that does not exist, OutputClash for a clash.
FoundWorkbooks findWorkbooks(const std::vector<std::filesystem::path>& inputs,
                             const Destination& destination);

} // namespace walletshare::recalc
