// Two private PostgreSQL 15 servers with the built extension installed
// (private-server.sh) and created in their database postgres, started once
// for all the tests and removed after.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "sql_connection.hpp"

namespace walletshare::postgres_test {

class PrivateServers : public ::testing::Environment {
public:
    void SetUp() override;
    void TearDown() override;

    // libpq's connection string for the server of that name ("first", "second").
    static std::string connectionString(std::string_view server);
    // The folder of that server's Unix socket.
    static std::string socketFolder(std::string_view server);

private:
    static std::filesystem::path root_;
};

// A connection to a server's database postgres, where the extension is created.
SqlConnection connect(std::string_view server = "first");

} // namespace walletshare::postgres_test
