// A libpq connection for the tests: statements, their results as text, and
// their errors with the SQLSTATE.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <libpq-fe.h>

namespace walletshare::postgres_test {

// NULL is nullopt.
using SqlValue = std::optional<std::string>;
using SqlRow = std::vector<SqlValue>;

struct SqlOutcome {
    std::vector<SqlRow> rows;
    // Empty when the statement succeeded.
    std::string sqlState;
    std::string message;

    [[nodiscard]] bool ok() const { return sqlState.empty(); }
};

class SqlConnection {
public:
    explicit SqlConnection(const std::string& connectionString);
    SqlConnection(SqlConnection&& other) noexcept;
    SqlConnection(const SqlConnection&) = delete;
    SqlConnection& operator=(const SqlConnection&) = delete;
    SqlConnection& operator=(SqlConnection&&) = delete;
    ~SqlConnection();

    SqlOutcome run(const std::string& sql);
    // Runs a statement that must succeed; a failure fails the test.
    std::vector<SqlRow> rows(const std::string& sql);
    // The one value of a statement that must succeed with one row of one column.
    SqlValue value(const std::string& sql);

private:
    PGconn* connection_;
};

} // namespace walletshare::postgres_test
