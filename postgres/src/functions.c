/* The contract's functions in SQL (the install script declares them, from
 * the core's description). Each reads its arguments, calls the bridge, and
 * only then reports an error: no C++ object is alive by then. */
#include "arguments.h"

#include "catalog/pg_type.h"
#include "utils/builtins.h"

PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(walletshare_share);
PG_FUNCTION_INFO_V1(walletshare_wallet);
PG_FUNCTION_INFO_V1(walletshare_loyalty_tier);
PG_FUNCTION_INFO_V1(walletshare_loyalty_tier_label);
PG_FUNCTION_INFO_V1(walletshare_tier_name);
PG_FUNCTION_INFO_V1(walletshare_turnover_estimate);
PG_FUNCTION_INFO_V1(walletshare_turnover_check);
PG_FUNCTION_INFO_V1(walletshare_target_shipment);
PG_FUNCTION_INFO_V1(walletshare_rank_share);
PG_FUNCTION_INFO_V1(walletshare_turnover_peers);

Datum walletshare_share(PG_FUNCTION_ARGS) {
    SqlRange shipments = range_argument(PG_GETARG_ARRAYTYPE_P(0), "shipments");
    SqlRange turnover = range_argument(PG_GETARG_ARRAYTYPE_P(1), "turnover");
    WsNumber result = ws_share(shipments.cells, turnover.cells);
    if (failed(result.status, "share", "share")) {
        PG_RETURN_NULL();
    }
    PG_RETURN_FLOAT8(result.value);
}

Datum walletshare_wallet(PG_FUNCTION_ARGS) {
    SqlRange turnover = range_argument(PG_GETARG_ARRAYTYPE_P(0), "turnover");
    WsOptional is_markup = {PG_GETARG_BOOL(3) ? 1.0 : 0.0, true};
    WsNumber result = ws_wallet(turnover.cells, optional_argument(fcinfo, 1),
                                optional_argument(fcinfo, 2), is_markup);
    if (failed(result.status, "wallet", "wallet")) {
        PG_RETURN_NULL();
    }
    PG_RETURN_FLOAT8(result.value);
}

Datum walletshare_loyalty_tier(PG_FUNCTION_ARGS) {
    SqlRange thresholds = range_argument(PG_GETARG_ARRAYTYPE_P(1), "thresholds");
    WsNumber result = ws_loyalty_tier(PG_GETARG_FLOAT8(0), &thresholds.cells, -1);
    if (failed(result.status, "loyaltyTier", "loyalty_tier")) {
        PG_RETURN_NULL();
    }
    PG_RETURN_INT32((int32)result.value);
}

Datum walletshare_loyalty_tier_label(PG_FUNCTION_ARGS) {
    SqlRange thresholds = range_argument(PG_GETARG_ARRAYTYPE_P(1), "thresholds");
    Datum* labels;
    bool* empty;
    int label_count;
    WsNumber result;

    deconstruct_array(PG_GETARG_ARRAYTYPE_P(2), TEXTOID, -1, false, TYPALIGN_INT, &labels, &empty,
                      &label_count);
    result = ws_loyalty_tier(PG_GETARG_FLOAT8(0), &thresholds.cells, label_count);
    if (failed(result.status, "loyaltyTier", "loyalty_tier")) {
        PG_RETURN_NULL();
    }
    /* An empty label cell shows as nothing, as an empty cell would. */
    if (empty[(int)result.value]) {
        PG_RETURN_NULL();
    }
    PG_RETURN_DATUM(labels[(int)result.value]);
}

Datum walletshare_tier_name(PG_FUNCTION_ARGS) {
    const char* name = NULL;
    size_t name_length = 0;
    text* language = PG_ARGISNULL(1) ? NULL : PG_GETARG_TEXT_PP(1);
    WsStatus status;

    if (PG_ARGISNULL(0)) {
        PG_RETURN_NULL();
    }
    status = ws_tier_name(PG_GETARG_FLOAT8(0), language ? VARDATA_ANY(language) : NULL,
                          language ? VARSIZE_ANY_EXHDR(language) : 0, &name, &name_length);
    if (failed(status, "tierName", "tier_name")) {
        PG_RETURN_NULL();
    }
    PG_RETURN_TEXT_P(cstring_to_text_with_len(name, (int)name_length));
}

