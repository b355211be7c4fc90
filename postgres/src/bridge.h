/* The core as PostgreSQL's C code may call it: plain structs in, a status
 * out. The functions behind it (bridge.cpp) catch every C++ exception and
 * free every C++ object before they return, so that the C side may ereport
 * (which longjmps) right after the call. */
#ifndef WALLETSHARE_POSTGRES_BRIDGE_H
#define WALLETSHARE_POSTGRES_BRIDGE_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The contract's errors in the order of walletshare::Error, then what only
 * C++ can add: memory ran out, or something unforeseen was thrown. */
typedef enum WsStatus {
    WS_OK = 0,
    WS_INVALID_ARGUMENT,
    WS_DIVISION_BY_ZERO,
    WS_NOT_AVAILABLE,
    WS_WRONG_TYPE,
    WS_OUT_OF_MEMORY,
    WS_INTERNAL_ERROR
} WsStatus;

/* A range: count cells, cell i empty when empty[i]. */
typedef struct WsCells {
    const double* values;
    const bool* empty;
    size_t count;
} WsCells;

/* A scalar argument that may be left out. */
typedef struct WsOptional {
    double value;
    bool given;
} WsOptional;

typedef struct WsNumber {
    WsStatus status;
    double value;
} WsNumber;

WsNumber ws_share(WsCells shipments, WsCells turnover);
WsNumber ws_wallet(WsCells turnover, WsOptional category_share, WsOptional margin,
                   WsOptional is_markup);
/* thresholds NULL: the default ones; label_count negative: no labels. The
 * value is the tier, or the index of its label. */
WsNumber ws_loyalty_tier(double share, const WsCells* thresholds, long label_count);
/* language NULL: the fallback language. *name is static UTF-8 text. */
WsStatus ws_tier_name(double tier, const char* language, size_t language_length, const char** name,
                      size_t* name_length);
WsNumber ws_turnover_estimate(WsCells drivers, WsCells rates, WsOptional manager_figure,
                              WsOptional method);
WsNumber ws_turnover_check(double manager_figure, double estimate, WsOptional tolerance);
WsNumber ws_target_shipment(double turnover, double target_share, WsOptional current_shipments,
                            WsOptional periods, WsOptional period, WsOptional growth,
                            WsOptional ramp);
WsNumber ws_rank_share(double rank, double suppliers);

/* TURNOVER_PEERS: estimates[i] and row_status[i] for each of the
 * client_cells.count / columns client rows. */
WsStatus ws_turnover_peers(WsCells peer_turnover, WsCells peer_drivers, size_t peer_columns,
                           WsCells client_drivers, size_t client_columns, WsOptional quantile,
                           double* estimates, WsStatus* row_status);
/* TURNOVER_PEERS's fit alone: model[0] the log base, model[1..columns] the
 * elasticities (columns + 1 numbers). */
WsStatus ws_fit_peers(WsCells peer_turnover, WsCells peer_drivers, size_t columns,
                      WsOptional quantile, double* model);
/* One client's estimate from a model of ws_fit_peers. */
WsNumber ws_estimate_from_peers(const double* model, size_t columns, WsCells client_drivers);

/* When the function answers with the error, in the contract's English words;
 * NULL when the texts do not say. *length is set to the text's length. */
const char* ws_error_text(const char* programmatic_name, WsStatus status, size_t* length);

#ifdef __cplusplus
}
#endif

#endif
