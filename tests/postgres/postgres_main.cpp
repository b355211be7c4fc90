// One pair of private servers for every test of the executable.
#include "private_servers.hpp"

int main(int argc, char** argv) {
    return walletshare::postgres_test::runPostgresTests(argc, argv);
}
