// The bad-input matrix of docs/bad-input-matrix.md, run in a real headless
// Calc: every function against text, booleans, empty and error cells, errors
// made by arithmetic, huge and negative numbers, ranges of unequal size, whole
// columns, inline arrays, and missing and extra arguments. The document is the
// single list of cases: this test reads its table at run time, so a row added
// there is a case here, and a check that every function meets every kind of
// bad input keeps the table from silently shrinking.
#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <fstream>
#include <optional>
#include <ostream>
#include <regex>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "calc_office.hpp"
#include "expected_value.hpp"
#include "markdown_table.hpp"
#include "walletshare/catalog.hpp"
#include "walletshare/description.hpp"
#include "walletshare/office/child_process.hpp"

namespace walletshare::calc_test {
namespace {

using namespace std::string_view_literals;

// The English display names of every function, as the matrix names them.
std::vector<std::string_view> functionNames() {
    std::vector<std::string_view> names;
    for (const catalog::FunctionText& text : catalog::texts(Language::English).functions) {
        names.push_back(text.displayName);
    }
    return names;
}

// The kinds of bad input; a row's "what is bad" starts with one of them and a
// colon.
constexpr std::array badInputKinds{"text"sv,          "numeric text"sv, "boolean"sv,
                                   "empty cell"sv,    "error cell"sv,   "NaN-making arithmetic"sv,
                                   "huge value"sv,    "negative"sv,     "unequal ranges"sv,
                                   "whole column"sv,  "inline array"sv, "missing argument"sv,
                                   "extra argument"sv};

constexpr std::array columnNames{"function"sv, "what is bad"sv, "cells set up beforehand"sv,
                                 "formula"sv,  "expected"sv,    "why"sv};

// A hang guard, not a speed check (speed is measured by benchmarks): a case
// takes milliseconds and a whole column up to about two seconds, so twenty
// seconds leaves room for a machine busy with other work and trips only when
// Calc or the add-in nearly hangs on bad input. A real hang is cut off by
// ctest's timeout for the whole executable.
constexpr auto hangGuard = std::chrono::seconds(20);

// The formula goes into A1, so no set-up cell may be there.
constexpr std::string_view formulaCell = "A1";

enum class Content { Text, Number, Formula };

struct SetupCell {
    std::string cell;
    Content content = Content::Text;
    std::string text;
    double number = 0.0;
};

struct MatrixRow {
    std::size_t line = 0;
    std::string function;
    std::string kind;
    std::string bad;
    std::vector<SetupCell> cells;
    std::string formula;
    Expected expected;

