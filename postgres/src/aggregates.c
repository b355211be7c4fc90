/* The aggregates: a group's rows stand for a range. Every state is a float8[]
 * (not internal), so that parallel workers, partitions and Citus can pass it
 * on; the combine functions join two states.
 *
 * portfolio_share keeps three sums. The turnover estimate and the peer fit
 * need every row (a median, the residuals' quantile), so their state holds
 * the rows: a header of per-call arguments, then the rows' cells one after
 * the other, NULL for an empty cell. They grow as expanded arrays in the
 * aggregate's memory, appended to in place. Their final functions sort the
 * rows before they compute, so that a result does not depend on the order in
 * which workers or partitions delivered them. */
#include "arguments.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/expandeddatum.h"

PG_FUNCTION_INFO_V1(walletshare_portfolio_share_step);
PG_FUNCTION_INFO_V1(walletshare_portfolio_share_combine);
PG_FUNCTION_INFO_V1(walletshare_portfolio_share_final);
PG_FUNCTION_INFO_V1(walletshare_turnover_estimate_step);
PG_FUNCTION_INFO_V1(walletshare_turnover_estimate_final);
PG_FUNCTION_INFO_V1(walletshare_turnover_peers_step);
PG_FUNCTION_INFO_V1(walletshare_turnover_peers_final);
PG_FUNCTION_INFO_V1(walletshare_turnover_estimate_combine);
PG_FUNCTION_INFO_V1(walletshare_turnover_peers_combine);
PG_FUNCTION_INFO_V1(walletshare_turnover_peers_apply);

/* portfolio_share's state: {sum of shipments, sum of turnover, turnover rows}. */
enum { SHIPMENTS, TURNOVER, TURNOVER_ROWS, SUMS };

static MemoryContext aggregate_memory(FunctionCallInfo fcinfo, const char* name) {
    MemoryContext memory;
    if (!AggCheckCallContext(fcinfo, &memory)) {
        ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
                        errmsg("%s may only be called as part of an aggregate", name)));
    }
    return memory;
}

static float8* sums_of(ArrayType* state) {
    if (ARR_NDIM(state) != 1 || ARR_DIMS(state)[0] != SUMS || ARR_HASNULL(state) ||
        ARR_ELEMTYPE(state) != FLOAT8OID) {
        ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                        errmsg("not a state of portfolio_share")));
    }
    return (float8*)ARR_DATA_PTR(state);
}

Datum walletshare_portfolio_share_step(PG_FUNCTION_ARGS) {
    ArrayType* state;
    float8* sums;

    aggregate_memory(fcinfo, "portfolio_share_step");
    /* In an aggregate the state is ours to change in place, as float8_accum does. */
    state = PG_GETARG_ARRAYTYPE_P(0);
    sums = sums_of(state);
    if (!PG_ARGISNULL(2)) {
        float8 turnover = PG_GETARG_FLOAT8(2);
        if (turnover < 0.0) {
            failed(WS_INVALID_ARGUMENT, "share", "portfolio_share");
        }
        sums[TURNOVER] += turnover;
        sums[TURNOVER_ROWS] += 1.0;
    }
    if (!PG_ARGISNULL(1)) {
        sums[SHIPMENTS] += PG_GETARG_FLOAT8(1);
    }
    PG_RETURN_ARRAYTYPE_P(state);
}

Datum walletshare_portfolio_share_combine(PG_FUNCTION_ARGS) {
    ArrayType* state;
    float8* sums;
    const float8* other;

    aggregate_memory(fcinfo, "portfolio_share_combine");
    state = PG_GETARG_ARRAYTYPE_P(0);
    sums = sums_of(state);
    other = sums_of(PG_GETARG_ARRAYTYPE_P(1));
    for (int i = 0; i < SUMS; ++i) {
        sums[i] += other[i];
    }
    PG_RETURN_ARRAYTYPE_P(state);
}

