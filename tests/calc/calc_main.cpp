// The Calc tests of one interface language against the extension installed
// the shared way (unopkg add --shared into a private cache).
#include "calc_office.hpp"

int main(int argc, char** argv) {
    return walletshare::calc_test::runCalcTests(
        argc, argv, walletshare::office::InstallMode::Shared, WALLETSHARE_INTERFACE_LANGUAGE);
}
