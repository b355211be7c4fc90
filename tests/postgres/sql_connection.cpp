#include "sql_connection.hpp"

#include <memory>
#include <stdexcept>

#include <gtest/gtest.h>

namespace walletshare::postgres_test {

SqlConnection::SqlConnection(const std::string& connectionString)
    : connection_(PQconnectdb(connectionString.c_str())) {
    if (PQstatus(connection_) != CONNECTION_OK) {
        const std::string message = PQerrorMessage(connection_);
        PQfinish(connection_);
        throw std::runtime_error("cannot connect to " + connectionString + ": " + message);
    }
}

SqlConnection::SqlConnection(SqlConnection&& other) noexcept : connection_(other.connection_) {
    other.connection_ = nullptr;
}

SqlConnection::~SqlConnection() {
    if (connection_ != nullptr) {
        PQfinish(connection_);
    }
}

SqlOutcome SqlConnection::run(const std::string& sql) {
    const std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(connection_, sql.c_str()),
                                                               &PQclear);
    SqlOutcome outcome;
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        const char* state = PQresultErrorField(result.get(), PG_DIAG_SQLSTATE);
        outcome.sqlState = state != nullptr ? state : "?????";
        outcome.message = PQresultErrorMessage(result.get());
        return outcome;
    }
    for (int row = 0; row < PQntuples(result.get()); ++row) {
        SqlRow values;
        for (int column = 0; column < PQnfields(result.get()); ++column) {
            values.push_back(PQgetisnull(result.get(), row, column) != 0
                                 ? SqlValue{}
                                 : SqlValue{PQgetvalue(result.get(), row, column)});
        }
        outcome.rows.push_back(std::move(values));
    }
    return outcome;
}

std::vector<SqlRow> SqlConnection::rows(const std::string& sql) {
    SqlOutcome outcome = run(sql);
    EXPECT_TRUE(outcome.ok()) << sql << "\n" << outcome.message;
    return std::move(outcome.rows);
}

SqlValue SqlConnection::value(const std::string& sql) {
    const std::vector<SqlRow> result = rows(sql);
    if (result.size() != 1 || result.front().size() != 1) {
        ADD_FAILURE() << sql << "\ngave " << result.size() << " rows, expected one value";
        return std::nullopt;
    }
    return result.front().front();
}

} // namespace walletshare::postgres_test
