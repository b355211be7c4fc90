#include "bench_options.hpp"

#include <iostream>
#include <stdexcept>

#include <boost/program_options.hpp>

namespace walletshare::bench {

namespace options = boost::program_options;

std::optional<BenchOptions> parseOptions(int argc, char** argv) {
    BenchOptions chosen;
    chosen.extension = WALLETSHARE_OXT;
    chosen.recalcTool = WALLETSHARE_RECALC;
    options::options_description description(
        "walletshare-bench-calc: Walletshare in a private headless Calc against Calc's "
        "built-in formulas and the Analysis add-in, memory over repeated recalculations, "
        "and walletshare-recalc against soffice --convert-to.\nOptions");
    description.add_options()("help,h", "show this help")(
        "rows", options::value(&chosen.rows)->multitoken(),
        "client rows of the workbooks (default 10000 100000)")(
        "repetitions", options::value(&chosen.repetitions),
        "calculateAll runs per workbook; the best counts (default 5)")(
        "job-repetitions", options::value(&chosen.jobRepetitions),
        "load + recalculate + store runs per workbook (default 2)")(
        "function-rows", options::value(&chosen.functionRows),
        "client rows of the one-function workbooks that weigh each function's call against "
        "QUOTIENT's, 0 for none (default 100000)")(
        "memory-recalculations", options::value(&chosen.memoryRecalculations),
        "recalculations of the largest Walletshare workbook while its memory is watched "
        "(default 10)")("workbooks", options::value(&chosen.workbooks),
                        "small workbooks for the batch comparison, 0 for none (default 200)")(
        "jobs", options::value(&chosen.jobs), "walletshare-recalc --jobs (default 2)")(
        "perf-data", options::value(&chosen.perfData),
        "profile the largest Walletshare recalculation with perf record into this file, and "
        "each one-function workbook into function-NAME.data beside it")(
        "call-graph", options::value(&chosen.callGraph),
        "perf's --call-graph mode (default dwarf: LibreOffice has no frame pointers)")(
        "profile-variant", options::value(&chosen.profileVariant),
        "the variant profiled: a Walletshare (default), b built-in, c Analysis add-in")(
        "profile-recalculations", options::value(&chosen.profileRecalculations),
        "recalculations while perf records (default 2)")(
        "keep", options::value(&chosen.keep),
        "write the workbooks and outputs into this new folder and keep them")(
        "extension", options::value(&chosen.extension),
        "the .oxt (default: the built one)")("recalc-tool", options::value(&chosen.recalcTool),
                                             "walletshare-recalc (default: the built one)");
    options::variables_map values;
    try {
        options::store(options::parse_command_line(argc, argv, description), values);
        options::notify(values);
    } catch (const options::error& error) {
        throw std::invalid_argument(error.what());
    }
    if (values.count("help") != 0) {
        std::cout << description << '\n';
        return std::nullopt;
    }
    if (chosen.rows.empty() || chosen.repetitions < 1 || chosen.jobRepetitions < 1 ||
        chosen.memoryRecalculations < 1 || chosen.jobs < 1 || chosen.profileRecalculations < 1) {
        throw std::invalid_argument("rows, repetitions and jobs must be at least 1");
    }
    if (chosen.profileVariant != "a" && chosen.profileVariant != "b" &&
        chosen.profileVariant != "c") {
        throw std::invalid_argument("--profile-variant is a, b or c");
    }
    return chosen;
}

} // namespace walletshare::bench
