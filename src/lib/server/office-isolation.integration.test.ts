import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing/db.ts';
import { contextOf, createOffice, createPerson } from './testing/factories.ts';
import { resolveOffice, invalidateOfficeCache } from './office.ts';
import { listPublishedPages } from '../modules/pages/queries.server.ts';
import { pages } from '../modules/pages/schema.ts';
import { listUsersForAdmin } from '../modules/accounts/queries.server.ts';
import { listAuditEntries } from '../modules/system/queries.server.ts';
import { setUserRoles } from '../modules/accounts/commands/set-user-roles.server.ts';
import { canAccessAdmin } from './actor.ts';
import { loadRoles } from './auth/sessions.ts';

let test: TestDatabase;
beforeAll(async () => {
	test = await createTestDatabase();
	invalidateOfficeCache();
});
afterAll(() => test.close());

describe('several offices in one database', () => {
	it('resolves the office by host name and falls back to the default office', async () => {
		const main = await createOffice(test.db, { isDefault: true, name: 'Главна' });
		const other = await createOffice(test.db, { hosts: ['mladi.cacak.test'], name: 'Друга' });
		expect((await resolveOffice(test.db, 'mladi.cacak.test'))?.id).toBe(other.id);
		expect((await resolveOffice(test.db, 'MLADI.CACAK.TEST:3000'))?.id).toBe(other.id);
		expect((await resolveOffice(test.db, 'localhost:3000'))?.id).toBe(main.id);
	});

	it('never shows one office’s pages, people or audit log to another office', async () => {
		invalidateOfficeCache();
		const officeA = await resolveOffice(test.db, 'localhost');
		const officeB = await resolveOffice(test.db, 'mladi.cacak.test');
		await test.db.insert(pages).values([
			{ officeId: officeA!.id, slug: 'a', title: 'Страница А' },
			{ officeId: officeB!.id, slug: 'b', title: 'Страница Б' }
		]);
		const adminA = await createPerson(test.db, { officeId: officeA!.id, roles: ['administrator'] });
		const adminB = await createPerson(test.db, { officeId: officeB!.id, roles: ['administrator'] });
		const youngB = await createPerson(test.db, { officeId: officeB!.id });

		expect((await listPublishedPages(test.db, officeA!.id)).map((page) => page.slug)).toEqual(['a']);
		expect((await listPublishedPages(test.db, officeB!.id)).map((page) => page.slug)).toEqual(['b']);

		const peopleSeenByA = await listUsersForAdmin(contextOf(test.db, officeA!.id, adminA), {});
		expect(peopleSeenByA.rows.map((row) => row.id)).toEqual([adminA.userId]);

		// Office A's administrator holds no role in office B, so B's back-office is closed to them.
		const rolesInB = await loadRoles(test.db, adminA.userId, officeB!.id);
		expect(canAccessAdmin({ ...adminA, roles: rolesInB })).toBe(false);

		// Acting from office A on a person of office B finds nobody.
		await expect(
			setUserRoles(contextOf(test.db, officeA!.id, adminA), { userId: youngB.userId, roles: ['staff'] })
		).rejects.toMatchObject({
			code: 'not_found'
		});

		const auditB = await listAuditEntries(contextOf(test.db, officeB!.id, adminB), {});
		expect(auditB.rows.every((row) => row.officeId === officeB!.id)).toBe(true);
		expect(auditB.rows.some((row) => row.actorUserId === adminA.userId)).toBe(false);
	});
});
