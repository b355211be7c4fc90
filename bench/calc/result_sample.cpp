#include "result_sample.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "workbook_layout.hpp"

namespace walletshare::bench {

ResultSample sampleResults(const office::Spreadsheet& spreadsheet, std::size_t clients,
                           std::size_t count) {
    ResultSample sample;
    const std::size_t step = std::max<std::size_t>(1, clients / count);
    for (std::size_t client = 0; client < clients; client += step) {
        const auto row = std::to_string(client + headingRows + 1);
        for (std::size_t column = 0; column < formulaColumns; ++column) {
            const auto letter = static_cast<char>('A' + dataColumns + column);
            const auto cell = std::string(1, letter) + row;
            sample.emplace_back(cell, spreadsheet.value(cell));
        }
    }
    return sample;
}

Comparison compare(const ResultSample& left, const ResultSample& right) {
    Comparison comparison;
    comparison.cells = std::min(left.size(), right.size());
    for (std::size_t i = 0; i < comparison.cells; ++i) {
        const auto& [cell, leftValue] = left[i];
        const auto& rightValue = right[i].second;
        const auto* a = std::get_if<double>(&leftValue);
        const auto* b = std::get_if<double>(&rightValue);
        comparison.errors +=
            static_cast<std::size_t>(std::holds_alternative<office::CalcError>(leftValue) ||
                                     std::holds_alternative<office::CalcError>(rightValue));
        // The same arithmetic in another order differs in the last bits.
        const bool same =
            (a != nullptr && b != nullptr &&
             std::abs(*a - *b) <= 1e-9 * std::max({1.0, std::abs(*a), std::abs(*b)})) ||
            leftValue == rightValue;
        if (!same && comparison.different++ == 0) {
            comparison.firstDifference =
                cell + ": " + office::describe(leftValue) + " vs " + office::describe(rightValue);
        }
    }
    return comparison;
}

std::size_t errorsIn(const ResultSample& sample) {
    return static_cast<std::size_t>(std::ranges::count_if(sample, [](const auto& cell) {
        return std::holds_alternative<office::CalcError>(cell.second);
    }));
}

} // namespace walletshare::bench
