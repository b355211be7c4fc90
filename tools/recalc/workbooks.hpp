// The workbooks a run recalculates: the files it was given, and the
// spreadsheets found under the directories it was given.
#pragma once

#include <filesystem>
#include <optional>
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

bool isWorkbook(const std::filesystem::path& file);

// Throws std::runtime_error for an input that does not exist.
std::vector<Workbook> findWorkbooks(const std::vector<std::filesystem::path>& inputs,
                                    const Destination& destination);

} // namespace walletshare::recalc