Datum walletshare_portfolio_share_final(PG_FUNCTION_ARGS) {
    const float8* sums = sums_of(PG_GETARG_ARRAYTYPE_P(0));
    bool present = false;
    WsCells shipments = {&sums[SHIPMENTS], &present, 1};
    WsCells turnover = {&sums[TURNOVER], &present, sums[TURNOVER_ROWS] > 0.0 ? 1 : 0};
    WsNumber result = ws_share(shipments, turnover);
    if (failed(result.status, "share", "portfolio_share")) {
        PG_RETURN_NULL();
    }
    PG_RETURN_FLOAT8(result.value);
}

/* The rows' state, opened for appending: an expanded array in the
 * aggregate's memory, so that nodeAgg keeps it as it is between rows. On the
 * first row it is created with the header. */
static ExpandedArrayHeader* rows_state(FunctionCallInfo fcinfo, const char* name,
                                       const NullableDatum* header, int header_count) {
    MemoryContext memory = aggregate_memory(fcinfo, name);
    MemoryContext caller = MemoryContextSwitchTo(memory);
    ExpandedArrayHeader* state;
    if (PG_ARGISNULL(0)) {
        state = construct_empty_expanded_array(FLOAT8OID, memory, NULL);
        MemoryContextSwitchTo(caller);
        for (int i = 0; i < header_count; ++i) {
            int index = i + 1;
            array_set_element(EOHPGetRWDatum(&state->hdr), 1, &index, header[i].value,
                              header[i].isnull, -1, sizeof(float8), FLOAT8PASSBYVAL,
                              TYPALIGN_DOUBLE);
        }
        return state;
    }
    state = DatumGetExpandedArrayX(PG_GETARG_DATUM(0), NULL);
    MemoryContextSwitchTo(caller);
    return state;
}

static int element_count(ExpandedArrayHeader* state) {
    return state->ndims == 0 ? 0 : state->dims[0];
}

static void append(ExpandedArrayHeader* state, float8 value, bool empty) {
    int index = element_count(state) + 1;
    array_set_element(EOHPGetRWDatum(&state->hdr), 1, &index, Float8GetDatum(value), empty, -1,
                      sizeof(float8), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE);
}

/* A state's elements, read-only. */
typedef struct Elements {
    Datum* values;
    bool* empty;
    int count;
} Elements;

static Elements elements_of(Datum state) {
    Elements elements;
    deconstruct_array(DatumGetArrayTypeP(state), FLOAT8OID, sizeof(float8), FLOAT8PASSBYVAL,
                      TYPALIGN_DOUBLE, &elements.values, &elements.empty, &elements.count);
    return elements;
}

/* The header of every row's state: the arguments that hold for the whole
 * group, which every row must repeat unchanged. */
static void check_header(ExpandedArrayHeader* state, const NullableDatum* header, int count,
                         const char* aggregate) {
    deconstruct_expanded_array(state);
    for (int i = 0; i < count; ++i) {
        bool same = state->dnulls && state->dnulls[i]
                        ? header[i].isnull
                        : !header[i].isnull &&
                              DatumGetFloat8(state->dvalues[i]) == DatumGetFloat8(header[i].value);
        if (!same) {
            ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                            errmsg("%s: the arguments after the row's own must be the same "
                                   "for every row of a group",
                                   aggregate)));
        }
    }
}

/* turnover_estimate_agg's header: manager_figure, method. */
enum { ESTIMATE_HEADER = 2 };
/* turnover_peers_fit's header: quantile, then the number of drivers m (NULL
 * until a row with drivers has set it). Each row: turnover, m drivers. */
enum { PEERS_HEADER = 2, QUANTILE = 0, DRIVERS = 1 };
/* The longer of the two headers. */
enum { LONGEST_HEADER = 2 };

