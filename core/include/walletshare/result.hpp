// Results of the Walletshare functions: a value, or one of the errors that the
// contract names. Errors are values so that the core never throws and a caller
// (the Calc adapter, a fuzzer, a test) decides how to show them.
#pragma once

#include <cmath>
#include <optional>
#include <utility>
#include <variant>

namespace walletshare {

enum class Error {
    InvalidArgument, // Calc: Err:502
    DivisionByZero,  // Calc: #DIV/0!
    NotAvailable,    // Calc: #N/A
    WrongType,       // Calc: #VALUE!
};

template <class T> class Result {
public:
    Result(T value) : state_(std::move(value)) {} // NOLINT(google-explicit-constructor)
    Result(Error error) : state_(error) {}        // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(state_); }
    [[nodiscard]] const T& value() const& { return std::get<T>(state_); }
    // The value moved out of a result that is no longer needed.
    [[nodiscard]] T value() && { return std::get<T>(std::move(state_)); }
    [[nodiscard]] Error error() const { return std::get<Error>(state_); }

    friend bool operator==(const Result&, const Result&) = default;

private:
    std::variant<T, Error> state_;
};

// The first error among results, in the order given: the arguments of a
// function are checked in the order a user reads them.
template <class... Results> std::optional<Error> firstError(const Results&... results) {
    std::optional<Error> error;
    ((error = error ? error : (results.ok() ? std::nullopt : std::optional{results.error()})), ...);
    return error;
}

// A computed amount that overflowed or lost meaning is reported as an invalid
// argument: the inputs were outside what the formula can answer.
inline Result<double> finite(double value) {
    if (!std::isfinite(value)) {
        return Error::InvalidArgument;
    }
    return value;
}

} // namespace walletshare
