// Two private PostgreSQL 15 servers with the built extension installed
// (private-server.sh) and created in their database postgres: a gtest
// Environment starts them before the first test and removes them after the
// last.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "sql_connection.hpp"
#include "walletshare/office/temporary_directory.hpp"

namespace walletshare::postgres_test {

class PrivateServers : public ::testing::Environment {
public:
    void SetUp() override;
    void TearDown() override;

    // The environment of this executable; valid between SetUp and TearDown.
    static PrivateServers& instance();

    // libpq's connection string for the server of that name ("first", "second").
    [[nodiscard]] std::string connectionString(std::string_view server) const;
    // The folder of that server's Unix socket.
    [[nodiscard]] std::string socketFolder(std::string_view server) const;

private:
    // Runs private-server.sh with the arguments; false when it failed.
    [[nodiscard]] bool script(const std::vector<std::string>& arguments) const;

    std::unique_ptr<office::TemporaryDirectory> root_;
};

// Registers the environment and runs every test; the body of main().
int runPostgresTests(int argc, char** argv);

// A connection to a server's database postgres, where the extension is created.
SqlConnection connect(std::string_view server = "first");

} // namespace walletshare::postgres_test
