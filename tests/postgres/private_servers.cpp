#include "private_servers.hpp"

#include <array>
#include <cstdlib>
#include <stdexcept>
#include <string>

namespace walletshare::postgres_test {

std::filesystem::path PrivateServers::root_;

namespace {

constexpr std::array servers{"first", "second"};

void script(const std::string& arguments) {
    const std::string command = "bash '" WALLETSHARE_PRIVATE_SERVER "' " + arguments;
    if (std::system(command.c_str()) != 0) {
        throw std::runtime_error("failed: " + command);
    }
}

} // namespace

void PrivateServers::SetUp() {
    std::string pattern = (std::filesystem::temp_directory_path() / "walletshare-pg-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("cannot create a temporary folder");
    }
    root_ = pattern;
    try {
        script("tree '" + root_.string() + "' '" WALLETSHARE_EXTENSION_SHARE "' '" +
               WALLETSHARE_EXTENSION_LIB + "'");
        for (const char* server : servers) {
            script("start '" + root_.string() + "' " + server);
            SqlConnection(connectionString(server)).rows("CREATE EXTENSION walletshare");
        }
    } catch (...) {
        // Whatever started is stopped and removed before the run fails.
        TearDown();
        throw;
    }
}

void PrivateServers::TearDown() {
    for (const char* server : servers) {
        const std::string command = "bash '" WALLETSHARE_PRIVATE_SERVER "' stop '" +
                                    root_.string() + "' " + server;
        if (std::system(command.c_str()) != 0) {
            ADD_FAILURE() << "failed: " << command;
        }
    }
    std::filesystem::remove_all(root_);
}

std::string PrivateServers::socketFolder(std::string_view server) {
    return (root_ / server).string();
}

std::string PrivateServers::connectionString(std::string_view server) {
    return "host=" + socketFolder(server) + " port=5432 user=walletshare dbname=postgres";
}

SqlConnection connect(std::string_view server) {
    return SqlConnection(PrivateServers::connectionString(server));
}

} // namespace walletshare::postgres_test
