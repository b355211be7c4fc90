#include "office_process.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace walletshare::bench {

namespace {

// The fields of /proc/PID/stat after the command name, which is in
// parentheses and may itself hold spaces; field 3 of proc(5) comes first.
std::optional<std::vector<std::string>> statFields(pid_t process, std::string& command) {
    std::ifstream file("/proc/" + std::to_string(process) + "/stat");
    std::string line;
    if (!std::getline(file, line)) {
        return std::nullopt;
    }
    const auto open = line.find('(');
    const auto close = line.rfind(')');
    if (open == std::string::npos || close == std::string::npos || close < open) {
        return std::nullopt;
    }
    command = line.substr(open + 1, close - open - 1);
    std::istringstream rest(line.substr(close + 1));
    std::vector<std::string> fields;
    for (std::string field; rest >> field;) {
        fields.push_back(field);
    }
    return fields;
}

} // namespace

std::optional<pid_t> officeBinaryIn(int group) {
    if (group <= 0) {
        return std::nullopt;
    }
    for (const auto& entry : std::filesystem::directory_iterator("/proc")) {
        const auto name = entry.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) {
            continue;
        }
        const auto process = static_cast<pid_t>(std::stol(name));
        std::string command;
        const auto fields = statFields(process, command);
        // proc(5) field 5, the process group, is the third after the name.
        if (fields && fields->size() > 2 && command == "soffice.bin" &&
            std::stoi((*fields)[2]) == group) {
            return process;
        }
    }
    return std::nullopt;
}

std::optional<double> residentBytes(pid_t process) {
    std::ifstream status("/proc/" + std::to_string(process) + "/status");
    for (std::string line; std::getline(status, line);) {
        if (line.starts_with("VmRSS:")) {
            std::istringstream value(line.substr(6));
            double kibibytes = 0.0;
            value >> kibibytes;
            return kibibytes * 1024.0;
        }
    }
    return std::nullopt;
}

std::optional<double> processorSeconds(pid_t process) {
    std::string command;
    const auto fields = statFields(process, command);
    // utime and stime are proc(5) fields 14 and 15, in clock ticks.
    if (!fields || fields->size() < 13) {
        return std::nullopt;
    }
    const double ticks = std::stod((*fields)[11]) + std::stod((*fields)[12]);
    return ticks / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

} // namespace walletshare::bench
