// The embedded database counts its own writes so the page cache can tell a stale page without a query
// (decision 0029). A read, or a write that changed nothing, must leave the count; any change must move it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { createOffice } from '../testing/factories.ts';
import { offices } from './core-schema.ts';
import { localWriteCount } from './client.ts';

let test: TestDatabase;
let officeId: string;

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db, {})).id;
});
afterAll(async () => {
	await test.close();
});

describe('counting writes on the embedded database', () => {
	it('moves on every change and never on a read or a write that changed nothing', async () => {
		if (test.kind !== 'pglite') {
			expect(localWriteCount(test.db)).toBeNull();
			return;
		}
		const start = localWriteCount(test.db)!;
		await test.db.select().from(offices);
		await test.db.execute(sql`with chosen as (select id from offices) select count(*) from chosen`);
		await test.db
			.update(offices)
			.set({ municipality: 'Ивањица' })
			.where(eq(offices.id, '00000000-0000-0000-0000-000000000000'));
		expect(localWriteCount(test.db)).toBe(start);
		await test.db.update(offices).set({ municipality: 'Ивањица' }).where(eq(offices.id, officeId));
		const afterUpdate = localWriteCount(test.db)!;
		expect(afterUpdate).toBeGreaterThan(start);
		await test.db.execute(sql`with gone as (delete from offices where false returning id) select count(*) from gone`);
		expect(localWriteCount(test.db)).toBe(afterUpdate);
		const beforeTransaction = localWriteCount(test.db)!;
		await test.db.transaction(async (tx) => {
			await tx.update(offices).set({ municipality: 'Чачак' }).where(eq(offices.id, officeId));
		});
		expect(localWriteCount(test.db)).toBeGreaterThan(beforeTransaction);
	});
});