Datum walletshare_turnover_estimate_step(PG_FUNCTION_ARGS) {
    NullableDatum header[ESTIMATE_HEADER] = {{0, true}, {0, true}};
    ExpandedArrayHeader* state;
    for (int i = 0; i < ESTIMATE_HEADER && i + 3 < PG_NARGS(); ++i) {
        header[i].isnull = PG_ARGISNULL(i + 3);
        header[i].value = header[i].isnull ? 0 : PG_GETARG_DATUM(i + 3);
    }
    state = rows_state(fcinfo, "turnover_estimate_agg", header, ESTIMATE_HEADER);
    check_header(state, header, ESTIMATE_HEADER, "turnover_estimate_agg");
    append(state, PG_ARGISNULL(1) ? 0.0 : PG_GETARG_FLOAT8(1), PG_ARGISNULL(1));
    append(state, PG_ARGISNULL(2) ? 0.0 : PG_GETARG_FLOAT8(2), PG_ARGISNULL(2));
    PG_RETURN_DATUM(EOHPGetRWDatum(&state->hdr));
}

/* A state's rows as packed cells, width to a row. */
typedef struct PackedRows {
    const double* values;
    const bool* empty;
    int width;
} PackedRows;

/* One row to sort: its first cell kept beside it, which decides almost
 * every comparison without a look into the packed cells. */
typedef struct Row {
    double key;
    bool key_empty;
    int first;
} Row;

/* Ascending, an empty cell after every number and NaN after every other
 * number: as ORDER BY sorts float8 values and float8[] arrays. */
static inline int compare_cells(double a, bool a_empty, double b, bool b_empty) {
    if (a_empty || b_empty) {
        return a_empty == b_empty ? 0 : (a_empty ? 1 : -1);
    }
    if (isnan(a) || isnan(b)) {
        return isnan(a) == isnan(b) ? 0 : (isnan(a) ? 1 : -1);
    }
    return (a > b) - (a < b);
}

static int compare_rows(const void* left, const void* right, void* argument) {
    const Row* a = left;
    const Row* b = right;
    const PackedRows* rows = argument;
    int order = compare_cells(a->key, a->key_empty, b->key, b->key_empty);
    for (int i = 1; order == 0 && i < rows->width; ++i) {
        order = compare_cells(rows->values[a->first + i], rows->empty[a->first + i],
                              rows->values[b->first + i], rows->empty[b->first + i]);
    }
    return order;
}

/* The rows of a state after its header, sorted, as one range per column:
 * columns[c] holds column c of every row. */
static void sorted_columns(const Elements* elements, int header, int width, WsCells* columns) {
    int rows = (elements->count - header) / width;
    size_t cells = (size_t)rows * width;
    double* values = palloc(sizeof(double) * (cells > 0 ? cells : 1));
    bool* empty = palloc(sizeof(bool) * (cells > 0 ? cells : 1));
    PackedRows packed = {values, empty, width};
    Row* order = palloc(sizeof(Row) * (rows > 0 ? rows : 1));
    for (size_t cell = 0; cell < cells; ++cell) {
        empty[cell] = elements->empty[header + cell];
        values[cell] = empty[cell] ? 0.0 : DatumGetFloat8(elements->values[header + cell]);
    }
    for (int row = 0; row < rows; ++row) {
        order[row] = (Row){values[row * width], empty[row * width], row * width};
    }
    qsort_arg(order, (size_t)rows, sizeof(Row), compare_rows, &packed);
    for (int column = 0; column < width; ++column) {
        double* column_values = palloc(sizeof(double) * (rows > 0 ? rows : 1));
        bool* column_empty = palloc(sizeof(bool) * (rows > 0 ? rows : 1));
        for (int row = 0; row < rows; ++row) {
            column_values[row] = values[order[row].first + column];
            column_empty[row] = empty[order[row].first + column];
        }
        columns[column] = (WsCells){column_values, column_empty, (size_t)rows};
    }
}

static WsOptional header_optional(const Elements* elements, int index) {
    WsOptional optional = {0.0, !elements->empty[index]};
    if (optional.given) {
        optional.value = DatumGetFloat8(elements->values[index]);
    }
    return optional;
}

Datum walletshare_turnover_estimate_final(PG_FUNCTION_ARGS) {
    Elements elements = elements_of(PG_GETARG_DATUM(0));
    WsCells pairs[2];
    WsNumber result;
    sorted_columns(&elements, ESTIMATE_HEADER, 2, pairs);
    result = ws_turnover_estimate(pairs[0], pairs[1], header_optional(&elements, 0),
                                  header_optional(&elements, 1));
    if (failed(result.status, "turnoverEstimate", "turnover_estimate_agg")) {
        PG_RETURN_NULL();
    }
    PG_RETURN_FLOAT8(result.value);
}

