import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { auditLog } from '../../server/db/core-schema.ts';
import type { Actor } from '../../server/actor.ts';
import type { Role } from '../../server/db/core-schema.ts';
import { recordAudit } from '../../server/audit.ts';
import { queueMail } from '../../server/mail/outbox.ts';
import { listAuditEntries, listOutbox } from './queries.server.ts';
import { describeAuditEntry } from '../audit-sentence.ts';
import { createI18n } from '../../i18n/index.ts';

let test: TestDatabase;
let officeId: string;
let administrator: Actor;
beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	administrator = await createPerson(test.db, { officeId, roles: ['administrator'] });
});
afterAll(() => test.close());

async function refusalCode(promise: Promise<unknown>) {
	return promise.then(
		() => 'accepted',
		(error: { code?: string }) => error.code
	);
}

describe('audit log', () => {
	it('shows the newest entries first, filtered by action, in pages of 50', async () => {
		for (let index = 1; index <= 55; index++) {
			await recordAudit(test.db, {
				officeId,
				actor: administrator,
				action: index % 5 === 0 ? 'test.special_thing' : 'test.routine',
				entityType: 'test',
				entityId: String(index)
			});
		}
		const ctx = contextOf(test.db, officeId, administrator);
		const first = await listAuditEntries(ctx, { action: 'test.' });
		expect(first).toMatchObject({ total: 55, page: 1, pages: 2 });
		expect(first.rows).toHaveLength(50);
		expect(first.rows[0].entityId).toBe('55');
		const second = await listAuditEntries(ctx, { action: 'test.', page: 2 });
		expect(second.rows.map((row) => row.entityId)).toEqual(['5', '4', '3', '2', '1']);

		const special = await listAuditEntries(ctx, { action: 'SPECIAL' });
		expect(special.total).toBe(11);
		expect(special.rows.every((row) => row.action === 'test.special_thing')).toBe(true);
	});

	it('names the account whose roles changed, so the log reads as a sentence (13.7)', async () => {
		const ivana = await createPerson(test.db, { officeId, roles: ['staff'], name: 'Ивана Јовић' });
		await recordAudit(test.db, {
			officeId,
			actor: administrator,
			action: 'accounts.roles_changed',
			entityType: 'user',
			entityId: ivana.userId,
			details: { before: ['staff'], after: ['coordinator'] }
		});
		const { rows } = await listAuditEntries(contextOf(test.db, officeId, administrator), { action: 'roles_changed' });
		expect(rows[0].subjectName).toBe('Ивана Јовић');
		expect(describeAuditEntry(rows[0], createI18n('en')).sentence).toContain(
			"changed Ivana Jović's roles: Youth worker → Coordinator"
		);
	});

	it('treats a page number below one as the first page', async () => {
		const result = await listAuditEntries(contextOf(test.db, officeId, administrator), { page: -3 });
		expect(result.page).toBe(1);
	});

	it.each([['coordinator'], ['staff'], ['young_person']] as [Role][])('is closed to a %s', async (role) => {
		const someone = await createPerson(test.db, { officeId, roles: [role] });
		expect(await refusalCode(listAuditEntries(contextOf(test.db, officeId, someone), {}))).toBe('forbidden');
	});
});

describe('outbox', () => {
	it('shows the office’s messages to an administrator and records the look', async () => {
		const otherOffice = await createOffice(test.db);
		await queueMail(test.db, { officeId, to: 'ana@example.test', subject: 'Позив', text: 'Текст' });
		await queueMail(test.db, { officeId: otherOffice.id, to: 'other@example.test', subject: 'Друго', text: 'Т' });
		const result = await listOutbox(contextOf(test.db, officeId, administrator), {});
		expect(result.rows.map((row) => row.toAddress)).toEqual(['ana@example.test']);
		const views = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.officeId, officeId), eq(auditLog.action, 'outbox.viewed')));
		expect(views).toHaveLength(1);
		expect(views[0]).toMatchObject({ actorUserId: administrator.userId, details: { page: 1 } });
	});

	it('shows a coordinator the office’s messages too (they answer for what the office sends)', async () => {
		const coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
		const result = await listOutbox(contextOf(test.db, officeId, coordinator), {});
		expect(result.rows.map((row) => row.toAddress)).toContain('ana@example.test');
	});

	it.each([['staff'], ['young_person']] as [Role][])('is closed to a %s, and nothing is recorded', async (role) => {
		const someone = await createPerson(test.db, { officeId, roles: [role] });
		expect(await refusalCode(listOutbox(contextOf(test.db, officeId, someone), {}))).toBe('forbidden');
		const views = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.actorUserId, someone.userId), eq(auditLog.action, 'outbox.viewed')));
		expect(views).toEqual([]);
	});

	it('is closed to someone who is not signed in', async () => {
		expect(await refusalCode(listOutbox(contextOf(test.db, officeId, null), {}))).toBe('unauthenticated');
	});
});
