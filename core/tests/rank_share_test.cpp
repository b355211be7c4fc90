#include "test_support.hpp"

#include "walletshare/functions.hpp"

namespace walletshare::test {
namespace {

TEST(RankShare, ExamplesOfTheContract) {
    EXPECT_TRUE(isNumber(rankShare(1.0, 3.0), 0.5));
    EXPECT_TRUE(isNumber(rankShare(3.0, 10.0), 8.0 / 55.0));
    EXPECT_TRUE(isNumber(rankShare(1.0, 1.0), 1.0));
}

TEST(RankShare, SharesOfAllRanksAddUpToOne) {
    double sum = 0.0;
    for (int rank = 1; rank <= 7; ++rank) {
        const Result<double> ranked = rankShare(rank, 7.0);
        ASSERT_TRUE(ranked.ok());
        sum += ranked.value();
    }
    EXPECT_DOUBLE_EQ(sum, 1.0);
}

TEST(RankShare, AcceptsAFractionalRankForTies) {
    EXPECT_TRUE(isNumber(rankShare(1.5, 3.0), 0.625 * 2.0 / 3.0));
}

TEST(RankShare, AcceptsTheLastRank) {
    EXPECT_TRUE(isNumber(rankShare(3.0, 3.0), 0.25 * 2.0 / 3.0));
}

TEST(RankShare, AcceptsSuppliersWithRoundingNoise) {
    EXPECT_TRUE(isNumber(rankShare(1.0, 3.0 + 1e-12), 0.5));
}

TEST(RankShare, RejectsSuppliersThatAreNotAWholeNumberOfAtLeastOne) {
    for (const double suppliers : {0.0, -3.0, 2.5, nan, inf}) {
        EXPECT_EQ(rankShare(1.0, suppliers), Error::InvalidArgument) << suppliers;
    }
}

TEST(RankShare, RejectsARankOutsideOneToSuppliers) {
    for (const double rank : {0.0, 0.999, 3.001, 4.0, -1.0, nan, inf}) {
        EXPECT_EQ(rankShare(rank, 3.0), Error::InvalidArgument) << rank;
    }
}

} // namespace
} // namespace walletshare::test