    // gtest looks for this name.
    friend void PrintTo( // NOLINT(readability-identifier-naming)
        const MatrixRow& row, std::ostream* out) {
        *out << "line " << row.line << ": " << row.formula << " -> " << describe(row.expected);
    }
};

struct Matrix {
    std::vector<MatrixRow> rows;
    // What is wrong with the document, one message per problem.
    std::vector<std::string> problems;
};

std::optional<double> numberOf(std::string_view text) {
    double value = 0.0;
    const char* end = text.data() + text.size();
    const auto [parsedTo, error] = std::from_chars(text.data(), end, value);
    if (text.empty() || error != std::errc{} || parsedTo != end) {
        return std::nullopt;
    }
    return value;
}

// A number, "a text" in quotes, or an error as Calc shows it (Err:502, #N/A).
std::optional<Expected> expectedOf(std::string_view text) {
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"') {
        return Expected{std::string(text.substr(1, text.size() - 2))};
    }
    if (text.starts_with("Err:")) {
        if (const auto code = numberOf(text.substr(4))) {
            return Expected{office::CalcError{static_cast<int>(*code)}};
        }
        return std::nullopt;
    }
    if (text.starts_with('#')) {
        using namespace office::calc_error;
        for (const auto error :
             {illegalFloatingPoint, noValue, noName, divisionByZero, notAvailable}) {
            if (office::errorText(error) == text) {
                return Expected{error};
            }
        }
        return std::nullopt;
    }
    if (const auto number = numberOf(text)) {
        return Expected{*number};
    }
    return std::nullopt;
}

// `D1=text:x; D2=number:5; D3=formula:=1/0`. A ';' ends an entry only where
// the next entry begins, so a set-up formula may have ';' of its own.
std::optional<std::vector<SetupCell>> setupOf(std::string_view notation) {
    std::vector<SetupCell> cells;
    if (notation.empty()) {
        return cells;
    }
    const std::string text(notation);
    const std::regex entryStart(R"((^|;\s*)([A-Z]{1,3}[1-9][0-9]{0,6})=(text|number|formula):)");
    std::vector<std::smatch> starts;
    for (auto match = std::sregex_iterator(text.begin(), text.end(), entryStart);
         match != std::sregex_iterator(); ++match) {
        starts.push_back(*match);
    }
    if (starts.empty() || starts.front().position(0) != 0) {
        return std::nullopt;
    }
    for (std::size_t i = 0; i < starts.size(); ++i) {
        const auto& start = starts[i];
        const auto from = static_cast<std::size_t>(start.position(0) + start.length(0));
        const std::size_t to = i + 1 < starts.size()
                                   ? static_cast<std::size_t>(starts[i + 1].position(0))
                                   : text.size();
        SetupCell cell;
        cell.cell = start[2].str();
        cell.text = text.substr(from, to - from);
        if (start[3] == "number") {
            const auto number = numberOf(cell.text);
            if (!number) {
                return std::nullopt;
            }
            cell.content = Content::Number;
            cell.number = *number;
        } else {
            cell.content = start[3] == "text" ? Content::Text : Content::Formula;
        }
        cells.push_back(std::move(cell));
    }
    return cells;
}

// Whether the formula calls `name` itself, not a function whose name ends in
// it (RANKSHARE is no call of SHARE).
bool calls(std::string_view formula, std::string_view name) {
    const std::string call = std::string(name) + '(';
    for (auto at = formula.find(call); at != std::string_view::npos;
         at = formula.find(call, at + 1)) {
        const char before = at == 0 ? ' ' : formula[at - 1];
        if ((before < 'A' || before > 'Z') && before != '_') {
            return true;
        }
    }
    return false;
}

template <class Range> bool contains(const Range& range, std::string_view value) {
    return std::ranges::find(range, value) != range.end();
}

// Two ranges can disagree in size only in a function that takes two; every
// other kind of bad input reaches every function.
bool applies(std::string_view displayName, std::string_view kind) {
    if (kind != "unequal ranges") {
        return true;
    }
    const auto texts = catalog::texts(Language::English).functions;
    const auto text = std::ranges::find(texts, displayName, &catalog::FunctionText::displayName);
    const auto& arguments = description::find(text->programmaticName)->arguments;
    return std::ranges::count_if(arguments, [](const description::Argument& argument) {
               return argument.kind == description::Kind::Range ||
                      argument.kind == description::Kind::OptionalRange;
           }) >= 2;
}

std::optional<MatrixRow> rowOf(const MarkdownTableRow& source, std::vector<std::string>& problems) {
    const auto problem = [&](const std::string& what) {
        problems.push_back("docs/bad-input-matrix.md line " + std::to_string(source.line) + ": " +
                           what);
        return std::nullopt;
    };
    const auto& cells = source.cells;
    MatrixRow row;
    row.line = source.line;
    row.function = cells[0];
    if (!contains(functionNames(), row.function)) {
        return problem("unknown function " + row.function);
    }
    row.bad = cells[1];
    row.kind = row.bad.substr(0, row.bad.find(':'));
    if (row.kind == row.bad || !contains(badInputKinds, row.kind)) {
        return problem("\"what is bad\" does not start with a known kind and ':': " + row.bad);
    }
    const auto setup = setupOf(withoutCodeSpan(cells[2]));
    if (!setup) {
        return problem("cannot read the set-up cells " + cells[2]);
    }
    row.cells = *setup;
    if (std::ranges::any_of(row.cells,
                            [](const SetupCell& cell) { return cell.cell == formulaCell; })) {
        return problem("A1 is where the formula goes; set up other cells");
    }
    row.formula = withoutCodeSpan(cells[3]);
    if (!row.formula.starts_with('=') || !calls(row.formula, row.function)) {
        return problem("the formula " + row.formula + " does not call " + row.function);
    }
    const auto expected = expectedOf(cells[4]);
    if (!expected) {
        return problem("cannot read the expected value " + cells[4]);
    }
    row.expected = *expected;
    const std::string& why = cells[5];
    if (why.find("SPEC") == std::string::npos && why.find("DECISIONS") == std::string::npos &&
        why.find("decided:") == std::string::npos) {
        return problem("\"why\" cites neither SPEC nor DECISIONS and is not marked decided:");
    }
    return row;
}

Matrix readMatrix() {
    Matrix matrix;
    std::ifstream file(WALLETSHARE_BAD_INPUT_MATRIX);
    if (!file) {
        matrix.problems.emplace_back("cannot read " WALLETSHARE_BAD_INPUT_MATRIX);
        return matrix;
    }
    std::stringstream text;
    text << file.rdbuf();
    MarkdownTable table;
    try {
        table = parseMarkdownTable(text.str());
    } catch (const MalformedTable& error) {
        matrix.problems.emplace_back(std::string("docs/bad-input-matrix.md: ") + error.what());
        return matrix;
    }
    if (!std::ranges::equal(table.header, columnNames)) {
        matrix.problems.emplace_back("docs/bad-input-matrix.md: the columns are not the expected "
                                     "function | what is bad | cells set up beforehand | formula | "
                                     "expected | why");
        return matrix;
    }
    for (const auto& source : table.rows) {
        if (auto row = rowOf(source, matrix.problems)) {
            matrix.rows.push_back(std::move(*row));
        }
    }
    return matrix;
}

// Read once: gtest asks for the rows when it registers the cases, and the
// document checks below read them again.
const Matrix& matrix() {
    static const Matrix read = readMatrix();
    return read;
}

TEST(BadInputMatrixDocument, IsReadableRowByRow) {
    for (const auto& problem : matrix().problems) {
        ADD_FAILURE() << problem;
    }
    EXPECT_FALSE(matrix().rows.empty());
}

// Every function meets every kind of bad input, except where the kind cannot
// arise for it; removing the last row of a pair fails here.
TEST(BadInputMatrixDocument, CoversEveryFunctionWithEveryKind) {
    for (const auto function : functionNames()) {
        for (const auto kind : badInputKinds) {
            const auto rows = std::ranges::count_if(matrix().rows, [&](const MatrixRow& row) {
                return row.function == function && row.kind == kind;
            });
            if (applies(function, kind)) {
                EXPECT_GT(rows, 0) << function << " has no row for " << kind;
            }
        }
    }
}

TEST(BadInputMatrixParser, ReadsEscapedPipesAndCodeSpans) {
    const auto table = parseMarkdownTable("intro\n\n| a | b |\n|---|:-:|\n| `{1;2\\|3;4}` | x |\n"
                                          "| 2 | |\n\nafter\n");
    ASSERT_EQ(table.rows.size(), 2U);
    EXPECT_EQ(table.rows[0].line, 5U);
    EXPECT_EQ(withoutCodeSpan(table.rows[0].cells[0]), "{1;2|3;4}");
    EXPECT_EQ(table.rows[1].cells[1], "");
}

TEST(BadInputMatrixParser, RejectsARowWithTheWrongNumberOfCells) {
    EXPECT_THROW(parseMarkdownTable("| a | b |\n|---|---|\n| 1 |\n"), MalformedTable);
    EXPECT_THROW(parseMarkdownTable("no table here\n"), MalformedTable);
}

TEST(BadInputMatrixParser, ReadsSetUpCellsWithSemicolonsInFormulas) {
    const auto cells = setupOf("D1=text:a b; D2=number:-5; D3=formula:=SUM(1;2); E4=text:;x");
    ASSERT_TRUE(cells.has_value());
    ASSERT_EQ(cells->size(), 4U);
    EXPECT_EQ((*cells)[0].text, "a b");
    EXPECT_EQ((*cells)[1].number, -5.0);
    EXPECT_EQ((*cells)[2].text, "=SUM(1;2)");
    EXPECT_EQ((*cells)[3].text, ";x");
    EXPECT_FALSE(setupOf("D1=number:five").has_value());
    EXPECT_FALSE(setupOf("D1 text x").has_value());
}

class BadInputMatrix : public CalcTest, public ::testing::WithParamInterface<MatrixRow> {};

// CalcTest::SetUp has emptied the sheet, so a case sees only its own cells.
TEST_P(BadInputMatrix, ShowsTheDocumentedResult) {
    const MatrixRow& row = GetParam();
    for (const auto& cell : row.cells) {
        switch (cell.content) {
        case Content::Text:
            sheet().setText(cell.cell, cell.text);
            break;
        case Content::Number:
            sheet().setNumber(cell.cell, cell.number);
            break;
        case Content::Formula:
            sheet().setFormula(cell.cell, cell.text);
            break;
        }
    }
    const auto start = std::chrono::steady_clock::now();
    const auto shown = compute(row.formula, formulaCell);
    const auto took = std::chrono::steady_clock::now() - start;
    EXPECT_TRUE(shows(shown, row.expected))
        << row.formula << " (" << row.bad << "; docs/bad-input-matrix.md line " << row.line << ")";
    EXPECT_LT(took, hangGuard) << row.formula << " took "
                               << std::chrono::duration<double>(took).count() << " s";
    EXPECT_TRUE(office().alive()) << row.formula << " took soffice down; its output:\n"
                                  << office::tailOf(office().log());
}

INSTANTIATE_TEST_SUITE_P(Table, BadInputMatrix, ::testing::ValuesIn(matrix().rows),
                         [](const ::testing::TestParamInfo<MatrixRow>& info) {
                             return "line" + std::to_string(info.param.line) + "_" +
                                    info.param.function;
                         });

} // namespace
} // namespace walletshare::calc_test
