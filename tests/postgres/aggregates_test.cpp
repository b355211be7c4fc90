// The aggregates give what the scalar functions give over the same rows (in
// the order the aggregates sort them), and the same with 0, 1 or 2 parallel
// workers.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "private_servers.hpp"

namespace walletshare::postgres_test {

namespace {

// A book of 20,000 clients of 7 managers, twelve months each, in whole
// amounts (so that every sum is exact in any order); some turnover unknown.
constexpr const char* book = R"(
CREATE TABLE book AS
SELECT client % 7 AS manager, client, month,
       ((client * 37 + month * 11) % 1000) * 100::float8 AS shipments,
       CASE WHEN (client + month) % 13 = 0 THEN NULL
            ELSE ((client * 53 + month) % 5000 + 1000) * 1000::float8 END AS turnover
FROM generate_series(1, 20000) AS client, generate_series(1, 12) AS month;
ANALYZE book;
)";

// Three driver rows a client: outlets, selling area, staff, some unknown.
constexpr const char* drivers = R"(
CREATE TABLE drivers AS
SELECT client, kind,
       CASE WHEN (client + kind) % 11 = 0 THEN NULL ELSE (client * kind) % 40 + 1 END::float8 AS driver,
       (ARRAY[900000, 12000, 150000])[kind]::float8 AS rate
FROM generate_series(1, 20000) AS client, generate_series(1, 3) AS kind;
ANALYZE drivers;
)";

// The contract's peers (A2:C7), and 30,000 generated ones near a power law.
constexpr const char* peers = R"(
CREATE TABLE contract_peers (turnover float8, drivers float8[]);
INSERT INTO contract_peers VALUES (5200000, '{6,400}'), (2100000, '{2,180}'), (9800000, '{12,700}'),
    (1500000, '{1,150}'), (7400000, '{8,620}'), (3300000, '{3,260}');
CREATE TABLE many_peers AS
SELECT exp(13 + 0.6 * ln(outlets) + 0.3 * ln(area) + 0.2 * sin(peer)) AS turnover,
       ARRAY[outlets, area] AS drivers
FROM (SELECT peer, (peer % 30 + 1)::float8 AS outlets, (peer * 7 % 900 + 50)::float8 AS area
      FROM generate_series(1, 30000) AS peer) AS generated;
ANALYZE many_peers;
)";

class Aggregates : public ::testing::Test {
protected:
    // The tables are made once, on the fresh server of this run.
    static void SetUpTestSuite() {
        SqlConnection connection = connect();
        for (const char* table : {book, drivers, peers}) {
            connection.rows(table);
        }
    }

    // The rows of query with at most workers parallel workers, and the plan
    // PostgreSQL chose for it.
    std::vector<SqlRow> withWorkers(int workers, const std::string& query,
                                    std::string* plan = nullptr) {
        connection_.rows("SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; "
                         "SET min_parallel_table_scan_size = 0; "
                         "SET max_parallel_workers_per_gather = " +
                         std::to_string(workers));
        if (plan != nullptr) {
            plan->clear();
            for (const SqlRow& line : connection_.rows("EXPLAIN (ANALYZE, COSTS OFF) " + query)) {
                *plan += line.front().value_or("") + "\n";
            }
        }
        return connection_.rows(query);
    }

    // The query gives the same rows with 0, 1 and 2 workers, and the plans
    // with workers aggregate in each worker (Partial) and gather.
    void expectSameInParallel(const std::string& query) {
        const std::vector<SqlRow> serial = withWorkers(0, query);
        ASSERT_FALSE(serial.empty());
        for (const int workers : {1, 2}) {
            std::string plan;
            EXPECT_EQ(withWorkers(workers, query, &plan), serial) << workers << " workers";
            EXPECT_NE(plan.find("Partial"), std::string::npos) << plan;
            EXPECT_NE(plan.find("Gather"), std::string::npos) << plan;
            EXPECT_NE(plan.find("Workers Launched: " + std::to_string(workers)), std::string::npos)
                << plan;
        }
    }

    SqlConnection& sql() { return connection_; }

private:
    SqlConnection connection_ = connect();
};

TEST_F(Aggregates, PortfolioShareIsShareOverTheGroupsRows) {
    const std::vector<SqlRow> aggregated = sql().rows(
        "SELECT manager, portfolio_share(shipments, turnover) FROM book GROUP BY 1 ORDER BY 1");
    EXPECT_EQ(aggregated.size(), 7U);
    EXPECT_EQ(aggregated, sql().rows("SELECT manager, share(array_agg(shipments), "
                                     "array_agg(turnover)) FROM book GROUP BY 1 ORDER BY 1"));
}

