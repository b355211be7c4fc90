// A table printed with aligned columns, and the number formats of the report.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace walletshare::bench {

class TextTable {
public:
    explicit TextTable(std::vector<std::string> headings);
    void add(std::vector<std::string> row);
    void print(std::ostream& out) const;

private:
    std::vector<std::vector<std::string>> rows_;
};

// `value` with `decimals` digits after the point; "-" for no value.
std::string fixed(std::optional<double> value, int decimals);

// "2.4x"; "-" for no value.
std::string times(std::optional<double> ratio);

} // namespace walletshare::bench
