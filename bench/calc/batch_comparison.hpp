// Many small workbooks recalculated from a script: walletshare-recalc with
// its workers against one `soffice --convert-to` per file, the way a script
// would do it without our tool (see convert_profile.hpp).
#pragma once

#include <cstddef>
#include <filesystem>

#include "bench_office.hpp"

namespace walletshare::bench {

struct BatchInputs {
    std::filesystem::path folder;
    std::size_t count = 0;
    // A workbook whose one Walletshare formula holds a stale value, to check
    // that convert-to recalculates (see convertRecalculates).
    std::filesystem::path probe;
};

// While the benchmark office runs: `count` workbooks of eight clients (forty
// Walletshare formulas) as .ods in `folder`, and the probe beside them.
BatchInputs makeBatchInputs(BenchOffice& office, const std::filesystem::path& folder,
                            std::size_t count);

struct BatchSettings {
    std::filesystem::path recalcTool;
    std::filesystem::path extension;
    int jobs = 2;
    // An empty directory for outputs, profiles and logs.
    std::filesystem::path work;
};

struct BatchFigures {
    double recalcSeconds = 0.0;
    double convertSeconds = 0.0;
    // Installing the extension into the convert-to profile and its first
    // start; not part of convertSeconds, as a script would reuse the profile.
    double convertSetupSeconds = 0.0;
    // Whether convert-to gave the probe's recalculated value, as it must for
    // the comparison to be fair.
    bool convertRecalculates = false;
};

// Runs both ways over the inputs, with no other office running; throws
// std::runtime_error when either fails or leaves a workbook unwritten.
BatchFigures compareBatch(const BatchInputs& inputs, const BatchSettings& settings);

} // namespace walletshare::bench
