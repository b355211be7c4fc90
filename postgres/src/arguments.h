/* What the SQL functions share: arguments read into the bridge's structs
 * (in palloc'd memory), and the contract's errors reported to PostgreSQL. */
#ifndef WALLETSHARE_POSTGRES_ARGUMENTS_H
#define WALLETSHARE_POSTGRES_ARGUMENTS_H

#include "postgres.h"

#include "fmgr.h"
#include "utils/array.h"

#include "bridge.h"

/* A float8[] argument as cells: NULL elements are empty cells. A 1-D array
 * is one row of count cells; a 2-D array rows of columns cells; an empty
 * array no cells at all. */
typedef struct SqlRange {
    WsCells cells;
    int rows;
    int columns;
    int dimensions;
} SqlRange;

SqlRange range_argument(ArrayType* array, const char* argument);

/* Argument number of the call as a WsOptional: left out when it is NULL or
 * beyond the arguments given. */
WsOptional optional_argument(FunctionCallInfo fcinfo, int number);

/* Returns true for #N/A (the caller returns NULL), false for a value, and
 * raises an error for everything else: Err:502 as 22023 with the contract's
 * words on when the function answers so, #DIV/0! as 22012. */
bool failed(WsStatus status, const char* programmatic_name, const char* sql_name);

#endif
