#include "private_servers.hpp"

#include <array>
#include <chrono>
#include <exception>
#include <string>
#include <vector>

#include "walletshare/office/child_process.hpp"

namespace walletshare::postgres_test {

namespace {

constexpr std::array servers{"first", "second"};

// initdb and a start each take a few seconds; a stuck one must not hang CI.
constexpr std::chrono::seconds scriptTimeout{120};

// The environment that runPostgresTests registered. gtest owns it and gives
// no way back to it, so the tests reach it through this pointer.
PrivateServers*& registeredEnvironment() {
    // NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables)
    static PrivateServers* environment = nullptr;
    return environment;
}

} // namespace

PrivateServers& PrivateServers::instance() {
    return *registeredEnvironment();
}

bool PrivateServers::script(const std::vector<std::string>& arguments) const {
    const std::string bash = office::findProgram("bash").value_or("/bin/bash").string();
    std::vector<std::string> command{bash, WALLETSHARE_PRIVATE_SERVER};
    command.insert(command.end(), arguments.begin(), arguments.end());
    const office::CommandResult result =
        office::runCommand(command, {}, root_->path() / "script.log", scriptTimeout);
    if (result.exitCode != 0) {
        ADD_FAILURE() << "private-server.sh " << arguments.front() << " failed:\n" << result.output;
    }
    return result.exitCode == 0;
}

void PrivateServers::SetUp() {
    try {
        root_ = std::make_unique<office::TemporaryDirectory>(std::filesystem::temp_directory_path(),
                                                             "walletshare-pg-");
        const std::string root = root_->path().string();
        if (!script({"tree", root, WALLETSHARE_EXTENSION_SHARE, WALLETSHARE_EXTENSION_LIB})) {
            return;
        }
        for (const char* server : servers) {
            if (!script({"start", root, server})) {
                return;
            }
            SqlConnection(connectionString(server)).rows("CREATE EXTENSION walletshare");
        }
    } catch (const std::exception& error) {
        FAIL() << "cannot start the private servers: " << error.what();
    }
}

void PrivateServers::TearDown() {
    if (root_) {
        for (const char* server : servers) {
            // Stops only a server that was started.
            static_cast<void>(script({"stop", root_->path().string(), server}));
        }
    }
    root_.reset();
}

std::string PrivateServers::socketFolder(std::string_view server) const {
    return (root_->path() / server).string();
}

std::string PrivateServers::connectionString(std::string_view server) const {
    return "host=" + socketFolder(server) + " port=5432 user=walletshare dbname=postgres";
}

int runPostgresTests(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    registeredEnvironment() = new PrivateServers;
    // gtest owns and deletes the environment.
    ::testing::AddGlobalTestEnvironment(registeredEnvironment());
    return RUN_ALL_TESTS();
}

SqlConnection connect(std::string_view server) {
    return SqlConnection(PrivateServers::instance().connectionString(server));
}

} // namespace walletshare::postgres_test
