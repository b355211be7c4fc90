#include "batch_comparison.hpp"

#include <algorithm>
#include <fstream>
#include <iomanip>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "convert_profile.hpp"
#include "sheet_filling.hpp"
#include "stopwatch.hpp"
#include "walletshare/office/child_process.hpp"
#include "walletshare/office/spreadsheet.hpp"

namespace walletshare::bench {

namespace {

constexpr std::size_t clientsPerWorkbook = 8;
constexpr std::chrono::seconds batchTimeout{3600};

std::string readFile(const std::filesystem::path& file) {
    std::stringstream text;
    text << std::ifstream(file).rdbuf();
    return text.str();
}

void replaceOnce(std::string& text, std::string_view from, std::string_view to) {
    const auto position = text.find(from);
    if (position == std::string::npos) {
        throw std::runtime_error("the probe workbook has no " + std::string(from));
    }
    text.replace(position, from.size(), to);
}

// A flat workbook that Calc wrote, with =SHARE(30000;5000000) whose stored
// value is made 5 instead of 0.006: recalculated on load, it shows 0.006.
std::filesystem::path makeProbe(BenchOffice& office, const std::filesystem::path& folder) {
    auto probe = folder / "probe.fods";
    {
        auto spreadsheet = office::Spreadsheet::create(office.office().desktop());
        spreadsheet.setFormula("A1", "=SHARE(30000;5000000)");
        spreadsheet.calculateAll();
        spreadsheet.store(probe);
    }
    auto text = readFile(probe);
    replaceOnce(text, R"(office:value="0.006")", R"(office:value="5")");
    replaceOnce(text, "<text:p>0.006</text:p>", "<text:p>5</text:p>");
    std::ofstream(probe, std::ios::trunc) << text;
    return probe;
}

std::size_t countFiles(const std::filesystem::path& folder, const std::string& extension) {
    std::size_t count = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
        count += static_cast<std::size_t>(entry.is_regular_file() &&
                                          entry.path().extension() == extension);
    }
    return count;
}

std::vector<std::filesystem::path> workbooksIn(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (entry.path().extension() == ".ods") {
            files.push_back(entry.path());
        }
    }
    std::ranges::sort(files);
    return files;
}

void checkWritten(const std::filesystem::path& output, std::size_t expected,
                  const std::string& who) {
    const auto written = countFiles(output, ".ods");
    if (written != expected) {
        throw std::runtime_error(who + " wrote " + std::to_string(written) + " workbooks of " +
                                 std::to_string(expected));
    }
}

double timeRecalcTool(const BatchInputs& inputs, const BatchSettings& settings) {
    const auto output = settings.work / "walletshare-recalc-output";
    const std::vector<std::string> command{settings.recalcTool.string(),
                                           "--jobs",
                                           std::to_string(settings.jobs),
                                           "-o",
                                           output.string(),
                                           inputs.folder.string()};
    office::CommandResult result;
    const double seconds = secondsOf([&] {
        result =
            office::runCommand(command, {}, settings.work / "walletshare-recalc.log", batchTimeout);
    });
    if (result.exitCode != 0) {
        throw std::runtime_error("walletshare-recalc failed with exit code " +
                                 std::to_string(result.exitCode) + ":\n" + result.output);
    }
    checkWritten(output, inputs.count, "walletshare-recalc");
    return seconds;
}

bool probeRecalculates(const ConvertProfile& profile, const BatchInputs& inputs,
                       const std::filesystem::path& output) {
    const auto result = profile.convert(inputs.probe, output, "csv");
    if (result.exitCode != 0) {
        throw std::runtime_error("soffice --convert-to csv failed on the probe:\n" + result.output);
    }
    const auto shown = readFile(output / "probe.csv");
    return shown.starts_with("0.006");
}

} // namespace

BatchInputs makeBatchInputs(BenchOffice& office, const std::filesystem::path& folder,
                            std::size_t count) {
    std::filesystem::create_directories(folder);
    for (std::size_t i = 0; i < count; ++i) {
        std::ostringstream name;
        name << "plan-" << std::setw(4) << std::setfill('0') << i << ".ods";
        auto spreadsheet = office::Spreadsheet::create(office.office().desktop());
        fillClients(spreadsheet, formulaSetOf(Variant::Walletshare), clientsPerWorkbook,
                    i * clientsPerWorkbook);
        spreadsheet.store(folder / name.str());
    }
    const auto probeFolder = folder.parent_path() / "probe";
    std::filesystem::create_directories(probeFolder);
    return {folder, count, makeProbe(office, probeFolder)};
}

BatchFigures compareBatch(const BatchInputs& inputs, const BatchSettings& settings) {
    BatchFigures figures;
    figures.recalcSeconds = timeRecalcTool(inputs, settings);

    const auto profileWork = settings.work / "convert-profile";
    const auto probeOutput = settings.work / "convert-probe";
    const auto output = settings.work / "convert-output";
    for (const auto& folder : {profileWork, probeOutput, output}) {
        std::filesystem::create_directories(folder);
    }
    std::optional<ConvertProfile> profile;
    // The probe's conversion is also the profile's first start, which a
    // script that reuses the profile pays only once.
    figures.convertSetupSeconds = secondsOf([&] {
        profile.emplace(profileWork, settings.extension);
        figures.convertRecalculates = probeRecalculates(*profile, inputs, probeOutput);
    });
    const auto files = workbooksIn(inputs.folder);
    figures.convertSeconds = secondsOf([&] {
        for (const auto& file : files) {
            const auto result = profile->convert(file, output, "ods");
            if (result.exitCode != 0) {
                throw std::runtime_error("soffice --convert-to failed on " + file.string() + ":\n" +
                                         result.output);
            }
        }
    });
    checkWritten(output, inputs.count, "soffice --convert-to");
    return figures;
}

} // namespace walletshare::bench
