#include "workbooks.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string_view>

namespace walletshare::recalc {

namespace {

constexpr std::array<std::string_view, 3> workbookExtensions{".ods", ".xlsx", ".fods"};

Workbook workbookAt(const std::filesystem::path& input, const std::filesystem::path& relative,
                    const Destination& destination) {
    std::filesystem::path output =
        destination.outputDirectory ? *destination.outputDirectory / relative : input;
    if (!destination.extension.empty()) {
        output.replace_extension(destination.extension);
    }
    return {input, output};
}

} // namespace

bool isWorkbook(const std::filesystem::path& file) {
    const std::string extension = file.extension().string();
    return std::ranges::find(workbookExtensions, extension) != workbookExtensions.end();
}

std::vector<Workbook> findWorkbooks(const std::vector<std::filesystem::path>& inputs,
                                    const Destination& destination) {
    std::vector<Workbook> workbooks;
    for (const auto& input : inputs) {
        if (std::filesystem::is_directory(input)) {
            std::vector<std::filesystem::path> found;
            for (const auto& entry : std::filesystem::recursive_directory_iterator(input)) {
                if (!entry.is_directory() && isWorkbook(entry.path())) {
                    found.push_back(entry.path());
                }
            }
            // Directory order is arbitrary; reports and progress follow names.
            std::ranges::sort(found);
            for (const auto& file : found) {
                workbooks.push_back(
                    workbookAt(file, std::filesystem::relative(file, input), destination));
            }
        } else if (std::filesystem::exists(input) || std::filesystem::is_symlink(input)) {
            workbooks.push_back(workbookAt(input, input.filename(), destination));
        } else {
            throw std::runtime_error(input.string() + ": no such file or directory");
        }
    }
    return workbooks;
}

} // namespace walletshare::recalc
