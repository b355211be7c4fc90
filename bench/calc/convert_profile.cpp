#include "convert_profile.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace walletshare::bench {

namespace {

constexpr std::chrono::seconds convertTimeout{300};

// 0 is "always" (1 "never", the default, and 2 "prompt").
constexpr std::string_view recalcAlways =
    R"(<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
)";

} // namespace

void recalculateOnLoad(const office::PrivateProfile& profile) {
    const auto settings = profile.userInstallation() / "user" / "registrymodifications.xcu";
    std::stringstream text;
    text << std::ifstream(settings).rdbuf();
    auto content = text.str();
    const auto end = content.rfind("</oor:items>");
    if (end == std::string::npos) {
        throw std::runtime_error("no settings to add to in " + settings.string());
    }
    content.insert(end, recalcAlways);
    std::ofstream(settings, std::ios::trunc) << content;
}

ConvertProfile::ConvertProfile(const std::filesystem::path& work,
                               const std::filesystem::path& extension)
    : profile_(work, office::InstallMode::Shared, "en-US") {
    recalculateOnLoad(profile_);
    static_cast<void>(profile_.install(extension));
}

office::CommandResult ConvertProfile::convert(const std::filesystem::path& file,
                                              const std::filesystem::path& output,
                                              const std::string& format) const {
    return office::runCommand(profile_.officeCommand({"--convert-to", format, "--outdir",
                                                      output.string(), file.string()}),
                              profile_.environment(), profile_.logs() / "convert-to.log",
                              convertTimeout);
}

} // namespace walletshare::bench
