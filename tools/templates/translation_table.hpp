// The table that turns a template's texts into Russian: examples/russian.tsv,
// UTF-8, one line per text, English<TAB>Russian. A line break inside a cell's
// text is written \n. One table serves every template, so a text that two
// templates share is translated once and the same way.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace walletshare::templates {

class TranslationTable {
public:
    // Throws std::runtime_error naming the file and line of a line that is
    // not English<TAB>Russian, or of an English text translated twice in two
    // ways.
    static TranslationTable read(const std::filesystem::path& file);

    [[nodiscard]] std::optional<std::string> russianOf(std::string_view english) const;
    // Whether the text is the Russian side of a line.
    [[nodiscard]] bool isRussianLine(std::string_view text) const;
    [[nodiscard]] const std::filesystem::path& file() const { return file_; }

private:
    std::filesystem::path file_;
    std::map<std::string, std::string, std::less<>> russian_;
    std::set<std::string, std::less<>> russianTexts_;
};

// Whether a text needs a line of the table: one with a Latin letter. Texts
// such as "", "%" or ">0" read the same in both languages.
bool needsTranslation(std::string_view text);

} // namespace walletshare::templates
