// English texts of Walletshare: Function Wizard help and tier names. A
// translation is a copy of this file with the same programmatic names.
#pragma once

#include <array>
#include <string_view>

#include "walletshare/catalog.hpp"

namespace walletshare::translation::english {

inline constexpr auto shareArguments = std::to_array<catalog::ArgumentText>({
    {"shipments", "Our shipments to the client: a number, a cell or a range (for example twelve "
                  "monthly shipments). Empty and text cells are skipped."},
    {"turnover", "The client's turnover for the same period, or its purchases from WALLET: a "
                 "number, a cell or a range."},
});

inline constexpr auto walletArguments = std::to_array<catalog::ArgumentText>({
    {"turnover", "The client's turnover: a number, a cell or a range."},
    {"category_share", "The part of the turnover that falls on our product group: above 0, at "
                       "most 1. Default 1."},
    {"margin", "The client's margin on sales, from 0 up to (not including) 1; with is_markup "
               "TRUE, a markup on cost of 0 or more. Default 0."},
    {"is_markup", "TRUE if the third argument is a markup on cost, not a margin on sales. "
                  "Default FALSE."},
});

inline constexpr auto loyaltyTierArguments = std::to_array<catalog::ArgumentText>({
    {"share", "Our share of the client's turnover as a fraction (0.06 is 6%), at most 1."},
    {"thresholds", "Share thresholds in ascending order, each from 0 to 1. Default "
                   "{0.01; 0.05; 0.1; 0.5}."},
    {"labels", "One label per tier, one more than there are thresholds; the label is returned "
               "instead of the tier number."},
});

inline constexpr auto tierNameArguments = std::to_array<catalog::ArgumentText>({
    {"tier", "A tier number from 0 to 4, as LOYALTYTIER returns it."},
    {"language", "\"en\" or \"ru\". Default: the interface language (English for languages "
                 "other than Russian)."},
});

inline constexpr auto turnoverEstimateArguments = std::to_array<catalog::ArgumentText>({
    {"drivers", "Observable drivers of the client's business: outlets, selling area in m2, "
                "staff, checks. A range the size of rates."},
    {"rates", "The rate of each driver: turnover per outlet, sales per m2, turnover per "
              "employee, average check."},
    {"manager_figure", "The manager's own turnover figure. The estimate is never below it "
                       "(managers understate)."},
    {"method", "How the driver estimates are combined: 0 median (default), 1 mean, 2 maximum, "
               "3 minimum."},
});

inline constexpr auto turnoverCheckArguments = std::to_array<catalog::ArgumentText>({
    {"manager_figure", "The client's turnover as the manager states it."},
    {"estimate", "An independent estimate of the turnover, such as TURNOVER_ESTIMATE; above 0."},
    {"tolerance", "How far the manager's figure may stray from the estimate and still be "
                  "plausible, as a fraction from 0 up to 1. Default 0.3."},
});

inline constexpr auto targetShipmentArguments = std::to_array<catalog::ArgumentText>({
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

inline constexpr auto rankShareArguments = std::to_array<catalog::ArgumentText>({
    {"rank", "Our place among the client's suppliers, from 1 (first) to suppliers; ties take "
             "the average rank."},
    {"suppliers", "How many suppliers the client buys from: a whole number, at least 1."},
});

inline constexpr auto turnoverPeersArguments = std::to_array<catalog::ArgumentText>({
    {"peer_turnover", "The turnover of the clients whose turnover you know (the peers): a "
                      "column, one cell per peer."},
    {"peer_drivers", "The drivers of the peers, one row per peer and one column per driver "
                     "(outlets, selling area, staff). A peer with an empty or 0 cell is left "
                     "out."},
    {"client_drivers", "The same drivers of the clients to estimate, one row per client. Over "
                       "several rows, enter the formula as an array formula."},
    {"quantile", "How optimistic the estimate is, from 0 to 1: 0.5 a typical client of that "
                 "size (default), 0.8 to 0.9 a realistic potential."},
});

// The error cases of each function, in the contract's words.
inline constexpr auto shareErrors = std::to_array<catalog::ErrorText>({
    {Error::InvalidArgument, "Any turnover cell is negative."},
    {Error::DivisionByZero, "The turnover sums to exactly 0."},
    {Error::NotAvailable,
     "The turnover has no numeric value at all (shipments with none count as 0)."},
});

inline constexpr auto walletErrors = std::to_array<catalog::ErrorText>({
    {Error::InvalidArgument, "category_share outside (0; 1], margin outside [0; 1), a markup below "
                             "0, or any negative turnover cell."},
    {Error::NotAvailable, "The turnover has no numeric value at all."},
});

inline constexpr auto loyaltyTierErrors = std::to_array<catalog::ErrorText>({
    {Error::InvalidArgument,
     "share above 1 (the turnover figure is too low: check it); thresholds not strictly ascending "
     "or outside [0; 1]; labels not exactly one more than the thresholds."},
    {Error::NotAvailable, "thresholds has no numeric value at all."},
});

inline constexpr auto tierNameErrors = std::to_array<catalog::ErrorText>({
    {Error::InvalidArgument,
     R"(tier not a whole number from 0 to 4, or a language other than "en" or "ru".)"},
});

inline constexpr auto turnoverEstimateErrors = std::to_array<catalog::ErrorText>({
    {Error::InvalidArgument, "drivers and rates of different sizes, a negative driver or rate, or "
                             "a method other than 0 to 3."},
    {Error::NotAvailable, "No pair with numbers on both sides and no manager_figure."},
});

inline constexpr auto turnoverCheckErrors = std::to_array<catalog::ErrorText>({
    {Error::InvalidArgument,
     "estimate not above 0, tolerance outside [0; 1), or a negative manager_figure."},
});

inline constexpr auto targetShipmentErrors = std::to_array<catalog::ErrorText>({
    {Error::InvalidArgument,
     "target_share outside [0; 1]; negative turnover or current_shipments; growth at or below -1; "
     "periods not a whole number of at least 1; period not a whole number of at least 0; only some "
     "of current_shipments, periods and period given; ramp 1 with no current shipments; a ramp "
     "other than 0 or 1."},
    {Error::DivisionByZero, "A ramp (current_shipments, periods and period) on a turnover of 0."},
});

inline constexpr auto rankShareErrors = std::to_array<catalog::ErrorText>({
    {Error::InvalidArgument,
     "suppliers not a whole number of at least 1, or rank outside [1; suppliers]."},
});

inline constexpr auto turnoverPeersErrors = std::to_array<catalog::ErrorText>({
    {Error::InvalidArgument,
     "peer_drivers with another number of rows than peer_turnover has cells, client_drivers "
     "with another number of columns than peer_drivers, a negative turnover or driver among the "
     "peers, or a quantile outside [0; 1]. In a client row: a negative driver, or an estimate "
     "beyond what a number holds."},
    {Error::NotAvailable,
     "Fewer used peers than the number of drivers plus 2, or drivers the peers cannot tell apart "
     "(the same for all of them, or two that always move together). In a client row: an empty, "
     "text or 0 driver."},
});

inline constexpr auto functions = std::to_array<catalog::FunctionText>({
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
    {"turnoverPeers", "TURNOVER_PEERS",
     "Estimates a client's turnover from peers whose turnover you know: turnover grows as a "
     "power of each driver, fitted over the peers, and the quantile sets how optimistic the "
     "estimate is. Over several client rows, one array formula estimates them all.",
     turnoverPeersArguments},
});

inline constexpr auto conventions = std::to_array<std::string_view>({
    "A share is a fraction: 0.006 is 0.6% (format the cell as a percentage).",
    "Shipments and turnover must cover the same period (both monthly, or both yearly), in any "
    "one currency.",
    "An argument that takes a range also takes a number, a cell or an inline array. Over a "
    "range, numeric cells are summed (or used in pairs where stated); empty and text cells "
    "are skipped, as SUM skips them.",
    "Text that is not a number in a single-value argument gives #VALUE!. An error in a "
    "referenced cell is passed on unchanged.",
    "An optional argument left out, or left empty between semicolons, takes its default. A "
    "reference to a single empty cell is 0, as everywhere in Calc.",
    "Shares are compared with thresholds to within 1e-12, so =LOYALTYTIER(0.3-0.2) reaches "
    "the 10% threshold.",
});

inline constexpr auto functionErrors = std::to_array<catalog::FunctionErrors>({
    {"share", shareErrors},
    {"wallet", walletErrors},
    {"loyaltyTier", loyaltyTierErrors},
    {"tierName", tierNameErrors},
    {"turnoverEstimate", turnoverEstimateErrors},
    {"turnoverCheck", turnoverCheckErrors},
    {"targetShipment", targetShipmentErrors},
    {"rankShare", rankShareErrors},
    {"turnoverPeers", turnoverPeersErrors},
});

inline constexpr std::array<std::string_view, 5> tierNames{
    "Indifference", "Top-up supplier", "Target zone", "Main supplier club", "Primary supplier"};

inline constexpr catalog::ReferenceTexts reference{
    "Walletshare function reference",
    "The functions that Walletshare adds to LibreOffice Calc, in the Financial category of "
    "the Function Wizard. This page is generated from the same table that the Function "
    "Wizard reads; every example is checked in a real Calc by the tests.",
    conventions,
    "Arguments",
    "optional",
    "Errors",
    "Examples",
    "Formula",
    "Result",
    {"Err:502", "#DIV/0!", "#N/A", "#VALUE!"},
    "TRUE",
    '.',
    {"30000 in each of B2:M2", "Z1:Z5 empty", "Z99 empty (a single empty cell is 0)",
     "peers in A2:C7 (turnover; outlets; selling area m2): 5200000; 6; 400 / 2100000; 2; 180 / "
     "9800000; 12; 700 / 1500000; 1; 150 / 7400000; 8; 620 / 3300000; 3; 260, clients' drivers "
     "in E2:F3: 6; 400 / 4; 300, peers that follow a power law exactly in H2:I5: 1000000; 1 / "
     "2000000; 2 / 4000000; 4 / 8000000; 8"},
    "The cells these examples read:",
    "entered as an array formula over one row per result",
    functionErrors,
};

static_assert(catalog::followsDescription(functions), "a function or an argument without its text");
static_assert(catalog::followsDescription(functionErrors), "a function without its errors");

} // namespace walletshare::translation::english
