#include "recalc_worker.hpp"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>

#include <com/sun/star/uno/Exception.hpp>

#include "atomic_output.hpp"
#include "deadline.hpp"
#include "frozen_values.hpp"
#include "password_protection.hpp"
#include "sheet_table.hpp"
#include "view_settings.hpp"
#include "walletshare/office/spreadsheet.hpp"
#include "walletshare/uno/text.hpp"

namespace walletshare::recalc {

namespace {

// Why the input cannot be recalculated before soffice is asked, if it cannot.
std::string unreadable(const std::filesystem::path& input) {
    if (std::filesystem::is_directory(input)) {
        return "cannot be read: it is a directory";
    }
    const std::ifstream file(input, std::ios::binary);
    if (!file) {
        return std::string("cannot be read: ") + std::strerror(errno);
    }
    std::error_code unknown;
    if (std::filesystem::file_size(input, unknown) == 0 && !unknown) {
        return "is empty: it holds no workbook at all";
    }
    if (isPasswordProtected(input)) {
        return "is password-protected: save a copy without the password and give that";
    }
    return {};
}

// LibreOffice's messages may end in the place in its own sources that threw
// (" at ./framework/source/loadenv/loadenv.cxx:189"): nothing for a user.
std::string withoutSourceLocations(const std::string& message) {
    static const std::regex location(R"( at \.?/?[A-Za-z0-9_./-]+\.(cxx|hxx|cpp|hpp|c|h):[0-9]+)");
    return std::regex_replace(message, location, "");
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    for (auto at = text.find(from); !from.empty() && at != std::string::npos;
         at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

// The staging folder is the tool's own business: a failure names the folder
// the user asked for.
template <typename Write>
void writeNamingTheOutputFolder(const AtomicOutput& output, const Workbook& workbook, Write write) {
    const auto staging = output.staging().string();
    const auto folder = workbook.output.parent_path().string();
    try {
        write();
    } catch (const css::uno::Exception& error) {
        throw std::runtime_error(replaced(uno::utf8Of(error.Message), staging, folder));
    } catch (const std::exception& error) {
        throw std::runtime_error(replaced(error.what(), staging, folder));
    }
}

void writeOutputs(const office::Spreadsheet& spreadsheet, const Workbook& workbook,
                  const std::filesystem::path& scratch, WorkbookResult& result) {
    AtomicOutput output(workbook.output.parent_path());
    const auto staged = output.staged(workbook.output.filename());
    writeNamingTheOutputFolder(output, workbook, [&] {
        if (workbook.output.extension() == ".csv") {
            // Calc's CSV export reports no write error (a full disk leaves a
            // short file), so Calc writes into the worker's own folder and the
            // files are copied, which does fail. CSV holds one sheet: a file per
            // sheet, NAME-SHEET.csv; the only sheet needs no name: NAME.csv.
            std::filesystem::remove_all(scratch);
            std::filesystem::create_directories(scratch);
            spreadsheet.storeEverySheetAsCsv(scratch / staged.filename());
            const auto sheets = spreadsheet.sheetNames();
            for (const auto& entry : std::filesystem::directory_iterator(scratch)) {
                std::filesystem::copy_file(
                    entry.path(),
                    sheets.size() == 1 ? staged : output.staged(entry.path().filename()));
            }
            std::filesystem::remove_all(scratch);
        } else {
            spreadsheet.store(staged);
        }
    });
    if (auto warning = carryViewSettings(workbook.input, staged); !warning.empty()) {
        result.warnings.push_back(replaced(std::move(warning), output.staging().string(),
                                           workbook.output.parent_path().string()));
    }
    result.outputs = output.commit();
    if (result.outputs.empty()) {
        throw std::runtime_error("LibreOffice wrote nothing for " + workbook.output.string());
    }
}

// A store that fails on a full disk says only "Io Abort": the disk says more.
std::string writingFailure(const std::filesystem::path& output) {
    constexpr std::uintmax_t nearlyFull = 1U << 20U;
    std::error_code unknown;
    const auto space = std::filesystem::space(output.parent_path(), unknown);
    if (!unknown && space.available < nearlyFull) {
        return "cannot be written to " + output.parent_path().string() + ": the disk is full (" +
               std::to_string(space.available) + " bytes free): ";
    }
    return "cannot be written to " + output.parent_path().string() + ": ";
}

// The start of a failure's reason: what could not be done to the workbook.
std::string failed(Stage stage, const Workbook& workbook) {
    switch (stage) {
    case Stage::Opening:
        return "cannot be opened: ";
    case Stage::Recalculating:
        return "cannot be recalculated: ";
    case Stage::Freezing:
        return "cannot be written with --values: ";
    case Stage::Writing:
        return writingFailure(workbook.output);
    }
    return {};
}

} // namespace

RecalcWorker::RecalcWorker(WorkerSettings settings) : settings_(std::move(settings)) {
    startOffice();
}

void RecalcWorker::startOffice() {
    office_.reset();
    office::OfficeOptions options;
    options.extension = settings_.extension;
    options.name = "recalc";
    options.trust = office::DocumentTrust::Untrusted;
    office_ = std::make_unique<office::PrivateOffice>(options);
}

void RecalcWorker::recalculateOnce(const Workbook& workbook, WorkbookResult& result, Stage& stage) {
    stage = Stage::Opening;
    auto spreadsheet = office::Spreadsheet::open(office_->desktop(), workbook.input,
                                                 office::DocumentTrust::Untrusted);
    stage = Stage::Recalculating;
    const auto computed = computedFormulaCells(spreadsheet.document());
    spreadsheet.calculateAll();
    result.errorCells = findErrorCells(spreadsheet.document());
    result.uncomputableCells = uncomputableCells(result.errorCells, computed);
    if (!result.uncomputableCells.empty()) {
        // The workbook as it was opened holds the values that were lost.
        auto opened = office::Spreadsheet::open(office_->desktop(), workbook.input,
                                                office::DocumentTrust::Untrusted);
        readStoredValues(opened.document(), result.uncomputableCells);
        if (settings_.keepUncomputable) {
            recalculateWalletshareCells(opened.document());
            spreadsheet = std::move(opened);
            result.errorCells = findErrorCells(spreadsheet.document());
            markKept(result.uncomputableCells, result.errorCells);
        }
    }
    if (settings_.values) {
        stage = Stage::Freezing;
        result.frozenCells = freezeWalletshareCells(spreadsheet.document());
    }
    if (settings_.print) {
        std::ostringstream tables;
        printSheets(spreadsheet.document(), tables);
        result.printed = tables.str();
    }
    if (settings_.write) {
        stage = Stage::Writing;
        writeOutputs(spreadsheet, workbook, office_->profile().work() / "csv", result);
    }
}

WorkbookResult RecalcWorker::recalculate(const Workbook& workbook) {
    WorkbookResult result;
    result.workbook = workbook;
    const auto started = std::chrono::steady_clock::now();
    const auto finish = [&](std::string reason) {
        result.reason = std::move(reason);
        result.succeeded = result.reason.empty();
        result.seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        return result;
    };
    if (auto reason = unreadable(workbook.input); !reason.empty()) {
        return finish(reason);
    }
    std::error_code missing;
    if (!settings_.inPlace && settings_.write &&
        std::filesystem::equivalent(workbook.input, workbook.output, missing)) {
        return finish("its output would replace it; give --in-place to allow that");
    }
    for (int attempt = 1;; ++attempt) {
        std::string failure;
        bool timedOut = false;
        Stage stage = Stage::Opening;
        try {
            if (!office_) {
                startOffice();
            }
            const Deadline deadline(settings_.timeout, office_->processGroup());
            try {
                recalculateOnce(workbook, result, stage);
                return finish({});
            } catch (const office::UnreadableDocument&) {
                return finish("cannot be read as a spreadsheet: it is damaged, or not a "
                              "spreadsheet");
            } catch (const css::uno::Exception& error) {
                failure = uno::utf8Of(error.Message);
            } catch (const std::exception& error) {
                failure = error.what();
            }
            timedOut = deadline.expired();
        } catch (const std::exception& error) {
            return finish("LibreOffice could not be started again: " + std::string(error.what()));
        }
        failure = withoutSourceLocations(failure);
        if (failure.empty()) {
            failure = "LibreOffice gave no reason";
        }
        if (office_->alive()) {
            return finish(failed(stage, workbook) + failure);
        }
        // soffice died on it, or was stopped: a new one for what follows.
        office_.reset();
        ++result.officeRestarts;
        if (timedOut) {
            return finish("took longer than " + std::to_string(settings_.timeout.count()) +
                          " s and was stopped (see --timeout)");
        }
        if (attempt == 2) {
            return finish(failed(stage, workbook) + "LibreOffice stopped twice on it (" + failure +
                          ")");
        }
    }
}

} // namespace walletshare::recalc
