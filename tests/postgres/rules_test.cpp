// The contract's rules in SQL beyond its examples: which error gives which
// SQLSTATE and names what, how NULL stands for an empty cell or an argument
// left out, and the array shapes.
#include <string>

#include <gtest/gtest.h>

#include "private_servers.hpp"

namespace walletshare::postgres_test {

namespace {

// The SQLSTATE a statement fails with, and its message with the detail.
SqlOutcome failure(const std::string& sql) {
    return connect().run(sql);
}

TEST(SqlErrors, InvalidArgumentIs22023AndSaysWhichArgumentsCount) {
    const SqlOutcome outcome = failure("SELECT wallet('{5000000}', category_share => 0)");
    EXPECT_EQ(outcome.sqlState, "22023");
    EXPECT_NE(outcome.message.find("wallet: invalid argument"), std::string::npos)
        << outcome.message;
    EXPECT_NE(outcome.message.find("category_share outside (0; 1]"), std::string::npos)
        << outcome.message;
}

TEST(SqlErrors, DivisionByZeroIs22012) {
    EXPECT_EQ(failure("SELECT share('{30000}', '{0}')").sqlState, "22012");
    EXPECT_EQ(failure("SELECT target_shipment(0, 0.05, 0, 12, 6)").sqlState, "22012");
}

TEST(SqlErrors, EachFunctionsInvalidArgumentIs22023) {
    for (const char* sql : {
             "SELECT share('{30000}', '{-5}')",
             "SELECT wallet('{5000000}', 0.08, -0.1, true)",
             "SELECT loyalty_tier(1.2)",
             "SELECT loyalty_tier(0.03, '{0.1,0.02}')",
             "SELECT loyalty_tier(0.03, '{0.02,0.1}', '{C,B}')",
             "SELECT tier_name(5)",
             "SELECT tier_name(1, 'de')",
             "SELECT turnover_estimate('{6,400}', '{900000}')",
             "SELECT turnover_estimate('{6}', '{900000}', method => 4)",
             "SELECT turnover_check(5000000, 0)",
             "SELECT target_shipment(5000000, 1.5)",
             "SELECT target_shipment(5000000, 0.05, 30000)",
             "SELECT rank_share(4, 3)",
             "SELECT turnover_peers('{1,2,3,4}', '{1,2,3,4}', '{2}', 1.5)",
             "SELECT share('{{{1}}}', '{1}')",
         }) {
        EXPECT_EQ(failure(sql).sqlState, "22023") << sql;
    }
}

TEST(SqlErrors, ANegativeDriverInAClientRowNamesTheRow) {
    const SqlOutcome outcome =
        failure("SELECT turnover_peers('{5200000,2100000,9800000,1500000,7400000,3300000}', "
                "'{{6,400},{2,180},{12,700},{1,150},{8,620},{3,260}}', '{{6,400},{-4,300}}')");
    EXPECT_EQ(outcome.sqlState, "22023");
    EXPECT_NE(outcome.message.find("row 2 of client_drivers"), std::string::npos)
        << outcome.message;
}

TEST(SqlNulls, NotAvailableIsNull) {
    SqlConnection connection = connect();
    EXPECT_EQ(connection.value("SELECT share('{30000}', '{NULL,NULL}')"), std::nullopt);
    EXPECT_EQ(connection.value("SELECT turnover_estimate('{NULL}', '{900000}')"), std::nullopt);
    EXPECT_EQ(connection.value("SELECT wallet('{}')"), std::nullopt);
}

TEST(SqlNulls, NullElementsAreEmptyCells) {
    SqlConnection connection = connect();
    EXPECT_EQ(connection.value("SELECT share('{NULL,30000}', '{NULL,5000000}')"), "0.006");
    EXPECT_EQ(connection.value("SELECT share('{NULL}', '{5000000}')"), "0");
    EXPECT_EQ(connection.value("SELECT turnover_estimate('{6,NULL,35}', '{900000,12000,NULL}')"),
              "5400000");
}

TEST(SqlNulls, ANullForAnArgumentWithoutDefaultLeavesItOut) {
    SqlConnection connection = connect();
    EXPECT_EQ(connection.value("SELECT turnover_estimate('{6,400,35}', '{900000,12000,150000}', "
                               "NULL, 1)"),
              "5150000");
    EXPECT_EQ(connection.value("SELECT target_shipment(5000000, 0.05, NULL, NULL, NULL)"),
              "250000");
    EXPECT_EQ(connection.value("SELECT tier_name(3, NULL)"), "Main supplier club");
}

TEST(SqlNulls, ANullRequiredArgumentGivesNull) {
    SqlConnection connection = connect();
    for (const char* sql : {
             "SELECT share(NULL, '{1}')",
             "SELECT wallet(NULL)",
             "SELECT loyalty_tier(NULL)",
             "SELECT tier_name(NULL, 'en')",
             "SELECT turnover_estimate(NULL, '{1}')",
             "SELECT turnover_check(NULL, 1)",
             "SELECT target_shipment(NULL, 0.05)",
             "SELECT rank_share(1, NULL)",
             "SELECT turnover_peers(NULL, '{1}', '{1}')",
         }) {
        EXPECT_EQ(connection.value(sql), std::nullopt) << sql;
    }
}

TEST(SqlShapes, TurnoverPeersAnswersOneEstimatePerClientRowNullWhereARowHasNone) {
    SqlConnection connection = connect();
    EXPECT_EQ(connection.value(
                  "SELECT array(SELECT round(estimate::numeric) FROM unnest(turnover_peers("
                  "'{1000000,2000000,4000000,8000000}', '{1,2,4,8}', '{{6},{0},{3}}')) estimate)"),
              "{6000000,NULL,3000000}");
}

TEST(SqlShapes, LabelsAreText) {
    EXPECT_EQ(connect().value("SELECT loyalty_tier(0.2, '{0.01,0.05,0.1,0.5}', "
                              "'{Indifferent,Top-up,Target,Club,Primary}')"),
              "Club");
}

} // namespace

} // namespace walletshare::postgres_test
