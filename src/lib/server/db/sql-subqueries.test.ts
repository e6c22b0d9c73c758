// Every correlated subquery written in a `sql` template names the outer table's columns through
// outer(): an unqualified outer column silently resolves to the subquery's own table.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getTableName, isTable } from 'drizzle-orm';
import * as schema from './schema.ts';
import { outer } from './outer.ts';
import { surveys } from '../../modules/surveys/schema.ts';
import { PgDialect } from 'drizzle-orm/pg-core';

const root = join(import.meta.dirname, '..', '..', '..', '..');

function sourceFiles(directory: string): string[] {
	return readdirSync(directory).flatMap((name) => {
		const path = join(directory, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
	});
}

const tableNames = new Set(Object.entries(schema).flatMap(([name, value]) => (isTable(value) ? [name] : [])));

/** Outer columns a subquery in a sql template refers to without outer(). */
export function unqualifiedOuterColumns(source: string): string[] {
	const found: string[] = [];
	for (const match of source.matchAll(/sql(?:<[^`]*?>)?`([^`]*)`/g)) {
		const body = match[1];
		if (!/\(\s*select\b|\bexists\s*\(/i.test(body)) continue;
		const inner = new Set([...body.matchAll(/\b(?:from|join)\s+\$\{(\w+)\}/gi)].map((item) => item[1]));
		for (const column of body.matchAll(/\$\{(\w+)\.(\w+)\}/g)) {
			if (tableNames.has(column[1]) && !inner.has(column[1])) found.push(`${column[1]}.${column[2]}`);
		}
	}
	return found;
}

describe('correlated subqueries', () => {
	it('outer() writes the table and the column', () => {
		expect(new PgDialect().sqlToQuery(outer(surveys.id)).sql).toBe(`"${getTableName(surveys)}"."id"`);
	});

	it('finds an outer column used without outer()', () => {
		expect(
			unqualifiedOuterColumns(
				'sql`(select count(*) from ${surveyResponses} where ${surveyResponses.surveyId} = ${surveys.id})`'
			)
		).toEqual(['surveys.id']);
		expect(
			unqualifiedOuterColumns(
				'sql`(select count(*) from ${surveyResponses} where ${surveyResponses.surveyId} = ${outer(surveys.id)})`'
			)
		).toEqual([]);
	});

	it('no subquery in the code names an outer column without outer()', () => {
		const offenders = sourceFiles(join(root, 'src')).flatMap((path) =>
			unqualifiedOuterColumns(readFileSync(path, 'utf8')).map((column) => `${relative(root, path)}: ${column}`)
		);
		expect(offenders).toEqual([]);
	});
});
