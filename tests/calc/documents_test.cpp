// Formulas survive a document round trip: stored with the programmatic name,
// reopened and recalculated with the add-in installed.
#include <fstream>
#include <iterator>
#include <string>

#include "calc_office.hpp"
#include "expected_value.hpp"

namespace walletshare::calc_test {
namespace {

using Documents = CalcTest;

// Stores the sheet, reopens it and recalculates; returns A1 of the copy.
office::CellValue reopened(const office::Spreadsheet& sheet, const std::filesystem::path& file,
                           office::PrivateOffice& office) {
    sheet.store(file);
    auto copy = office::Spreadsheet::open(office.desktop(), file);
    copy.calculateAll();
    return copy.value("A1");
}

TEST_F(Documents, FlatOdsStoresTheProgrammaticName) {
    compute("=SHARE(30000;5000000)");
    const auto file = office().profile().documents() / "share.fods";
    EXPECT_TRUE(shows(reopened(sheet(), file, office()), 0.006));
    std::ifstream in(file);
    const std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_NE(xml.find("of:=ORG.WALLETSHARE.SHAREOFWALLET.SHARE(30000;5000000)"),
              std::string::npos);
}

TEST_F(Documents, XlsxRoundTripRecalculates) {
    compute("=TARGET_SHIPMENT(5000000;0.05;30000;12;6)");
    EXPECT_TRUE(
        shows(reopened(sheet(), office().profile().documents() / "plan.xlsx", office()), 140000.0));
}

} // namespace
} // namespace walletshare::calc_test
