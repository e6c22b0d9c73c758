import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { searchKey } from '../../i18n/script.ts';

let test: TestDatabase;
beforeAll(async () => {
	test = await createTestDatabase();
});
afterAll(() => test.close());

const SAMPLES = [
	'Шумадија',
	'sumadija',
	'ЉУБОВИЈА и Њива',
	'Ђорђе Ђорђевић',
	'Djordje Đorđević',
	'Џеп, џемпер, ǅep',
	'Čačak — ČAČAK',
	'Омладински клуб 2026',
	'kzm@ivanjica.rs',
	'  Канцеларија   за  младе  ',
	'Café Öko'
];

describe('kzm_search_key (SQL) folds text exactly as searchKey (TypeScript)', () => {
	it.each(SAMPLES)('%s', async (sample) => {
		const result = await test.db.execute<{ key: string }>(sql`SELECT kzm_search_key(${sample}) AS key`);
		const key = (result as unknown as { rows: { key: string }[] }).rows[0].key;
		expect(key).toBe(searchKey(sample));
	});

	it('lets a Latin query without diacritics find Cyrillic text', async () => {
		const result = await test.db.execute<{ hit: boolean }>(
			sql`SELECT kzm_search_key('Удружење Шумадија') LIKE ${'%' + searchKey('sumadija') + '%'} AS hit`
		);
		expect((result as unknown as { rows: { hit: boolean }[] }).rows[0].hit).toBe(true);
	});
});
