#include "arguments.h"

#include "catalog/pg_type.h"
#include "utils/lsyscache.h"

SqlRange range_argument(ArrayType* array, const char* argument) {
    SqlRange range = {{NULL, NULL, 0}, 0, 0, ARR_NDIM(array)};
    Datum* elements;
    bool* nulls;
    int count;
    double* values;

    if (range.dimensions > 2) {
        ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                        errmsg("%s must be an array of one or two dimensions", argument)));
    }
    deconstruct_array(array, FLOAT8OID, sizeof(float8), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE, &elements,
                      &nulls, &count);
    values = palloc(sizeof(double) * (count > 0 ? count : 1));
    for (int i = 0; i < count; ++i) {
        values[i] = nulls[i] ? 0.0 : DatumGetFloat8(elements[i]);
    }
    range.cells.values = values;
    range.cells.empty = nulls;
    range.cells.count = (size_t)count;
    if (range.dimensions == 2) {
        range.rows = ARR_DIMS(array)[0];
        range.columns = ARR_DIMS(array)[1];
    } else if (range.dimensions == 1) {
        range.rows = 1;
        range.columns = count;
    }
    return range;
}

WsOptional optional_argument(FunctionCallInfo fcinfo, int number) {
    WsOptional optional = {0.0, false};
    if (number < PG_NARGS() && !PG_ARGISNULL(number)) {
        optional.value = PG_GETARG_FLOAT8(number);
        optional.given = true;
    }
    return optional;
}

bool failed(WsStatus status, const char* programmatic_name, const char* sql_name) {
    size_t length = 0;
    const char* when = NULL;

    switch (status) {
    case WS_OK:
        return false;
    case WS_NOT_AVAILABLE:
        return true;
    case WS_OUT_OF_MEMORY:
        ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("%s: out of memory", sql_name)));
        break;
    case WS_INVALID_ARGUMENT:
    case WS_DIVISION_BY_ZERO:
        when = ws_error_text(programmatic_name, status, &length);
        ereport(ERROR,
                (errcode(status == WS_INVALID_ARGUMENT ? ERRCODE_INVALID_PARAMETER_VALUE
                                                       : ERRCODE_DIVISION_BY_ZERO),
                 errmsg("%s: %s", sql_name,
                        status == WS_INVALID_ARGUMENT ? "invalid argument" : "division by zero"),
                 when ? errdetail("%s answers so when: %.*s", sql_name, (int)length, when) : 0));
        break;
    case WS_WRONG_TYPE:
    case WS_INTERNAL_ERROR:
        ereport(ERROR, (errcode(ERRCODE_INTERNAL_ERROR),
                        errmsg("%s: internal error in the Walletshare core", sql_name)));
        break;
    }
    return false;
}
