#include "formula_to_sql.hpp"

#include <array>
#include <cctype>
#include <charconv>
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <vector>

#include "sql_name.hpp"
#include "walletshare/catalog.hpp"
#include "walletshare/description.hpp"

namespace walletshare::postgres_test {

namespace {

bool isLetter(char letter) {
    return std::isalpha(static_cast<unsigned char>(letter)) != 0;
}

bool isDigit(char letter) {
    return std::isdigit(static_cast<unsigned char>(letter)) != 0;
}

std::string number(double value) {
    std::array<char, 32> digits{};
    const auto written = std::to_chars(digits.data(), digits.data() + digits.size(), value);
    return {digits.data(), written.ptr};
}

// The arguments of a call, split at the semicolons outside parentheses and
// braces, without their surrounding blanks.
std::vector<std::string_view> splitArguments(std::string_view inside) {
    std::vector<std::string_view> arguments;
    int depth = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= inside.size(); ++i) {
        const char letter = i < inside.size() ? inside[i] : ';';
        depth += (letter == '(' || letter == '{') ? 1 : 0;
        depth -= (letter == ')' || letter == '}') ? 1 : 0;
        if (letter == ';' && depth == 0) {
            std::string_view argument = inside.substr(start, i - start);
            while (!argument.empty() && argument.front() == ' ') {
                argument.remove_prefix(1);
            }
            while (!argument.empty() && argument.back() == ' ') {
                argument.remove_suffix(1);
            }
            arguments.push_back(argument);
            start = i + 1;
        }
    }
    return arguments;
}

class Translator {
public:
    explicit Translator(std::span<const reference::ExampleCell> cells) : cells_(cells) {}

    // An expression: a call, a reference, a number or arithmetic of numbers.
    // Formulas nest calls (SHARE(30000; WALLET(...))), so expression and call
    // recurse; the contract's formulas are two deep at most.
    // NOLINTNEXTLINE(misc-no-recursion)
    std::string expression(std::string_view text, bool range) {
        if (text.starts_with('{')) {
            return inlineArray(text.substr(1, text.size() - 2));
        }
        if (text.starts_with('"')) {
            return "'" + std::string(text.substr(1, text.size() - 2)) + "'";
        }
        if (const std::optional<std::string> reference = cellReference(text, range)) {
            return *reference;
        }
        const std::size_t open = text.find('(');
        if (open != std::string_view::npos && isLetter(text.front()) && text.back() == ')') {
            const std::string sql =
                call(text.substr(0, open), text.substr(open + 1, text.size() - open - 2));
            return range ? "ARRAY[" + sql + "]" : sql;
        }
        std::string sql;
        for (std::size_t i = 0; i < text.size();) {
            if (isDigit(text[i])) {
                std::size_t end = i;
                while (end < text.size() && (isDigit(text[end]) || text[end] == '.')) {
                    ++end;
                }
                sql += std::string(text.substr(i, end - i)) + "::float8";
                i = end;
            } else {
                sql += text[i++];
            }
        }
        return range ? "ARRAY[" + sql + "]" : "(" + sql + ")";
    }

private:
    // NOLINTNEXTLINE(misc-no-recursion)
    std::string call(std::string_view displayName, std::string_view inside) {
        if (displayName == "TRUE") {
            return "true";
        }
        const description::Function* function = nullptr;
        for (const catalog::FunctionText& text : catalog::texts(Language::English).functions) {
            if (text.displayName == displayName) {
                function = description::find(text.programmaticName);
            }
        }
        if (function == nullptr) {
            throw std::invalid_argument("not a Walletshare function: " + std::string(displayName));
        }
        const std::vector<std::string_view> given = splitArguments(inside);
        std::string sql = postgres::sqlName(function->programmaticName) + "(";
        bool byName = false;
        bool first = true;
        for (std::size_t i = 0; i < given.size(); ++i) {
            const description::Argument& argument = function->arguments[i];
            if (given[i].empty()) {
                byName = true;
                continue;
            }
            const bool range = argument.kind == description::Kind::Range ||
                               argument.kind == description::Kind::OptionalRange;
            sql += first ? "" : ", ";
            sql += byName ? std::string(argument.name) + " => " : "";
            sql += expression(given[i], range);
            first = false;
        }
        return sql + ")";
    }

    // {0.02; 0.1} -> '{0.02,0.1}'::float8[]; {"C"; "B"} -> '{C,B}'::text[]
    static std::string inlineArray(std::string_view inside) {
        std::string elements;
        bool text = false;
        for (const std::string_view element : splitArguments(inside)) {
            text |= element.starts_with('"');
            elements += (elements.empty() ? "" : ",") + std::string(element);
        }
        return "'{" + elements + "}'::" + (text ? "text[]" : "float8[]");
    }

    [[nodiscard]] std::optional<double> cell(char column, int row) const {
        const std::string address = column + std::to_string(row);
        for (const reference::ExampleCell& known : cells_) {
            if (known.address == address) {
                return known.number;
            }
        }
        return std::nullopt;
    }

    // B2:C7 -> '{{6,400},...}'::float8[]; E2 -> 6 (or '{6}' as a range); an
    // empty cell NULL in a range of several cells, 0 alone (as Calc passes it).
    [[nodiscard]] std::optional<std::string> cellReference(std::string_view text,
                                                           bool range) const {
        const auto parse = [](std::string_view address, char& column, int& row) {
            if (address.size() < 2 || !isLetter(address[0])) {
                return false;
            }
            column = address[0];
            const auto parsed =
                std::from_chars(address.data() + 1, address.data() + address.size(), row);
            return parsed.ec == std::errc{} && parsed.ptr == address.data() + address.size();
        };
        const std::size_t colon = text.find(':');
        char firstColumn = 0;
        int firstRow = 0;
        char lastColumn = 0;
        int lastRow = 0;
        if (!parse(text.substr(0, colon), firstColumn, firstRow)) {
            return std::nullopt;
        }
        if (colon == std::string_view::npos) {
            lastColumn = firstColumn;
            lastRow = firstRow;
        } else if (!parse(text.substr(colon + 1), lastColumn, lastRow)) {
            return std::nullopt;
        }
        const auto shown = [](std::optional<double> value) {
            return value ? number(*value) : std::string("NULL");
        };
        if (colon == std::string_view::npos) {
            const std::string single = number(cell(firstColumn, firstRow).value_or(0.0));
            return range ? "'{" + single + "}'::float8[]" : "(" + single + ")::float8";
        }
        const bool table = firstColumn != lastColumn && firstRow != lastRow;
        std::string array = "'{";
        for (int row = firstRow; row <= lastRow; ++row) {
            array += row == firstRow ? "" : ",";
            array += table ? "{" : "";
            for (char column = firstColumn; column <= lastColumn; ++column) {
                array += column == firstColumn ? "" : ",";
                array += shown(cell(column, row));
            }
            array += table ? "}" : "";
        }
        return array + "}'::float8[]";
    }

    std::span<const reference::ExampleCell> cells_;
};

} // namespace

std::string formulaToSql(std::string_view formula, std::span<const reference::ExampleCell> cells) {
    Translator translator(cells);
    return "SELECT " + translator.expression(formula.substr(1), false);
}

} // namespace walletshare::postgres_test
