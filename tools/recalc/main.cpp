// walletshare-recalc: recalculates spreadsheets in a private headless Calc
// that has Walletshare installed, and prints what they compute.
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <boost/program_options.hpp>
#include <com/sun/star/uno/Exception.hpp>

#include "sheet_table.hpp"
#include "walletshare/office/private_office.hpp"
#include "walletshare/office/spreadsheet.hpp"
#include "walletshare/office/temporary_directory.hpp"
#include "walletshare/uno/text.hpp"

namespace {

namespace options = boost::program_options;

constexpr int exitFailure = 1;
constexpr int exitUsage = 2;

// The .oxt is built, and installed, beside this program.
std::filesystem::path defaultExtension() {
    return std::filesystem::canonical("/proc/self/exe").parent_path() / "walletshare.oxt";
}

} // namespace

int main(int argc, char* argv[]) {
    options::options_description visible(
        "Usage: walletshare-recalc --print [--extension FILE] WORKBOOK...\n\n"
        "Opens each workbook (.ods, .xlsx, .fods) in a private, headless LibreOffice\n"
        "Calc with the Walletshare extension installed, recalculates every formula\n"
        "and prints every sheet as a table. The workbooks are not changed, and\n"
        "nothing of the machine's own LibreOffice setup is touched.\n\nOptions");
    visible.add_options()("help,h", "show this help")(
        "print", "print each sheet of each recalculated workbook")(
        "extension", options::value<std::string>(),
        "the Walletshare .oxt to install (default: walletshare.oxt beside this program)");
    options::options_description all;
    all.add(visible).add_options()("workbook", options::value<std::vector<std::string>>());
    options::positional_options_description positional;
    positional.add("workbook", -1);

    options::variables_map arguments;
    try {
        options::store(
            options::command_line_parser(argc, argv).options(all).positional(positional).run(),
            arguments);
        options::notify(arguments);
    } catch (const options::error& error) {
        std::cerr << "walletshare-recalc: " << error.what() << "\n\n" << visible << '\n';
        return exitUsage;
    }
    if (arguments.count("help") != 0) {
        std::cout << visible << '\n';
        return EXIT_SUCCESS;
    }
    if (arguments.count("workbook") == 0 || arguments.count("print") == 0) {
        std::cerr << "walletshare-recalc: give --print and at least one workbook\n\n"
                  << visible << '\n';
        return exitUsage;
    }

    namespace office = walletshare::office;
    try {
        const office::TemporaryDirectory work(std::filesystem::temp_directory_path(),
                                              "walletshare-recalc-");
        office::OfficeOptions officeOptions;
        officeOptions.extension =
            arguments.count("extension") != 0
                ? std::filesystem::path(arguments["extension"].as<std::string>())
                : defaultExtension();
        officeOptions.workDirectory = work.path();
        office::PrivateOffice calc(officeOptions);
        for (const auto& workbook : arguments["workbook"].as<std::vector<std::string>>()) {
            auto spreadsheet = office::Spreadsheet::open(calc.desktop(), workbook);
            spreadsheet.calculateAll();
            std::cout << "# " << workbook << "\n\n";
            walletshare::recalc::printSheets(spreadsheet.document(), std::cout);
        }
    } catch (const std::exception& error) {
        std::cerr << "walletshare-recalc: " << error.what() << '\n';
        return exitFailure;
    } catch (const css::uno::Exception& error) {
        std::cerr << "walletshare-recalc: " << walletshare::uno::utf8Of(error.Message) << '\n';
        return exitFailure;
    }
    return EXIT_SUCCESS;
}