Datum walletshare_turnover_peers_step(PG_FUNCTION_ARGS) {
    NullableDatum header[PEERS_HEADER] = {{0, true}, {0, true}};
    ExpandedArrayHeader* state;
    SqlRange drivers;
    bool negative_turnover = !PG_ARGISNULL(1) && PG_GETARG_FLOAT8(1) < 0.0;

    if (PG_NARGS() > 3 && !PG_ARGISNULL(3)) {
        header[QUANTILE] = (NullableDatum){PG_GETARG_DATUM(3), false};
    }
    state = rows_state(fcinfo, "turnover_peers_fit", header, PEERS_HEADER);
    check_header(state, header, 1, "turnover_peers_fit");
    if (PG_ARGISNULL(2)) {
        /* A peer without drivers is skipped, as one with empty cells is; a
         * negative turnover is invalid all the same. */
        if (negative_turnover) {
            failed(WS_INVALID_ARGUMENT, "turnoverPeers", "turnover_peers_fit");
        }
        PG_RETURN_DATUM(EOHPGetRWDatum(&state->hdr));
    }
    drivers = range_argument(PG_GETARG_ARRAYTYPE_P(2), "drivers");
    if (drivers.dimensions != 1) {
        ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                        errmsg("turnover_peers_fit: drivers must be a one-dimensional array, one "
                               "driver after the other")));
    }
    if (state->dnulls && state->dnulls[DRIVERS]) {
        int index = DRIVERS + 1;
        array_set_element(EOHPGetRWDatum(&state->hdr), 1, &index,
                          Float8GetDatum((float8)drivers.columns), false, -1, sizeof(float8),
                          FLOAT8PASSBYVAL, TYPALIGN_DOUBLE);
        deconstruct_expanded_array(state);
    }
    if (DatumGetFloat8(state->dvalues[DRIVERS]) != (float8)drivers.columns) {
        ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                        errmsg("turnover_peers_fit: every peer needs the same number of "
                               "drivers (%d, then %d)",
                               (int)DatumGetFloat8(state->dvalues[DRIVERS]), drivers.columns)));
    }
    append(state, PG_ARGISNULL(1) ? 0.0 : PG_GETARG_FLOAT8(1), PG_ARGISNULL(1));
    for (int i = 0; i < drivers.columns; ++i) {
        append(state, drivers.cells.values[i], drivers.cells.empty[i]);
    }
    PG_RETURN_DATUM(EOHPGetRWDatum(&state->hdr));
}

/* Both rows' aggregates: the second state's rows after the first's, when
 * their headers agree (the number of drivers may be unset in either). */
static Datum combine_rows(FunctionCallInfo fcinfo, int header) {
    Elements other = elements_of(PG_GETARG_DATUM(1));
    ExpandedArrayHeader* state;
    NullableDatum expected[LONGEST_HEADER];

    for (int i = 0; i < header; ++i) {
        expected[i] = (NullableDatum){other.empty[i] ? 0 : other.values[i], other.empty[i]};
    }
    {
        MemoryContext memory = aggregate_memory(fcinfo, "rows_combine");
        MemoryContext caller = MemoryContextSwitchTo(memory);
        state = DatumGetExpandedArrayX(PG_GETARG_DATUM(0), NULL);
        MemoryContextSwitchTo(caller);
    }
    deconstruct_expanded_array(state);
    for (int i = 0; i < header; ++i) {
        bool unset = state->dnulls && state->dnulls[i];
        bool is_width = header == PEERS_HEADER && i == DRIVERS;
        if (is_width && (unset || expected[i].isnull)) {
            if (unset && !expected[i].isnull) {
                int index = i + 1;
                array_set_element(EOHPGetRWDatum(&state->hdr), 1, &index, expected[i].value, false,
                                  -1, sizeof(float8), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE);
            }
            continue;
        }
        if (unset != expected[i].isnull ||
            (!unset && DatumGetFloat8(state->dvalues[i]) != DatumGetFloat8(expected[i].value))) {
            ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                            errmsg("the arguments after the row's own must be the same for every "
                                   "row of a group")));
        }
    }
    for (int i = header; i < other.count; ++i) {
        append(state, other.empty[i] ? 0.0 : DatumGetFloat8(other.values[i]), other.empty[i]);
    }
    PG_RETURN_DATUM(EOHPGetRWDatum(&state->hdr));
}

