// A cell's name as Calc writes it (B3), for messages.
#pragma once

#include <string>

namespace walletshare::templates {

// Column and row count from 0.
std::string cellName(int column, int row);

} // namespace walletshare::templates
