#include "command_line.hpp"

#include <algorithm>
#include <array>
#include <sstream>
#include <string_view>
#include <thread>

#include <boost/program_options.hpp>

namespace walletshare::recalc {

namespace {

namespace options = boost::program_options;

constexpr std::array<std::string_view, 5> formats{"ods", "xlsx", "fods", "pdf", "csv"};
// A hang, not a slow workbook, is what the timeout is for: the slowest real
// workbook measured (an Excel file with a comment in its very last cell,
// XFD1048576) took 383 s in this tool and 456 s in soffice --convert-to, so
// the default leaves four times that (docs/RELIABILITY.md).
constexpr unsigned defaultTimeout = 1800;

// The .oxt is built, and installed, beside this program.
std::filesystem::path defaultExtension() {
    return std::filesystem::canonical("/proc/self/exe").parent_path() / "walletshare.oxt";
}

options::options_description visibleOptions() {
    options::options_description visible("Options");
    visible.add_options()(
        "output,o", options::value<std::string>()->value_name("FOLDER"),
        "write the recalculated workbooks into FOLDER (created if missing); workbooks found "
        "in a folder keep their place below it")(
        "in-place", "replace each workbook with its recalculated version instead")(
        "to", options::value<std::string>()->value_name("FORMAT"),
        "write ods, xlsx, fods, pdf or csv (default: each workbook's own format); csv "
        "writes one file per sheet, NAME-SHEET.csv (NAME.csv for a workbook of one sheet), "
        "with the values unformatted")(
        "jobs,j", options::value<unsigned>()->value_name("N"),
        "recalculate N workbooks at a time, each in its own LibreOffice (default: the "
        "number of processor cores)")(
        "strict", "also fail when a formula cell ends in an error, and name those cells")(
        "report", options::value<std::string>()->value_name("FILE.json"),
        "write what happened to each workbook into FILE.json")(
        "print", "print every sheet of each recalculated workbook")(
        "timeout", options::value<unsigned>()->value_name("SECONDS"),
        "give up on a workbook after SECONDS (default 1800: only a hang takes that long)")(
        "uncomputable", options::value<std::string>()->value_name("keep|replace"),
        "what to do with a formula that Calc cannot compute (an Excel function it lacks, an "
        "Excel table reference) where the workbook stored its value: keep (the default) "
        "recalculates only Walletshare's cells and what depends on them in such a workbook "
        "and leaves every other value as it was stored; replace recalculates every formula "
        "and writes Calc's error. Either way each such cell is named")(
        "values", "write every Walletshare cell (a formula that calls a Walletshare function, "
                  "an array formula's whole range) as its value, for people without "
                  "Walletshare: Excel and Calc without it show the figures, not #NAME?. Other "
                  "formulas stay formulas and compute from those values; an error stays that "
                  "error (#N/A becomes =NA())")(
        "extension", options::value<std::string>()->value_name("FILE.oxt"),
        "the Walletshare extension to use (default: walletshare.oxt beside this program)")(
        "help,h", "show this help");
    return visible;
}

} // namespace

std::string helpText() {
    std::ostringstream text;
    text << "Usage: walletshare-recalc [options] WORKBOOK|FOLDER...\n\n"
            "Recalculates every formula of every workbook (.ods, .xlsx, .xlsm, .fods;\n"
            "folders are searched, subfolders too, but never the output folder) in a\n"
            "private LibreOffice Calc that has Walletshare installed, and writes the\n"
            "results to an output folder (-o) or back in place, .xlsm with its VBA kept.\n"
            "The workbooks you give are never changed unless you say --in-place. Each\n"
            "result appears whole or not at all. Macros in the workbooks never run, their\n"
            "links are never fetched, and nothing waits for an answer.\n\n"
            "No result overwrites another: when two workbooks would be written to the same\n"
            "file (a/book.xlsx and b/book.xlsx into one folder, or same.xlsx and same.ods\n"
            "with --to ods), the run is refused before any work, naming both. Every\n"
            "workbook is either written or named on stderr with the reason, and so is\n"
            "every cell whose stored value Calc cannot compute (see --uncomputable).\n\n"
         << visibleOptions()
         << "\nExit status:\n"
            "  0  every workbook was recalculated and written (with --strict: and no\n"
            "     formula cell ends in an error)\n"
            "  1  some workbook could not be read, recalculated or written; the others were\n"
            "  2  the command line is wrong, or two results would be the same file\n"
            "  3  with --strict: every workbook was written, but formula cells end in errors\n\n"
            "Examples:\n"
            "  walletshare-recalc -o recalculated plans/\n"
            "  walletshare-recalc --to xlsx --report run.json -o out portfolio.ods\n"
            "  walletshare-recalc --strict --in-place plans/\n"
            "  walletshare-recalc --values --to xlsx -o for-the-client plan.ods\n";
    return text.str();
}

std::optional<RunOptions> parseCommandLine(int argc, const char* const* argv) {
    options::options_description all;
    all.add(visibleOptions()).add_options()("workbook", options::value<std::vector<std::string>>());
    options::positional_options_description positional;
    positional.add("workbook", -1);
    options::variables_map given;
    try {
        options::store(
            options::command_line_parser(argc, argv).options(all).positional(positional).run(),
            given);
        options::notify(given);
    } catch (const options::error& error) {
        throw UsageError(error.what());
    }
    if (given.count("help") != 0) {
        return std::nullopt;
    }

    RunOptions run;
    if (given.count("workbook") == 0) {
        throw UsageError("give at least one workbook or folder");
    }
    for (const auto& input : given["workbook"].as<std::vector<std::string>>()) {
        run.inputs.emplace_back(input);
    }
    const bool inPlace = given.count("in-place") != 0;
    const bool print = given.count("print") != 0;
    if (given.count("output") != 0) {
        if (inPlace) {
            throw UsageError("give either --output or --in-place, not both");
        }
        run.destination.outputDirectory = given["output"].as<std::string>();
    } else if (!inPlace && !print) {
        throw UsageError("say where the results go: --output FOLDER or --in-place");
    }
    if (given.count("to") != 0) {
        const auto format = given["to"].as<std::string>();
        if (std::ranges::find(formats, format) == formats.end()) {
            throw UsageError("--to takes ods, xlsx, fods, pdf or csv, not '" + format + "'");
        }
        if (inPlace) {
            throw UsageError("--in-place keeps each workbook's format; leave out --to");
        }
        if (!run.destination.outputDirectory) {
            throw UsageError("--to writes files: say where with --output FOLDER");
        }
        run.destination.extension = "." + format;
    }
    run.worker.extension = given.count("extension") != 0
                               ? std::filesystem::path(given["extension"].as<std::string>())
                               : defaultExtension();
    run.worker.timeout = std::chrono::seconds(
        given.count("timeout") != 0 ? given["timeout"].as<unsigned>() : defaultTimeout);
    run.worker.write = inPlace || run.destination.outputDirectory.has_value();
    run.worker.inPlace = inPlace;
    run.worker.print = print;
    run.jobs = given.count("jobs") != 0 ? given["jobs"].as<unsigned>()
                                        : std::max(1U, std::thread::hardware_concurrency());
    if (run.jobs == 0 || run.worker.timeout.count() == 0) {
        throw UsageError("--jobs and --timeout take a number of at least 1");
    }
    run.strict = given.count("strict") != 0;
    run.worker.values = given.count("values") != 0;
    if (given.count("uncomputable") != 0) {
        const auto choice = given["uncomputable"].as<std::string>();
        if (choice != "keep" && choice != "replace") {
            throw UsageError("--uncomputable takes keep or replace, not '" + choice + "'");
        }
        run.worker.keepUncomputable = choice == "keep";
    }
    if (given.count("report") != 0) {
        run.report = given["report"].as<std::string>();
    }
    return run;
}

} // namespace walletshare::recalc
