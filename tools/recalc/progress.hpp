// What a person running the tool sees: on a terminal, one line that counts
// the workbooks done and estimates the time left; always, a line per failure,
// per warning and per cell whose stored value Calc cannot compute; with --strict, per
// error cell, on stderr.
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <ostream>

#include "workbook_result.hpp"

namespace walletshare::recalc {

class Progress {
public:
    Progress(std::ostream& out, std::size_t total, bool terminal, bool strict);

    // Called by the workers, from their threads.
    void finished(const WorkbookResult& result);
    // Clears the progress line.
    void end();

private:
    void drawLine();

    std::ostream& out_;
    std::size_t total_;
    bool terminal_;
    bool strict_;
    std::size_t done_ = 0;
    std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
    std::mutex writing_;
};

} // namespace walletshare::recalc