Datum walletshare_turnover_estimate(PG_FUNCTION_ARGS) {
    SqlRange drivers;
    SqlRange rates;
    WsNumber result;

    if (PG_ARGISNULL(0) || PG_ARGISNULL(1)) {
        PG_RETURN_NULL();
    }
    drivers = range_argument(PG_GETARG_ARRAYTYPE_P(0), "drivers");
    rates = range_argument(PG_GETARG_ARRAYTYPE_P(1), "rates");
    result = ws_turnover_estimate(drivers.cells, rates.cells, optional_argument(fcinfo, 2),
                                  optional_argument(fcinfo, 3));
    if (failed(result.status, "turnoverEstimate", "turnover_estimate")) {
        PG_RETURN_NULL();
    }
    PG_RETURN_FLOAT8(result.value);
}

Datum walletshare_turnover_check(PG_FUNCTION_ARGS) {
    WsNumber result =
        ws_turnover_check(PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1), optional_argument(fcinfo, 2));
    if (failed(result.status, "turnoverCheck", "turnover_check")) {
        PG_RETURN_NULL();
    }
    PG_RETURN_INT32((int32)result.value);
}

Datum walletshare_target_shipment(PG_FUNCTION_ARGS) {
    WsNumber result;

    if (PG_ARGISNULL(0) || PG_ARGISNULL(1)) {
        PG_RETURN_NULL();
    }
    result =
        ws_target_shipment(PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1), optional_argument(fcinfo, 2),
                           optional_argument(fcinfo, 3), optional_argument(fcinfo, 4),
                           optional_argument(fcinfo, 5), optional_argument(fcinfo, 6));
    if (failed(result.status, "targetShipment", "target_shipment")) {
        PG_RETURN_NULL();
    }
    PG_RETURN_FLOAT8(result.value);
}

Datum walletshare_rank_share(PG_FUNCTION_ARGS) {
    WsNumber result = ws_rank_share(PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1));
    if (failed(result.status, "rankShare", "rank_share")) {
        PG_RETURN_NULL();
    }
    PG_RETURN_FLOAT8(result.value);
}

/* peer_drivers: a 1-D array is a column (one driver per peer), a 2-D array
 * one row per peer. client_drivers: a 1-D array is one client's row of
 * drivers, a 2-D array one row per client. One estimate per client row, NULL
 * where the row's drivers give #N/A. */
Datum walletshare_turnover_peers(PG_FUNCTION_ARGS) {
    SqlRange turnover = range_argument(PG_GETARG_ARRAYTYPE_P(0), "peer_turnover");
    SqlRange peers = range_argument(PG_GETARG_ARRAYTYPE_P(1), "peer_drivers");
    SqlRange clients = range_argument(PG_GETARG_ARRAYTYPE_P(2), "client_drivers");
    size_t peer_columns = peers.dimensions == 2 ? (size_t)peers.columns : 1;
    int rows = clients.rows;
    double* estimates = palloc(sizeof(double) * (rows > 0 ? rows : 1));
    WsStatus* row_status = palloc(sizeof(WsStatus) * (rows > 0 ? rows : 1));
    Datum* elements;
    bool* nulls;
    int dimensions[1];
    int lower_bounds[1] = {1};
    WsStatus status;

    status = ws_turnover_peers(turnover.cells, peers.cells, peer_columns, clients.cells,
                               (size_t)clients.columns, optional_argument(fcinfo, 3), estimates,
                               row_status);
    if (failed(status, "turnoverPeers", "turnover_peers")) {
        PG_RETURN_NULL();
    }
    elements = palloc(sizeof(Datum) * (rows > 0 ? rows : 1));
    nulls = palloc(sizeof(bool) * (rows > 0 ? rows : 1));
    for (int row = 0; row < rows; ++row) {
        if (row_status[row] == WS_INVALID_ARGUMENT) {
            size_t length = 0;
            const char* when = ws_error_text("turnoverPeers", WS_INVALID_ARGUMENT, &length);
            ereport(
                ERROR,
                (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                 errmsg("turnover_peers: invalid argument in row %d of client_drivers", row + 1),
                 when ? errdetail("turnover_peers answers so when: %.*s", (int)length, when) : 0));
        }
        nulls[row] = failed(row_status[row], "turnoverPeers", "turnover_peers");
        elements[row] = Float8GetDatum(nulls[row] ? 0.0 : estimates[row]);
    }
    dimensions[0] = rows;
    PG_RETURN_ARRAYTYPE_P(construct_md_array(elements, nulls, rows > 0 ? 1 : 0, dimensions,
                                             lower_bounds, FLOAT8OID, sizeof(float8),
                                             FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}
