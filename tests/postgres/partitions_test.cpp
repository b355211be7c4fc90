// Clients hash-partitioned across two servers through postgres_fdw: with
// partitionwise aggregation the per-client aggregates run on the server that
// holds the client's rows, and give what one server gives.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "private_servers.hpp"

namespace walletshare::postgres_test {

namespace {

// The same columns everywhere: the partitioned table on the first server,
// its second partition on the second, and the whole book on the first.
constexpr const char* columns =
    "(client int, month int, shipments float8, turnover float8, driver float8, rate float8)";

constexpr const char* rows = R"(
SELECT client, month,
       ((client * 37 + month * 11) % 1000) * 100::float8,
       CASE WHEN (client + month) % 13 = 0 THEN NULL ELSE ((client * 53 + month) % 5000 + 1000) * 1000::float8 END,
       CASE WHEN (client + month) % 5 = 0 THEN NULL ELSE (client * month) % 40 + 1 END::float8,
       (ARRAY[900000, 12000, 150000])[month % 3 + 1]::float8
FROM generate_series(1, 2000) AS client, generate_series(1, 12) AS month
)";

constexpr const char* perClient =
    "SELECT client, portfolio_share(shipments, turnover), turnover_estimate_agg(driver, rate) "
    "FROM %s GROUP BY client ORDER BY client";

std::string perClientOf(const std::string& table) {
    std::string query = perClient;
    query.replace(query.find("%s"), 2, table);
    return query;
}

class AcrossTwoServers : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        SqlConnection second = connect("second");
        second.rows(std::string("CREATE TABLE clients_remote ") + columns);
        SqlConnection first = connect("first");
        first.rows("CREATE EXTENSION postgres_fdw");
        first.rows("CREATE SERVER second FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '" +
                   PrivateServers::instance().socketFolder("second") +
                   "', port '5432', dbname 'postgres', extensions 'walletshare')");
        first.rows(
            "CREATE USER MAPPING FOR CURRENT_USER SERVER second OPTIONS (user 'walletshare')");
        first.rows(std::string("CREATE TABLE clients ") + columns + " PARTITION BY HASH (client)");
        first.rows("CREATE TABLE clients_local PARTITION OF clients "
                   "FOR VALUES WITH (MODULUS 2, REMAINDER 0)");
        first.rows("CREATE FOREIGN TABLE clients_second PARTITION OF clients "
                   "FOR VALUES WITH (MODULUS 2, REMAINDER 1) "
                   "SERVER second OPTIONS (table_name 'clients_remote')");
        first.rows(std::string("INSERT INTO clients ") + rows);
        first.rows(std::string("CREATE TABLE clients_one_server ") + columns);
        first.rows(std::string("INSERT INTO clients_one_server ") + rows);
        second.rows("ANALYZE clients_remote");
        first.rows("ANALYZE clients_local; ANALYZE clients_one_server");
    }

    SqlConnection& sql() { return connection_; }

private:
    SqlConnection connection_ = connect("first");
};

TEST_F(AcrossTwoServers, BothServersHoldClients) {
    EXPECT_NE(sql().value("SELECT count(*) FROM clients_local"), "0");
    EXPECT_NE(connect("second").value("SELECT count(*) FROM clients_remote"), "0");
}

TEST_F(AcrossTwoServers, PerClientAggregatesRunOnTheServerHoldingTheClient) {
    sql().rows("SET enable_partitionwise_aggregate = on");
    std::string plan;
    for (const SqlRow& line :
         sql().rows("EXPLAIN (VERBOSE, COSTS OFF) " + perClientOf("clients"))) {
        plan += line.front().value_or("") + "\n";
    }
    const std::size_t remote = plan.find("Remote SQL:");
    ASSERT_NE(remote, std::string::npos) << plan;
    const std::string remoteSql = plan.substr(remote, plan.find('\n', remote) - remote);
    EXPECT_NE(remoteSql.find("portfolio_share("), std::string::npos) << plan;
    EXPECT_NE(remoteSql.find("turnover_estimate_agg("), std::string::npos) << plan;
    EXPECT_NE(remoteSql.find("GROUP BY"), std::string::npos) << plan;
}

TEST_F(AcrossTwoServers, PerClientAggregatesAreWhatOneServerGives) {
    sql().rows("SET enable_partitionwise_aggregate = on");
    const std::vector<SqlRow> across = sql().rows(perClientOf("clients"));
    EXPECT_EQ(across.size(), 2000U);
    EXPECT_EQ(across, sql().rows(perClientOf("clients_one_server")));
}

} // namespace

} // namespace walletshare::postgres_test
