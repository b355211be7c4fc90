// Walletshare's formula cells: those whose formula calls one of its functions,
// directly, inside another formula (=ROUND(SHARE(B2;C2);2)), or through a
// named formula that calls one (=ClientShare*100 where ClientShare is
// SHARE($B$2;$C$2)).
#pragma once

#include <functional>
#include <vector>

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

namespace walletshare::recalc {

class WalletshareCalls {
public:
    // Finds the workbook's named formulas that call Walletshare, also
    // through one another.
    explicit WalletshareCalls(
        const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

    // `formula` as the API gives it: Calc writes an add-in call by its
    // service name in capitals (ORG.WALLETSHARE.SHAREOFWALLET.SHARE),
    // whatever the interface language.
    [[nodiscard]] bool in(const rtl::OUString& formula) const;

private:
    // In capitals, as names are compared.
    std::vector<rtl::OUString> names_;
};

// A rectangle of formula cells on a sheet and their formulas, row by row
// (an array formula's cells as "{=...}").
using FormulaBlock =
    std::function<void(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                       const css::uno::Reference<css::table::XCellRange>& block,
                       const css::uno::Sequence<css::uno::Sequence<rtl::OUString>>& formulas)>;

// Calls `each` for every block of formula cells of every sheet: one API call
// reads a block's formulas, where reading them cell by cell over the bridge
// would take minutes for a large workbook.
void forEveryFormulaBlock(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                          const FormulaBlock& each);

} // namespace walletshare::recalc
