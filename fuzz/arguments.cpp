#include "arguments.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <limits>

namespace walletshare::fuzz {

namespace {

using limits = std::numeric_limits<double>;

// Where the functions change their answer or their arithmetic breaks down.
constexpr std::array anchors{
    // The contract's thresholds, defaults and example figures.
    0.0, 0.01, 0.05, 0.1, 0.5, 1.0, 0.3, 0.25, 0.08, 0.006, 30000.0, 5000000.0,
    // Edges of the whole-number arguments: tiers, methods, ramp shapes,
    // periods, and growth, which must stay above -1.
    -1.0, 2.0, 3.0, 4.0, 12.0,
    // Edges of double.
    -0.0, limits::min(), limits::denorm_min(), -limits::denorm_min(), limits::epsilon(), 1e-308,
    1e308, -1e308, limits::max(), limits::lowest(), 9007199254740992.0, limits::quiet_NaN(),
    -limits::quiet_NaN(), limits::infinity(), -limits::infinity()};

// Divisors that turn a whole number into an amount with a few decimals.
constexpr std::array<double, 7> decimals{1.0, 10.0, 100.0, 1e3, 1e4, 1e5, 1e6};

} // namespace

std::uint8_t Arguments::byte() {
    if (bytes_.empty()) {
        return 0;
    }
    const std::uint8_t first = bytes_.front();
    bytes_ = bytes_.subspan(1);
    return first;
}

double Arguments::anchor() {
    return anchors.at(count(anchors.size()));
}

double Arguments::number() {
    switch (byte() % 8) {
    case 0:
        return anchor();
    case 1: {
        // A few units in the last place either side: 0.3-0.2 is 0.1 less two.
        double value = anchor();
        const auto steps = static_cast<std::int8_t>(byte());
        const double direction = steps < 0 ? -limits::infinity() : limits::infinity();
        for (int step = 0; step < std::abs(steps) % 5; ++step) {
            value = std::nextafter(value, direction);
        }
        return value;
    }
    case 2: {
        // Inside and just outside the 1e-12 tolerance of shares and whole numbers.
        const double value = anchor();
        const auto steps = static_cast<std::int8_t>(byte());
        return value + steps * 1e-13 * std::max(1.0, std::abs(value));
    }
    case 3:
        // Tiers, ranks, periods, methods and their neighbours.
        return static_cast<std::int8_t>(byte());
    case 4:
    case 5: {
        // An amount as typed: 5000000, 30000.5, 0.05.
        std::uint32_t whole = 0;
        for (int part = 0; part < 4; ++part) {
            whole = (whole << 8U) | byte();
        }
        return whole / decimals.at(count(decimals.size()));
    }
    default: {
        // Any bit pattern: denormals, NaN payloads and everything in between.
        std::uint64_t bits = 0;
        for (int part = 0; part < 8; ++part) {
            bits = (bits << 8U) | byte();
        }
        return std::bit_cast<double>(bits);
    }
    }
}

Optional Arguments::optional() {
    if (flag()) {
        return number();
    }
    return std::nullopt;
}

std::vector<Cell> Arguments::cells() {
    // Mostly as short as a plan's ranges, now and then longer.
    const std::uint8_t length = byte();
    return cells(length < 192 ? length % 8 : length - 184U);
}

std::vector<Cell> Arguments::cells(std::size_t count) {
    std::vector<Cell> range;
    range.reserve(count);
    for (std::size_t cell = 0; cell < count; ++cell) {
        if (byte() % 4 == 0) {
            range.emplace_back(std::nullopt);
        } else {
            range.emplace_back(number());
        }
    }
    return range;
}

bool Arguments::flag() {
    return byte() % 2 == 1;
}

std::string Arguments::text(std::size_t maxLength) {
    std::string characters(count(maxLength + 1), '\0');
    std::ranges::generate(characters, [this] { return static_cast<char>(byte()); });
    return characters;
}

std::size_t Arguments::count(std::size_t limit) {
    return byte() % limit;
}

} // namespace walletshare::fuzz
