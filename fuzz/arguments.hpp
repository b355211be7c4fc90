// The fuzzer's bytes read as spreadsheet arguments. Every fuzz target takes its
// arguments from here, so each target only says which arguments its function
// has, and all of them meet the same awkward numbers: NaN and infinities (which
// no cell holds, but an adapter bug or a future caller might pass), the edges
// of double, whole numbers, the contract's thresholds and values within its
// 1e-12 tolerance of them, ranges of any length with gaps, and optional
// arguments left out.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "walletshare/cells.hpp"

namespace walletshare::fuzz {

class Arguments {
public:
    explicit Arguments(std::span<const std::uint8_t> bytes) : bytes_(bytes) {}

    // Any double, most often one of the kinds above.
    double number();

    // Left out, or a number.
    Optional optional();

    // A range of 0 to 71 cells, some of them gaps (empty or text cells).
    std::vector<Cell> cells();

    // A range of exactly `count` cells, for arguments used pairwise.
    std::vector<Cell> cells(std::size_t count);

    bool flag();

    // Up to `maxLength` arbitrary characters.
    std::string text(std::size_t maxLength);

    // A count below `limit`.
    std::size_t count(std::size_t limit);

private:
    // Once the bytes run out every read is 0: the remaining arguments take
    // their plainest form (0, left out, an empty range).
    std::uint8_t byte();
    double anchor();

    std::span<const std::uint8_t> bytes_;
};

} // namespace walletshare::fuzz
