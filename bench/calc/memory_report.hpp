// Whether memory grows when the same workbook is recalculated again and
// again in one soffice: a leak per call in the add-in (an any, a sequence, a
// string not released) would add up to megabytes over 500,000 calls.
#pragma once

#include <ostream>

#include "bench_office.hpp"
#include "workbook_set.hpp"

namespace walletshare::bench {

// Opens the workbook, recalculates it `recalculations` times and prints
// soffice.bin's resident memory after each, and the growth after the first.
void reportMemory(BenchOffice& office, const Workbook& workbook, int recalculations,
                  std::ostream& out);

} // namespace walletshare::bench
