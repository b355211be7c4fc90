// walletshare-recalc's options, as a finance user reads them in --help.
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "recalc_worker.hpp"
#include "workbooks.hpp"

namespace walletshare::recalc {

struct RunOptions {
    std::vector<std::filesystem::path> inputs;
    Destination destination;
    WorkerSettings worker;
    unsigned jobs = 1;
    bool strict = false;
    std::optional<std::filesystem::path> report;
};

// A command line that cannot be run; the message says why.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

std::string helpText();

// nullopt when --help was asked for. Throws UsageError.
std::optional<RunOptions> parseCommandLine(int argc, const char* const* argv);

} // namespace walletshare::recalc
