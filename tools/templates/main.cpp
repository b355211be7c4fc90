// walletshare-translate-template: makes the Russian twin of each English plan
// template in one private headless Calc with Walletshare installed.
//
//   walletshare-translate-template --table examples/russian.tsv --output DIR
//       [--extension walletshare.oxt] examples/portfolio-plan.fods ...
//
// writes DIR/portfolio-plan.ru.fods for each template. Exit status 0 when all
// are written; 1 when a text of some template has no line in the table (each
// named with its cell) or a template cannot be read; 2 for a wrong command
// line.
#include <filesystem>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <com/sun/star/uno/Exception.hpp>

#include "template_translation.hpp"
#include "translation_table.hpp"
#include "walletshare/office/private_office.hpp"
#include "walletshare/uno/text.hpp"

namespace {

namespace templates = walletshare::templates;

struct CommandLine {
    std::filesystem::path table;
    std::filesystem::path output;
    std::filesystem::path extension;
    std::vector<std::filesystem::path> templates;
};

constexpr const char* usage =
    "usage: walletshare-translate-template --table FILE.tsv --output FOLDER "
    "[--extension FILE.oxt] TEMPLATE.fods...";

std::optional<CommandLine> commandLine(const std::vector<std::string>& arguments) {
    CommandLine given;
    given.extension =
        std::filesystem::canonical("/proc/self/exe").parent_path() / "walletshare.oxt";
    for (std::size_t at = 0; at < arguments.size(); ++at) {
        const auto& argument = arguments[at];
        const bool takesValue =
            argument == "--table" || argument == "--output" || argument == "--extension";
        if (takesValue && at + 1 == arguments.size()) {
            return std::nullopt;
        }
        if (argument == "--table") {
            given.table = arguments[++at];
        } else if (argument == "--output") {
            given.output = arguments[++at];
        } else if (argument == "--extension") {
            given.extension = arguments[++at];
        } else if (argument.starts_with("-")) {
            return std::nullopt;
        } else {
            given.templates.emplace_back(argument);
        }
    }
    if (given.table.empty() || given.output.empty() || given.templates.empty()) {
        return std::nullopt;
    }
    return given;
}

std::filesystem::path russianName(const std::filesystem::path& english) {
    return english.stem().string() + ".ru.fods";
}

int run(const CommandLine& given) {
    const auto table = templates::TranslationTable::read(given.table);
    std::filesystem::create_directories(given.output);
    walletshare::office::OfficeOptions options;
    options.extension = given.extension;
    options.name = "translate-template";
    walletshare::office::PrivateOffice office(options);
    int status = 0;
    for (const auto& english : given.templates) {
        const auto output = given.output / russianName(english);
        std::filesystem::remove(output);
        const auto untranslated =
            templates::translateTemplate(office.desktop(), english, output, table);
        for (const auto& text : untranslated) {
            std::cerr << english.string() << ": " << text << " has no line in "
                      << given.table.string() << "\n";
        }
        if (!untranslated.empty()) {
            status = 1;
        }
    }
    if (status != 0) {
        std::cerr << "Add a line English<TAB>Russian for each to " << given.table.string() << "\n";
    }
    return status;
}

} // namespace

int main(int argc, char** argv) {
    const auto given = commandLine({argv + 1, argv + argc});
    if (!given) {
        std::cerr << usage << "\n";
        return 2;
    }
    try {
        return run(*given);
    } catch (const css::uno::Exception& error) {
        std::cerr << "walletshare-translate-template: " << walletshare::uno::utf8Of(error.Message)
                  << "\n";
    } catch (const std::exception& error) {
        std::cerr << "walletshare-translate-template: " << error.what() << "\n";
    }
    return 1;
}
