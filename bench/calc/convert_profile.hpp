// The fairest, fastest way to recalculate workbooks without our batch tool:
// `soffice --headless --convert-to` once per file, all on one profile into
// which Walletshare was installed once. The profile recalculates every
// formula when it loads an .ods (Calc's "Recalculation on file load:
// always"); otherwise convert-to would copy the values that the file already
// holds and do less work than walletshare-recalc, which recalculates.
#pragma once

#include <filesystem>
#include <string>

#include "walletshare/office/child_process.hpp"
#include "walletshare/office/private_profile.hpp"

namespace walletshare::bench {

class ConvertProfile {
public:
    // Lays out the profile in `work` (an empty directory) and installs the
    // extension with unopkg.
    ConvertProfile(const std::filesystem::path& work, const std::filesystem::path& extension);

    // One `soffice --convert-to FORMAT --outdir OUTPUT FILE` on this profile.
    [[nodiscard]] office::CommandResult convert(const std::filesystem::path& file,
                                                const std::filesystem::path& output,
                                                const std::string& format) const;

    [[nodiscard]] const office::PrivateProfile& profile() const { return profile_; }

private:
    office::PrivateProfile profile_;
};

// Calc's ODF setting "Recalculation on file load" set to always, added to
// the settings a PrivateProfile seeded before soffice first starts on it.
void recalculateOnLoad(const office::PrivateProfile& profile);

} // namespace walletshare::bench
