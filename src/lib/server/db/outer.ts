// Correlated subqueries in `sql` templates must name the outer query's table. Drizzle writes a
// column of a single-table select without its table ("id"), and inside a subquery PostgreSQL
// resolves an unqualified name to the subquery's own table first: `where "survey_id" = "id"`
// compared a response with itself and every survey read "0 responses". `outer(column)` always
// writes "table"."column"; sql-subqueries.test.ts fails on a subquery that forgets it.
import { getTableName, sql, type AnyColumn, type SQL } from 'drizzle-orm';

/** A column of the outer query, qualified with its table, for use inside a correlated subquery. */
export function outer(column: AnyColumn): SQL {
	return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
