#include "calc_arguments.hpp"

#include <algorithm>

#include "walletshare/uno/text.hpp"

namespace walletshare::addin {

namespace {

using css::uno::Any;
using css::uno::TypeClass_DOUBLE;
using css::uno::TypeClass_VOID;

Cell cellOf(const Any& value) {
    double number = 0.0;
    if (value.getValueTypeClass() == TypeClass_DOUBLE && (value >>= number)) {
        return number;
    }
    return std::nullopt;
}

bool isRange(const Any& argument) {
    return argument.getValueType() == cppu::UnoType<CalcRange>::get();
}

// A single value given where a single value is expected: the argument itself,
// or the only cell of a 1x1 range. Larger ranges yield nullptr.
const Any* singleValueOf(const Any& argument) {
    if (!isRange(argument)) {
        return &argument;
    }
    const auto* range = static_cast<const CalcRange*>(argument.getValue());
    if (range->getLength() == 1 && (*range)[0].getLength() == 1) {
        return &(*range)[0][0];
    }
    return nullptr;
}

std::string textOf(const Any& value) {
    rtl::OUString text;
    value >>= text;
    return uno::utf8Of(text);
}

void fillCells(CellList& cells, const CalcRange& range) {
    // Reserved once: growing by a row at a time would copy a whole-column
    // range (1,048,576 rows of one cell) over and over.
    std::size_t count = 0;
    for (const auto& row : range) {
        count += static_cast<std::size_t>(row.getLength());
    }
    cells.reserve(count);
    for (const auto& row : range) {
        for (const auto& value : row) {
            cells.push_back(cellOf(value));
        }
    }
}

} // namespace

CellList cellsOf(const CalcRange& range) {
    CellList cells;
    fillCells(cells, range);
    return cells;
}

CellTable tableOf(const CalcRange& range) {
    CellTable table{cellsOf(range)};
    const auto columns = range.hasElements() ? range[0].getLength() : 0;
    const bool rectangular = std::all_of(range.begin(), range.end(), [columns](const auto& row) {
        return row.getLength() == columns;
    });
    table.columns = rectangular ? static_cast<std::size_t>(columns) : 0;
    return table;
}

std::optional<CellList> optionalCellsOf(const Any& argument) {
    if (argument.getValueTypeClass() == TypeClass_VOID) {
        return std::nullopt;
    }
    // Filled in place: moving a list into the optional would copy its cells
    // again, and GCC 12 misreads boost's move of the inline cells as an
    // overread.
    std::optional<CellList> cells(std::in_place);
    if (isRange(argument)) {
        fillCells(*cells, *static_cast<const CalcRange*>(argument.getValue()));
    } else {
        cells->push_back(cellOf(argument));
    }
    return cells;
}

Result<Optional> optionalNumberOf(const Any& argument) {
    if (argument.getValueTypeClass() == TypeClass_VOID) {
        return Optional{};
    }
    const Any* value = singleValueOf(argument);
    if (value == nullptr) {
        return Error::WrongType;
    }
    double number = 0.0;
    if (value->getValueTypeClass() == TypeClass_DOUBLE && (*value >>= number)) {
        return Optional{number};
    }
    bool flag = false;
    if (*value >>= flag) {
        return Optional{flag ? 1.0 : 0.0};
    }
    if (value->getValueTypeClass() == css::uno::TypeClass_STRING) {
        const auto parsed = numberFromText(textOf(*value));
        if (!parsed.ok()) {
            return parsed.error();
        }
        return Optional{parsed.value()};
    }
    return Error::WrongType;
}

Result<std::optional<std::string>> optionalTextOf(const Any& argument) {
    if (argument.getValueTypeClass() == TypeClass_VOID) {
        return std::optional<std::string>{};
    }
    const Any* value = singleValueOf(argument);
    if (value == nullptr) {
        return Error::WrongType;
    }
    return std::optional<std::string>{textOf(*value)};
}

std::optional<std::vector<Any>> labelsOf(const Any& argument) {
    if (argument.getValueTypeClass() == TypeClass_VOID) {
        return std::nullopt;
    }
    std::vector<Any> labels;
    const auto keep = [&labels](const Any& value) {
        rtl::OUString text;
        const bool emptyText = (value >>= text) && text.isEmpty();
        if (value.hasValue() && !emptyText) {
            labels.push_back(value);
        }
    };
    if (isRange(argument)) {
        for (const auto& row : *static_cast<const CalcRange*>(argument.getValue())) {
            for (const auto& value : row) {
                keep(value);
            }
        }
    } else {
        keep(argument);
    }
    return labels;
}

} // namespace walletshare::addin
