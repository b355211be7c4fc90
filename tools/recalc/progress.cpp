#include "progress.hpp"

#include <cmath>
#include <cstdio>
#include <string>

#include "shown_name.hpp"

namespace walletshare::recalc {

namespace {

constexpr int secondsPerMinute = 60;

// 75 -> "1:15".
std::string clock(double seconds) {
    const auto whole = static_cast<long>(std::lround(seconds));
    const long rest = whole % secondsPerMinute;
    return std::to_string(whole / secondsPerMinute) + (rest < 10 ? ":0" : ":") +
           std::to_string(rest);
}

} // namespace

Progress::Progress(std::ostream& out, std::size_t total, bool terminal, bool strict)
    : out_(out), total_(total), terminal_(terminal), strict_(strict) {
}

void Progress::finished(const WorkbookResult& result) {
    const std::scoped_lock lock(writing_);
    ++done_;
    const std::string input = shownName(result.workbook.input);
    if (terminal_) {
        out_ << "\r\033[K";
    }
    if (!result.succeeded) {
        out_ << "walletshare-recalc: " << input << ": " << result.reason << '\n';
    }
    for (const std::string& warning : result.warnings) {
        out_ << "walletshare-recalc: " << input << ": " << warning << '\n';
    }
    for (const UncomputableCell& cell : result.uncomputableCells) {
        out_ << "walletshare-recalc: " << input << ": " << describe(cell) << '\n';
    }
    if (strict_) {
        for (const ErrorCell& cell : result.errorCells) {
            out_ << "walletshare-recalc: " << input << ": " << cell.sheet << '.' << cell.cell
                 << ": " << cell.error << '\n';
        }
    }
    if (terminal_) {
        drawLine();
    }
    out_.flush();
}

void Progress::drawLine() {
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    const double left = elapsed / static_cast<double>(done_) * static_cast<double>(total_ - done_);
    out_ << done_ << '/' << total_ << " workbooks, " << clock(elapsed) << " elapsed";
    if (done_ < total_) {
        out_ << ", about " << clock(left) << " left";
    }
}

void Progress::end() {
    const std::scoped_lock lock(writing_);
    if (terminal_) {
        out_ << "\r\033[K" << std::flush;
    }
}

} // namespace walletshare::recalc