TEST_F(Aggregates, PortfolioShareFollowsShareOnNoTurnoverAndNegativeTurnover) {
    EXPECT_EQ(sql().value("SELECT portfolio_share(s, t) FROM (VALUES (1::float8, NULL::float8)) "
                          "AS v(s, t)"),
              std::nullopt);
    EXPECT_EQ(
        sql()
            .run("SELECT portfolio_share(s, t) FROM (VALUES (1::float8, 0::float8)) AS v(s, t)")
            .sqlState,
        "22012");
    EXPECT_EQ(
        sql()
            .run("SELECT portfolio_share(s, t) FROM (VALUES (1::float8, -5::float8)) AS v(s, t)")
            .sqlState,
        "22023");
}

TEST_F(Aggregates, TurnoverEstimateAggIsTurnoverEstimateOverTheClientsRows) {
    for (const std::string arguments : {"", ", NULL, 1", ", 4000000, 0", ", NULL, 2"}) {
        const std::vector<SqlRow> aggregated =
            sql().rows("SELECT client, turnover_estimate_agg(driver, rate" + arguments +
                       ") FROM drivers GROUP BY 1 ORDER BY 1");
        EXPECT_EQ(aggregated.size(), 20000U);
        EXPECT_EQ(aggregated,
                  sql().rows("SELECT client, turnover_estimate(array_agg(driver ORDER BY "
                             "driver, rate), array_agg(rate ORDER BY driver, rate)" +
                             arguments + ") FROM drivers GROUP BY 1 ORDER BY 1"))
            << arguments;
    }
}

TEST_F(Aggregates, TurnoverEstimateAggWantsTheSameMethodOnEveryRow) {
    EXPECT_EQ(sql()
                  .run("SELECT turnover_estimate_agg(d, r, NULL, m) FROM (VALUES (1::float8, "
                       "2::float8, 0::float8), (1, 2, 1)) AS v(d, r, m)")
                  .sqlState,
              "22023");
}

TEST_F(Aggregates, PeerFitAppliedToClientsIsTurnoverPeers) {
    for (const std::string quantile : {"", ", 0.9"}) {
        const SqlValue model = sql().value("SELECT turnover_peers_fit(turnover, drivers" +
                                           quantile + ") FROM contract_peers");
        ASSERT_TRUE(model);
        const std::vector<SqlRow> applied =
            sql().rows("SELECT array[turnover_peers_apply('" + *model +
                       "', '{6,400}'), turnover_peers_apply('" + *model + "', '{4,300}')]");
        // One client a call: the core takes the logarithms of a call's
        // clients together, which may move the last bit with their number.
        const std::string peersInOrder = "array_agg(turnover ORDER BY turnover, drivers), "
                                         "array_agg(drivers ORDER BY turnover, drivers)";
        const auto perClient = [&](const std::string& client) {
            std::string call = "(turnover_peers(" + peersInOrder;
            call += ", '" + client + "'";
            call += quantile + "))[1]";
            return call;
        };
        EXPECT_EQ(applied, sql().rows("SELECT array[" + perClient("{6,400}") + ", " +
                                      perClient("{4,300}") + "] FROM contract_peers"))
            << quantile;
    }
    // The contract's figure for the first client (TURNOVER_PEERS(A2:A7; B2:C7; E2:F2)).
    EXPECT_EQ(sql().value("SELECT round(turnover_peers_apply(turnover_peers_fit(turnover, "
                          "drivers), '{6,400}')::numeric, 3) FROM contract_peers"),
              "5256887.391");
}

TEST_F(Aggregates, PeerFitOfTooFewPeersIsNullAndOfMixedDriverCountsAnError) {
    EXPECT_EQ(sql().value("SELECT turnover_peers_fit(turnover, drivers) FROM contract_peers "
                          "WHERE turnover > 5000000"),
              std::nullopt);
    EXPECT_EQ(sql()
                  .run("SELECT turnover_peers_fit(t, d) FROM (VALUES (1::float8, "
                       "'{1,2}'::float8[]), (2, '{1}')) AS v(t, d)")
                  .sqlState,
              "22023");
    EXPECT_EQ(sql().run("SELECT turnover_peers_apply('{1,0.5,0.5}', '{1}')").sqlState, "22023");
}

TEST_F(Aggregates, PortfolioShareIsTheSameInParallel) {
    expectSameInParallel(
        "SELECT manager, portfolio_share(shipments, turnover) FROM book GROUP BY 1 ORDER BY 1");
    expectSameInParallel("SELECT portfolio_share(shipments, turnover) FROM book");
}

TEST_F(Aggregates, TurnoverEstimateAggIsTheSameInParallel) {
    expectSameInParallel("SELECT turnover_estimate_agg(driver, rate, NULL, 1) FROM drivers");
}

TEST_F(Aggregates, PeerFitIsTheSameInParallel) {
    expectSameInParallel("SELECT turnover_peers_fit(turnover, drivers, 0.8) FROM many_peers");
}

} // namespace

} // namespace walletshare::postgres_test
