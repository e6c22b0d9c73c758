import { describe, expect, it } from 'vitest';
import { PgDialect } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { events } from '../modules/events/schema.ts';
import { listSortOf, orderOf, stateOrder } from './list-sort.ts';

const columns = { title: events.title, when: events.startsAt };
const dialect = new PgDialect();
const text = (order: ReturnType<typeof orderOf>) => order.map((part) => dialect.sqlToQuery(part).sql);

describe('listSortOf', () => {
	it('reads a whitelisted column and its direction', () => {
		expect(listSortOf(new URLSearchParams('sort=when&dir=desc'), columns)).toEqual({
			column: 'when',
			direction: 'desc'
		});
		expect(listSortOf(new URLSearchParams('sort=title&dir=asc'), columns)).toEqual({
			column: 'title',
			direction: 'asc'
		});
	});

	it('reads a missing or unknown direction as ascending', () => {
		expect(listSortOf(new URLSearchParams('sort=title'), columns)?.direction).toBe('asc');
		expect(listSortOf(new URLSearchParams('sort=title&dir=DESC;drop'), columns)?.direction).toBe('asc');
	});

	it('ignores a missing, empty or unknown column (no sort: the default order)', () => {
		expect(listSortOf(new URLSearchParams(''), columns)).toBeNull();
		expect(listSortOf(new URLSearchParams('sort=&dir=desc'), columns)).toBeNull();
		expect(listSortOf(new URLSearchParams('sort=password_hash'), columns)).toBeNull();
		expect(listSortOf(new URLSearchParams('sort=toString'), columns)).toBeNull();
		expect(listSortOf(new URLSearchParams('sort=constructor'), columns)).toBeNull();
	});
});

describe('orderOf', () => {
	const fallback = [sql`fallback`];
	const tieBreak = [sql`tie`];

	it('orders by the chosen column, empty values last, then the tie-break', () => {
		expect(text(orderOf({ column: 'when', direction: 'desc' }, columns, fallback, tieBreak))).toEqual([
			'"events"."starts_at" desc NULLS LAST',
			'tie'
		]);
		expect(text(orderOf({ column: 'title', direction: 'asc' }, columns, fallback))).toEqual([
			'"events"."title" asc NULLS LAST'
		]);
	});

	it('falls back to the default order without a sort or with a column it does not know', () => {
		expect(text(orderOf(null, columns, fallback, tieBreak))).toEqual(['fallback', 'tie']);
		expect(text(orderOf({ column: 'nope', direction: 'asc' }, columns, fallback))).toEqual(['fallback']);
		expect(text(orderOf({ column: 'constructor', direction: 'asc' }, columns, fallback))).toEqual(['fallback']);
	});
});

describe('stateOrder', () => {
	const order = stateOrder(events.status, ['draft', 'published', 'finished', 'cancelled']);

	it('orders states by their place in the list, as whole numbers, unknown ones last', () => {
		const query = dialect.sqlToQuery(order);
		expect(query.sql).toBe(
			'(CASE "events"."status" WHEN $1 THEN 0 WHEN $2 THEN 1 WHEN $3 THEN 2 WHEN $4 THEN 3 ELSE 4 END)'
		);
		expect(query.params).toEqual(['draft', 'published', 'finished', 'cancelled']);
	});

	it('sorts both ways through orderOf like any other column', () => {
		const columns = { status: order };
		expect(text(orderOf({ column: 'status', direction: 'desc' }, columns, [sql`fallback`]))).toEqual([
			'(CASE "events"."status" WHEN $1 THEN 0 WHEN $2 THEN 1 WHEN $3 THEN 2 WHEN $4 THEN 3 ELSE 4 END) desc NULLS LAST'
		]);
	});
});
