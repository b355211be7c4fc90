#include "cell_name.hpp"

namespace walletshare::templates {

std::string cellName(int column, int row) {
    std::string letters;
    for (auto number = column + 1; number > 0; number = (number - 1) / 26) {
        letters.insert(letters.begin(), static_cast<char>('A' + (number - 1) % 26));
    }
    return letters + std::to_string(row + 1);
}

} // namespace walletshare::templates