Datum walletshare_turnover_estimate_combine(PG_FUNCTION_ARGS) {
    return combine_rows(fcinfo, ESTIMATE_HEADER);
}

Datum walletshare_turnover_peers_combine(PG_FUNCTION_ARGS) {
    return combine_rows(fcinfo, PEERS_HEADER);
}

/* The model: {log base, elasticity of each driver}, or NULL when the peers
 * give #N/A. */
Datum walletshare_turnover_peers_final(PG_FUNCTION_ARGS) {
    Elements elements = elements_of(PG_GETARG_DATUM(0));
    int drivers;
    WsCells* columns;
    double* turnover_values;
    bool* turnover_empty;
    double* driver_values;
    bool* driver_empty;
    int rows;
    double* model;
    Datum* model_values;
    WsStatus status;

    if (elements.empty[DRIVERS]) {
        PG_RETURN_NULL();
    }
    drivers = (int)DatumGetFloat8(elements.values[DRIVERS]);
    columns = palloc(sizeof(WsCells) * (drivers + 1));
    sorted_columns(&elements, PEERS_HEADER, drivers + 1, columns);
    rows = (int)columns[0].count;
    turnover_values = (double*)columns[0].values;
    turnover_empty = (bool*)columns[0].empty;
    /* The core reads peer_drivers row by row. */
    driver_values = palloc(sizeof(double) * ((size_t)rows * drivers + 1));
    driver_empty = palloc(sizeof(bool) * ((size_t)rows * drivers + 1));
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < drivers; ++column) {
            driver_values[(size_t)row * drivers + column] = columns[column + 1].values[row];
            driver_empty[(size_t)row * drivers + column] = columns[column + 1].empty[row];
        }
    }
    model = palloc(sizeof(double) * (drivers + 1));
    status = ws_fit_peers((WsCells){turnover_values, turnover_empty, (size_t)rows},
                          (WsCells){driver_values, driver_empty, (size_t)rows * drivers},
                          (size_t)drivers, header_optional(&elements, QUANTILE), model);
    if (failed(status, "turnoverPeers", "turnover_peers_fit")) {
        PG_RETURN_NULL();
    }
    model_values = palloc(sizeof(Datum) * (drivers + 1));
    for (int i = 0; i <= drivers; ++i) {
        model_values[i] = Float8GetDatum(model[i]);
    }
    PG_RETURN_ARRAYTYPE_P(construct_array(model_values, drivers + 1, FLOAT8OID, sizeof(float8),
                                          FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

/* One client's estimate from turnover_peers_fit's model. */
Datum walletshare_turnover_peers_apply(PG_FUNCTION_ARGS) {
    SqlRange model = range_argument(PG_GETARG_ARRAYTYPE_P(0), "model");
    SqlRange drivers = range_argument(PG_GETARG_ARRAYTYPE_P(1), "drivers");
    WsNumber result;

    if (model.dimensions != 1 || model.columns < 2 ||
        memchr(model.cells.empty, true, model.cells.count)) {
        ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                        errmsg("turnover_peers_apply: model is not one of turnover_peers_fit")));
    }
    if (drivers.dimensions != 1 || drivers.columns != model.columns - 1) {
        ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                        errmsg("turnover_peers_apply: the model has %d drivers, drivers holds %d",
                               model.columns - 1, (int)drivers.cells.count)));
    }
    result = ws_estimate_from_peers(model.cells.values, (size_t)model.columns - 1, drivers.cells);
    if (failed(result.status, "turnoverPeers", "turnover_peers_apply")) {
        PG_RETURN_NULL();
    }
    PG_RETURN_FLOAT8(result.value);
}
