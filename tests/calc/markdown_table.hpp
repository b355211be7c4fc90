// The first table of a Markdown document (GitHub's pipe tables), read into
// rows of trimmed cell texts, so that a table written for people can also be
// the data of a test.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace walletshare::calc_test {

// A table that is not well formed; the message names the line.
class MalformedTable : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct MarkdownTableRow {
    // The line of the document, from 1, so that a failure points at it.
    std::size_t line = 0;
    std::vector<std::string> cells;
};

struct MarkdownTable {
    std::vector<std::string> header;
    std::vector<MarkdownTableRow> rows;
};

// Reads the first table of `text`: a header row, the delimiter row (|---|)
// and the body rows up to the first line that is not a table row. Cells are
// trimmed, and `\|` in a cell is a literal '|' (how a pipe is written inside a
// table, even within a code span). Every row must have the header's number of
// cells; otherwise, or when there is no table, throws MalformedTable.
MarkdownTable parseMarkdownTable(std::string_view text);

// The text of a cell written as one code span (`=SHARE(1;2)`), or the cell
// itself when it is not one.
std::string_view withoutCodeSpan(std::string_view cell);

} // namespace walletshare::calc_test
