// The function reference of docs/, written from the catalog in one language.
#pragma once

#include <ostream>

#include "walletshare/functions.hpp"

namespace walletshare::reference {

void writeReference(std::ostream& out, Language language);

} // namespace walletshare::reference
