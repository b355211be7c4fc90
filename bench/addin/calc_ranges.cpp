#include "calc_ranges.hpp"

#include <span>

namespace walletshare::bench {

namespace {

using Row = css::uno::Sequence<css::uno::Any>;

// The SDK's Sequence has no initializer-list constructor outside
// LibreOffice's own code.
template <class Element> css::uno::Sequence<Element> sequenceOf(const Element& element) {
    return css::uno::Sequence<Element>(&element, 1);
}

css::uno::Any cellValue(std::size_t index, double scale) {
    if (index % 7 == 6) {
        return css::uno::Any(rtl::OUString());
    }
    return css::uno::Any(scale * (0.5 + static_cast<double>((index * 7919) % 1000) / 1000.0));
}

} // namespace

addin::CalcRange columnRange(std::size_t rows, double scale) {
    addin::CalcRange range(static_cast<sal_Int32>(rows));
    auto* row = range.getArray();
    for (std::size_t i = 0; i < rows; ++i) {
        row[i] = sequenceOf(cellValue(i, scale));
    }
    return range;
}

addin::CalcRange rowRange(std::size_t columns, double scale) {
    Row row(static_cast<sal_Int32>(columns));
    auto* cell = row.getArray();
    for (std::size_t i = 0; i < columns; ++i) {
        cell[i] = cellValue(i, scale);
    }
    return sequenceOf(row);
}

addin::CalcRange uniformColumn(std::size_t rows, double value) {
    addin::CalcRange range(static_cast<sal_Int32>(rows));
    const Row cell = sequenceOf(css::uno::Any(value));
    for (auto& row : std::span(range.getArray(), rows)) {
        row = cell;
    }
    return range;
}

addin::CalcRange singleCell(double value) {
    return sequenceOf(sequenceOf(css::uno::Any(value)));
}

} // namespace walletshare::bench
