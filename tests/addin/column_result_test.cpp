// TURNOVER_PEERS's answer as Calc reads it: for several client rows a
// column, sequence<sequence<double>> of one cell a row, with a row's error as
// the error NaN in that row only; for one row a plain double; for an error of
// the fit a single error. And a peer table whose rows differ in length, which
// Calc never passes, is refused rather than read out of step.
#include "addin_calls.hpp"

namespace walletshare::addin_test {
namespace {

using Column = css::uno::Sequence<css::uno::Sequence<double>>;

class ColumnResult : public AddInCall {
protected:
    // The contract's peers: turnover, and outlets with selling area.
    const CalcRange turnover_ = column({5200000, 2100000, 9800000, 1500000, 7400000, 3300000});
    const CalcRange drivers_ = grid({{number(6), number(400)},
                                     {number(2), number(180)},
                                     {number(12), number(700)},
                                     {number(1), number(150)},
                                     {number(8), number(620)},
                                     {number(3), number(260)}});
};

TEST_F(ColumnResult, SeveralClientRowsAreAColumnWithEachRowsError) {
    const Any answer = addIn_->turnoverPeers(turnover_, drivers_,
                                             grid({{number(6), number(400)},
                                                   {number(-4), number(300)},
                                                   {emptyCell(), number(300)},
                                                   {number(4), number(300)}}),
                                             leftOut());
    Column cells;
    ASSERT_TRUE(answer >>= cells) << describe(answer);
    ASSERT_EQ(cells.getLength(), 4);
    for (const auto& row : cells) {
        ASSERT_EQ(row.getLength(), 1);
    }
    EXPECT_TRUE(isNumber(Any(cells[0][0]), 5256887.3914953712));
    EXPECT_TRUE(isError(Any(cells[1][0]), calc_error::invalidArgument));
    EXPECT_TRUE(isError(Any(cells[2][0]), calc_error::notAvailable));
    EXPECT_TRUE(isNumber(Any(cells[3][0]), 3800459.1609645556));
}

TEST_F(ColumnResult, OneClientRowIsASingleNumber) {
    EXPECT_TRUE(isNumber(addIn_->turnoverPeers(turnover_, drivers_, row({6, 400}), number(0.9)),
                         5478041.7387644155));
}

TEST_F(ColumnResult, AnErrorOfTheFitIsOneError) {
    EXPECT_TRUE(isError(
        addIn_->turnoverPeers(turnover_, drivers_, grid({{number(6)}, {number(4)}}), leftOut()),
        calc_error::invalidArgument));
    EXPECT_TRUE(isError(addIn_->turnoverPeers(turnover_, drivers_, row({6, 400}), number(2)),
                        calc_error::invalidArgument));
    EXPECT_TRUE(isError(addIn_->turnoverPeers(turnover_, drivers_, row({6, 400}), text("high")),
                        calc_error::noValue));
}

TEST_F(ColumnResult, RowsOfUnequalLengthAreRefused) {
    const CalcRange ragged = grid({{number(6), number(400)},
                                   {number(2)},
                                   {number(12), number(700)},
                                   {number(1), number(150)},
                                   {number(8), number(620)},
                                   {number(3), number(260), number(1)}});
    EXPECT_TRUE(isError(addIn_->turnoverPeers(turnover_, ragged, row({6, 400}), leftOut()),
                        calc_error::invalidArgument));
}

} // namespace
} // namespace walletshare::addin_test
