// One private soffice per test executable: a gtest Environment installs the
// built extension into a fresh private profile, starts soffice on it before the
// first test and ends it after the last. Fixtures share one spreadsheet per
// test suite and empty it before each test.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "walletshare/office/cell_value.hpp"
#include "walletshare/office/private_office.hpp"
#include "walletshare/office/spreadsheet.hpp"

namespace walletshare::calc_test {

class CalcOffice : public ::testing::Environment {
public:
    CalcOffice(office::InstallMode mode, std::string interfaceLanguage);

    void SetUp() override;
    // Fails the run when soffice had to be killed instead of ending.
    void TearDown() override;

    // The environment of this executable; valid between SetUp and TearDown.
    static CalcOffice& instance();

    office::PrivateOffice& office() { return *office_; }
    [[nodiscard]] bool started() const { return office_ != nullptr; }
    // The BCP 47 tag of the office's interface language, such as "en-US".
    [[nodiscard]] const std::string& interfaceLanguage() const { return interfaceLanguage_; }

private:
    office::InstallMode mode_;
    std::string interfaceLanguage_;
    std::unique_ptr<office::PrivateOffice> office_;
};

// Registers the environment and runs every test; the body of main().
int runCalcTests(int argc, char** argv, office::InstallMode mode,
                 const std::string& interfaceLanguage);

class CalcTest : public ::testing::Test {
protected:
    static void SetUpTestSuite();
    static void TearDownTestSuite();
    // Empties the sheet, so that no test sees another's cells.
    void SetUp() override;

    static office::Spreadsheet& sheet() { return *suiteSheet(); }
    static office::PrivateOffice& office() { return CalcOffice::instance().office(); }

    // Puts the formula into `cell`, recalculates everything, and returns what
    // the cell then holds.
    static office::CellValue compute(std::string_view formula, std::string_view cell = "A1");

private:
    // One spreadsheet per test suite.
    static std::optional<office::Spreadsheet>& suiteSheet();
};

} // namespace walletshare::calc_test
