#include "run_report.hpp"

#include <algorithm>
#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "atomic_output.hpp"

namespace walletshare::recalc {

namespace {

nlohmann::json workbookEntry(const WorkbookResult& result) {
    nlohmann::json entry{
        {"input", result.workbook.input.string()},      {"outputs", nlohmann::json::array()},
        {"status", result.succeeded ? "ok" : "failed"}, {"seconds", result.seconds},
        {"officeRestarts", result.officeRestarts},      {"errorCells", nlohmann::json::array()},
    };
    for (const auto& output : result.outputs) {
        entry["outputs"].push_back(output.string());
    }
    if (!result.succeeded) {
        entry["reason"] = result.reason;
    }
    entry["warnings"] = result.warnings;
    for (const ErrorCell& cell : result.errorCells) {
        entry["errorCells"].push_back(
            {{"sheet", cell.sheet}, {"cell", cell.cell}, {"error", cell.error}});
    }
    entry["frozenCells"] = result.frozenCells;
    entry["uncomputableCells"] = nlohmann::json::array();
    for (const UncomputableCell& cell : result.uncomputableCells) {
        entry["uncomputableCells"].push_back({{"sheet", cell.sheet},
                                              {"cell", cell.cell},
                                              {"formula", cell.formula},
                                              {"stored", cell.stored},
                                              {"result", cell.result},
                                              {"kept", cell.kept}});
    }
    return entry;
}

} // namespace

void writeReport(const std::filesystem::path& file, const std::vector<WorkbookResult>& results) {
    nlohmann::json report{{"workbooks", nlohmann::json::array()}};
    for (const WorkbookResult& result : results) {
        report["workbooks"].push_back(workbookEntry(result));
    }
    const auto count = [&](auto predicate) { return std::ranges::count_if(results, predicate); };
    report["succeeded"] = count([](const WorkbookResult& result) { return result.succeeded; });
    report["failed"] = count([](const WorkbookResult& result) { return !result.succeeded; });
    report["withErrorCells"] =
        count([](const WorkbookResult& result) { return !result.errorCells.empty(); });
    report["withUncomputableCells"] =
        count([](const WorkbookResult& result) { return !result.uncomputableCells.empty(); });
    std::size_t kept = 0;
    std::size_t replaced = 0;
    for (const WorkbookResult& result : results) {
        for (const UncomputableCell& cell : result.uncomputableCells) {
            ++(cell.kept ? kept : replaced);
        }
    }
    report["storedValuesKept"] = kept;
    report["storedValuesReplaced"] = replaced;
    std::size_t frozen = 0;
    for (const WorkbookResult& result : results) {
        frozen += result.frozenCells;
    }
    report["frozenCells"] = frozen;

    AtomicOutput output(file.parent_path());
    {
        std::ofstream out(output.staged(file));
        // Texts from workbooks may hold invalid UTF-8; replace, never throw.
        out << report.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        if (!out) {
            throw std::runtime_error("cannot write the report " + file.string());
        }
    }
    output.commit();
}

} // namespace walletshare::recalc
