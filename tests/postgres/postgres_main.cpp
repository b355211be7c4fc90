// One pair of private servers for every test of the executable.
#include <gtest/gtest.h>

#include "private_servers.hpp"

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::AddGlobalTestEnvironment(new walletshare::postgres_test::PrivateServers);
    return RUN_ALL_TESTS();
}
