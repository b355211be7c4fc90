// English texts of Walletshare: Function Wizard help and tier names. A
// translation is a copy of this file with the same programmatic names.
#include <array>

#include "walletshare/catalog.hpp"

namespace walletshare::catalog {

namespace {

constexpr auto shareArguments = std::to_array<ArgumentText>({
    {"shipments", "Our shipments to the client: a number, a cell or a range (for example twelve "
                  "monthly shipments). Empty and text cells are skipped."},
    {"turnover", "The client's turnover for the same period, or its purchases from WALLET: a "
                 "number, a cell or a range."},
});

constexpr auto walletArguments = std::to_array<ArgumentText>({
    {"turnover", "The client's turnover: a number, a cell or a range."},
    {"category_share", "The part of the turnover that falls on our product group: above 0, at "
                       "most 1. Default 1."},
    {"margin", "The client's margin on sales, from 0 up to (not including) 1; with is_markup "
               "TRUE, a markup on cost of 0 or more. Default 0."},
    {"is_markup", "TRUE if the third argument is a markup on cost, not a margin on sales. "
                  "Default FALSE."},
});

constexpr auto loyaltyTierArguments = std::to_array<ArgumentText>({
    {"share", "Our share of the client's turnover as a fraction (0.06 is 6%), at most 1."},
    {"thresholds", "Share thresholds in ascending order, each from 0 to 1. Default "
                   "{0.01; 0.05; 0.1; 0.5}."},
    {"labels", "One label per tier, one more than there are thresholds; the label is returned "
               "instead of the tier number."},
});

constexpr auto tierNameArguments = std::to_array<ArgumentText>({
    {"tier", "A tier number from 0 to 4, as LOYALTYTIER returns it."},
    {"language", "\"en\" or \"ru\". Default: the interface language (English for languages "
                 "other than Russian)."},
});

constexpr auto turnoverEstimateArguments = std::to_array<ArgumentText>({
    {"drivers", "Observable drivers of the client's business: outlets, selling area in m2, "
                "staff, checks. A range the size of rates."},
    {"rates", "The rate of each driver: turnover per outlet, sales per m2, turnover per "
              "employee, average check."},
    {"manager_figure", "The manager's own turnover figure. The estimate is never below it "
                       "(managers understate)."},
    {"method", "How the driver estimates are combined: 0 median (default), 1 mean, 2 maximum, "
               "3 minimum."},
});

constexpr auto turnoverCheckArguments = std::to_array<ArgumentText>({
    {"manager_figure", "The client's turnover as the manager states it."},
    {"estimate", "An independent estimate of the turnover, such as TURNOVER_ESTIMATE; above 0."},
    {"tolerance", "How far the manager's figure may stray from the estimate and still be "
                  "plausible, as a fraction from 0 up to 1. Default 0.3."},
});

constexpr auto targetShipmentArguments = std::to_array<ArgumentText>({
    {"turnover", "The client's turnover per period."},
    {"target_share", "The share to reach, as a fraction from 0 to 1 (0.05 is 5%)."},
    {"current_shipments", "Today's shipments per period. Give it together with periods and "
                          "period to get a ramp."},
    {"periods", "In how many periods the target is reached: a whole number, at least 1."},
    {"period", "The period of the plan to compute: a whole number, 0 for today."},
    {"growth", "The client's own turnover growth per period, as a fraction (0.01 is 1%). "
               "Default 0."},
    {"ramp", "0 for a share growing linearly (default), 1 for a share growing at a constant "
             "rate."},
});

constexpr auto rankShareArguments = std::to_array<ArgumentText>({
    {"rank", "Our place among the client's suppliers, from 1 (first) to suppliers; ties take "
             "the average rank."},
    {"suppliers", "How many suppliers the client buys from: a whole number, at least 1."},
});

constexpr auto functionTexts = std::to_array<FunctionText>({
    {"share", "SHARE",
     "Our share of the client's turnover: the sum of our shipments divided by the sum of the "
     "client's turnover. Format the cell as a percentage.",
     shareArguments},
    {"wallet", "WALLET",
     "The client's purchases in our product group, the base that share thresholds speak of: "
     "turnover x category share x (1 - margin), or / (1 + markup).",
     walletArguments},
    {"loyaltyTier", "LOYALTYTIER",
     "The loyalty tier a share earns: 0 indifference (below 1%), 1 top-up supplier (1-5%), "
     "2 target zone (5-10%), 3 main supplier club (10-50%), 4 primary supplier (50% and more).",
     loyaltyTierArguments},
    {"tierName", "TIERNAME",
     "The name of a loyalty tier in the interface language or the one given.", tierNameArguments},
    {"turnoverEstimate", "TURNOVER_ESTIMATE",
     "Estimates the client's turnover from observable drivers, each multiplied by its rate, and "
     "combines the estimates; the manager's figure is a floor.",
     turnoverEstimateArguments},
    {"turnoverCheck", "TURNOVER_CHECK",
     "Checks the manager's turnover figure against an estimate: -1 understated, 0 plausible, "
     "1 overstated.",
     turnoverCheckArguments},
    {"targetShipment", "TARGET_SHIPMENT",
     "The shipments needed to hold a target share of the client's turnover; with current "
     "shipments, periods and period, the plan for that period of a ramp to the target.",
     targetShipmentArguments},
    {"rankShare", "RANKSHARE",
     "The share of the client's purchases that the wallet allocation rule expects for the "
     "supplier the client ranks rank-th of suppliers.",
     rankShareArguments},
});

} // namespace

const LanguageTexts english{
    functionTexts,
    {"Indifference", "Top-up supplier", "Target zone", "Main supplier club", "Primary supplier"},
};

} // namespace walletshare::catalog
