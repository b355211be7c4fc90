#include "calc_office.hpp"

#include <exception>
#include <stdexcept>
#include <string>

#include "walletshare/office/child_process.hpp"

namespace walletshare::calc_test {

namespace {

// The environment that runCalcTests registered. gtest owns it and gives no
// way back to it, so the tests reach it through this pointer.
CalcOffice*& registeredEnvironment() {
    // NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables)
    static CalcOffice* environment = nullptr;
    return environment;
}

} // namespace

CalcOffice::CalcOffice(office::InstallMode mode, std::string interfaceLanguage)
    : mode_(mode), interfaceLanguage_(std::move(interfaceLanguage)) {
}

CalcOffice& CalcOffice::instance() {
    return *registeredEnvironment();
}

void CalcOffice::SetUp() {
    try {
        office::OfficeOptions options;
        options.extension = WALLETSHARE_OXT;
        options.name = "calc";
        options.mode = mode_;
        options.interfaceLanguage = interfaceLanguage_;
        office_ = std::make_unique<office::PrivateOffice>(options);
    } catch (const std::exception& error) {
        FAIL() << "cannot start a private office with " << WALLETSHARE_OXT << ": " << error.what();
    }
}

void CalcOffice::TearDown() {
    if (office_) {
        if (office_->alive()) {
            EXPECT_TRUE(office_->stop()) << "soffice did not end by itself and was killed";
        } else {
            ADD_FAILURE() << "soffice died during the tests; its output:\n"
                          << office::tailOf(office_->log());
        }
    }
    office_.reset();
}

int runCalcTests(int argc, char** argv, office::InstallMode mode,
                 const std::string& interfaceLanguage) {
    ::testing::InitGoogleTest(&argc, argv);
    registeredEnvironment() = new CalcOffice(mode, interfaceLanguage);
    // gtest owns and deletes the environment.
    ::testing::AddGlobalTestEnvironment(registeredEnvironment());
    return RUN_ALL_TESTS();
}

std::optional<office::Spreadsheet>& CalcTest::suiteSheet() {
    static std::optional<office::Spreadsheet> sheet;
    return sheet;
}

void CalcTest::SetUpTestSuite() {
    if (!CalcOffice::instance().started()) {
        return;
    }
    try {
        suiteSheet().emplace(office::Spreadsheet::create(office().desktop()));
    } catch (const css::uno::Exception& error) {
        ADD_FAILURE() << "cannot create a spreadsheet: " << error.Message;
    }
}

void CalcTest::TearDownTestSuite() {
    suiteSheet().reset();
}

void CalcTest::SetUp() {
    ASSERT_TRUE(office().alive()) << "soffice has died; its output:\n"
                                  << office::tailOf(office().log());
    ASSERT_TRUE(suiteSheet().has_value()) << "no spreadsheet to test in";
    try {
        suiteSheet()->clearAll();
    } catch (const css::uno::Exception& error) {
        FAIL() << "cannot empty the sheet: " << error.Message;
    }
}

office::CellValue CalcTest::compute(std::string_view formula, std::string_view cell) {
    try {
        auto& sheet = *suiteSheet();
        sheet.setFormula(cell, formula);
        sheet.calculateAll();
        return sheet.value(cell);
    } catch (const css::uno::Exception& error) {
        // gtest reports only std::exception with its message.
        throw std::runtime_error(
            "computing " + std::string(formula) + ": " +
            rtl::OUStringToOString(error.Message, RTL_TEXTENCODING_UTF8).getStr());
    }
}

} // namespace walletshare::calc_test
