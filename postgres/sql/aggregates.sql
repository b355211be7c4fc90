-- The aggregates: a group's rows stand for a range (postgres/src/aggregates.c).
-- Their states are float8[], not internal, so that parallel workers,
-- partitions and Citus can pass them on.

-- SHARE over a group: the sum of shipments over the sum of turnover.
CREATE FUNCTION portfolio_share_step(float8[], float8, float8)
RETURNS float8[] AS 'MODULE_PATHNAME', 'walletshare_portfolio_share_step'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION portfolio_share_combine(float8[], float8[])
RETURNS float8[] AS 'MODULE_PATHNAME', 'walletshare_portfolio_share_combine'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION portfolio_share_final(float8[])
RETURNS float8 AS 'MODULE_PATHNAME', 'walletshare_portfolio_share_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE portfolio_share(shipments float8, turnover float8) (
    SFUNC = portfolio_share_step,
    STYPE = float8[],
    INITCOND = '{0,0,0}',
    COMBINEFUNC = portfolio_share_combine,
    FINALFUNC = portfolio_share_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE portfolio_share(float8, float8) IS
    'Our share of the group''s turnover: the sum of shipments over the sum of turnover, as SHARE over the group''s rows.';

-- TURNOVER_ESTIMATE over a client's driver rows, one (driver, rate) pair a row.
CREATE FUNCTION turnover_estimate_step(float8[], float8, float8)
RETURNS float8[] AS 'MODULE_PATHNAME', 'walletshare_turnover_estimate_step'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION turnover_estimate_step(float8[], float8, float8, float8, float8)
RETURNS float8[] AS 'MODULE_PATHNAME', 'walletshare_turnover_estimate_step'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION turnover_estimate_combine(float8[], float8[])
RETURNS float8[] AS 'MODULE_PATHNAME', 'walletshare_turnover_estimate_combine'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION turnover_estimate_final(float8[])
RETURNS float8 AS 'MODULE_PATHNAME', 'walletshare_turnover_estimate_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE turnover_estimate_agg(driver float8, rate float8) (
    SFUNC = turnover_estimate_step,
    STYPE = float8[],
    COMBINEFUNC = turnover_estimate_combine,
    FINALFUNC = turnover_estimate_final,
    PARALLEL = SAFE
);
CREATE AGGREGATE turnover_estimate_agg(driver float8, rate float8, manager_figure float8, method float8) (
    SFUNC = turnover_estimate_step,
    STYPE = float8[],
    COMBINEFUNC = turnover_estimate_combine,
    FINALFUNC = turnover_estimate_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE turnover_estimate_agg(float8, float8) IS
    'TURNOVER_ESTIMATE over the group''s rows: the median of driver x rate.';
COMMENT ON AGGREGATE turnover_estimate_agg(float8, float8, float8, float8) IS
    'TURNOVER_ESTIMATE over the group''s rows, with the manager''s figure as a floor (NULL: none) and a method (0 median, 1 mean, 2 maximum, 3 minimum), the same on every row.';

-- TURNOVER_PEERS's fit over peer rows (turnover, drivers), as a model that
-- turnover_peers_apply applies to each client's drivers.
CREATE FUNCTION turnover_peers_step(float8[], float8, float8[])
RETURNS float8[] AS 'MODULE_PATHNAME', 'walletshare_turnover_peers_step'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION turnover_peers_step(float8[], float8, float8[], float8)
RETURNS float8[] AS 'MODULE_PATHNAME', 'walletshare_turnover_peers_step'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION turnover_peers_combine(float8[], float8[])
RETURNS float8[] AS 'MODULE_PATHNAME', 'walletshare_turnover_peers_combine'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION turnover_peers_final(float8[])
RETURNS float8[] AS 'MODULE_PATHNAME', 'walletshare_turnover_peers_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE turnover_peers_fit(turnover float8, drivers float8[]) (
    SFUNC = turnover_peers_step,
    STYPE = float8[],
    COMBINEFUNC = turnover_peers_combine,
    FINALFUNC = turnover_peers_final,
    PARALLEL = SAFE
);
CREATE AGGREGATE turnover_peers_fit(turnover float8, drivers float8[], quantile float8) (
    SFUNC = turnover_peers_step,
    STYPE = float8[],
    COMBINEFUNC = turnover_peers_combine,
    FINALFUNC = turnover_peers_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE turnover_peers_fit(float8, float8[]) IS
    'TURNOVER_PEERS''s fit over the peer rows: {log base, elasticity of each driver}, for turnover_peers_apply.';
COMMENT ON AGGREGATE turnover_peers_fit(float8, float8[], float8) IS
    'TURNOVER_PEERS''s fit over the peer rows at a quantile of the residuals (the same on every row): {log base, elasticity of each driver}.';

CREATE FUNCTION turnover_peers_apply(model float8[], drivers float8[])
RETURNS float8 AS 'MODULE_PATHNAME', 'walletshare_turnover_peers_apply'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION turnover_peers_apply(float8[], float8[]) IS
    'A client''s turnover estimated with a model of turnover_peers_fit from the client''s drivers.';
