// The last test of an executable: nothing before took soffice down. gtest
// registers parameterized suites after all plain ones, in link order, and this
// file is linked last, so this suite runs last.
#include "calc_office.hpp"
#include "expected_value.hpp"

namespace walletshare::calc_test {
namespace {

class OfficeAtTheEnd : public CalcTest, public ::testing::WithParamInterface<const char*> {};

TEST_P(OfficeAtTheEnd, IsStillAliveAndComputing) {
    EXPECT_TRUE(office().alive());
    EXPECT_TRUE(shows(compute(GetParam()), 0.25));
}

INSTANTIATE_TEST_SUITE_P(LastTest, OfficeAtTheEnd, ::testing::Values("=SHARE(1;4)"));

} // namespace
} // namespace walletshare::calc_test
