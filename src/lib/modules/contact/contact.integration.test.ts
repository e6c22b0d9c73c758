import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import * as v from 'valibot';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { auditLog, outboxMessages } from '../../server/db/core-schema.ts';
import { parseForm } from '../../server/forms.ts';
import { createI18n } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locale.ts';
import { contactMessages } from './schema.ts';
import { contactInput, deleteContactMessageInput, isHoneypotHit, type ContactInput } from './inputs.ts';
import { CONTACT_RATE_LIMIT, sendContactMessage } from './commands/send-contact-message.server.ts';
import { markContactMessageHandled } from './commands/mark-contact-message-handled.server.ts';
import { listContactMessages } from './queries.server.ts';
import { deleteContactMessage } from './commands/delete-contact-message.server.ts';
import { deleteExpiredContactMessages, retentionCutoff } from './commands/delete-expired-contact-messages.server.ts';
import { contactManifest } from './manifest.ts';
import { startJobRunner } from '../../server/jobs.ts';
import { removeDemoContactMessages, seedDemoContactMessages } from './seed.server.ts';

let test: TestDatabase;
beforeAll(async () => {
	test = await createTestDatabase();
});
afterAll(() => test.close());

let addressCounter = 0;
/** A client address no other test has used, so rate limits never leak between tests. */
const newAddress = () => `198.51.100.${++addressCounter}`;

const MESSAGE: ContactInput = {
	name: 'Марија Јовановић',
	email: 'marija@example.test',
	subject: 'Волонтерска књижица',
	message: 'Где могу да добијем волонтерску књижицу?\nХвала.',
	consent: true,
	website: ''
};

async function officeWithEmail(email = 'kzm@ivanjica.test') {
	return (await createOffice(test.db, { email, name: 'Канцеларија за младе Ивањица' })).id;
}

function send(officeId: string, overrides: Partial<ContactInput & { locale: Locale; clientAddress: string }> = {}) {
	return sendContactMessage(contextOf(test.db, officeId, null), {
		...MESSAGE,
		locale: 'sr-Cyrl',
		clientAddress: newAddress(),
		...overrides
	});
}

function formData(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [key, value] of Object.entries(fields)) data.set(key, value);
	return data;
}

const storedFor = (officeId: string) =>
	test.db.select().from(contactMessages).where(eq(contactMessages.officeId, officeId));
const outboxFor = (officeId: string) =>
	test.db.select().from(outboxMessages).where(eq(outboxMessages.officeId, officeId));
const auditFor = (officeId: string, action: string) =>
	test.db
		.select()
		.from(auditLog)
		.where(and(eq(auditLog.officeId, officeId), eq(auditLog.action, action)))
		.orderBy(desc(auditLog.at), desc(auditLog.id));

describe('a visitor sends the contact form', () => {
	it('stores the message with the consent text as shown and queues one copy to the office', async () => {
		const officeId = await officeWithEmail();
		expect(await send(officeId)).toEqual({ stored: true });

		const [stored] = await storedFor(officeId);
		expect(stored).toMatchObject({
			name: MESSAGE.name,
			email: MESSAGE.email,
			subject: MESSAGE.subject,
			message: MESSAGE.message,
			consentText: createI18n('sr-Cyrl').t('contact.form.consent'),
			handledAt: null
		});
		const outbox = await outboxFor(officeId);
		expect(outbox).toHaveLength(1);
		expect(outbox[0]).toMatchObject({
			toAddress: 'kzm@ivanjica.test',
			subject: 'Порука са портала: Волонтерска књижица',
			status: 'pending',
			isSensitive: true
		});
		expect(outbox[0].textBody).toContain('Име: Марија Јовановић');
		expect(outbox[0].textBody).toContain('Е-пошта: marija@example.test');
		expect(outbox[0].textBody).toContain(MESSAGE.message);
		const [audit] = await auditFor(officeId, 'contact.message_received');
		expect(audit).toMatchObject({ entityId: stored.id, actorUserId: null, details: { copiedToOffice: true } });
		// No personal data in the audit log.
		expect(JSON.stringify(audit.details)).not.toContain('marija');
	});

	it('keeps the consent text in the language and script the visitor read it in', async () => {
		const officeId = await officeWithEmail();
		await send(officeId, { locale: 'en' });
		await send(officeId, { locale: 'sr-Latn' });
		const texts = (await storedFor(officeId)).map((row) => row.consentText).sort();
		expect(texts).toEqual(
			[createI18n('en').t('contact.form.consent'), createI18n('sr-Latn').t('contact.form.consent')].sort()
		);
		expect(texts.join(' ')).toContain('I agree that the youth office keeps my name');
		expect(texts.join(' ')).toContain('Pristajem da kancelarija za mlade sačuva');
	});

	it('writes a subject for the copy when the visitor gave none', async () => {
		const officeId = await officeWithEmail();
		await send(officeId, { subject: '' });
		expect((await outboxFor(officeId))[0].subject).toBe('Порука са портала: без теме');
	});

	it('still stores the message when the office has no e-mail address yet, and sends nothing', async () => {
		const officeId = await officeWithEmail('');
		expect(await send(officeId)).toEqual({ stored: true });
		expect(await storedFor(officeId)).toHaveLength(1);
		expect(await outboxFor(officeId)).toEqual([]);
	});

	it('accepts a filled trap field without a word, but stores and sends nothing', async () => {
		const officeId = await officeWithEmail();
		expect(await send(officeId, { website: 'https://spam.example' })).toEqual({ stored: false });
		expect(await storedFor(officeId)).toEqual([]);
		expect(await outboxFor(officeId)).toEqual([]);
		expect(await auditFor(officeId, 'contact.message_received')).toEqual([]);
		expect(isHoneypotHit({ website: 'x', name: 'Bot' })).toBe(true);
		expect(isHoneypotHit({ website: '  ', name: 'Марија' })).toBe(false);
		expect(isHoneypotHit({ name: 'Марија' })).toBe(false);
	});

	it('refuses more messages from one address than the limit, and lets another address through', async () => {
		const officeId = await officeWithEmail();
		const address = newAddress();
		for (let sent = 0; sent < CONTACT_RATE_LIMIT.limit; sent++) {
			await send(officeId, { clientAddress: address });
		}
		await expect(send(officeId, { clientAddress: address })).rejects.toMatchObject({
			code: 'rate_limited',
			messageKey: 'error.429.text'
		});
		expect(await storedFor(officeId)).toHaveLength(CONTACT_RATE_LIMIT.limit);
		expect(await outboxFor(officeId)).toHaveLength(CONTACT_RATE_LIMIT.limit);
		expect(await send(officeId, { clientAddress: newAddress() })).toEqual({ stored: true });
	});
});

describe('the contact form’s validation', () => {
	const form = (values: Record<string, string>) => {
		const data = new FormData();
		for (const [name, value] of Object.entries(values)) data.set(name, value);
		return parseForm(contactInput, data);
	};

	it('names each missing or wrong field, in message keys the page shows in the reader’s language', () => {
		const parsed = form({ name: '  ', email: 'nije-adresa', subject: '', message: '' });
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.failure.status).toBe(400);
		expect(parsed.failure.data.errors).toEqual({
			name: 'validation.required',
			email: 'validation.email',
			message: 'validation.required',
			consent: 'contact.form.consentRequired'
		});
		// What was typed comes back, so nothing is lost.
		expect(parsed.failure.data.values).toMatchObject({ email: 'nije-adresa' });
	});

	it('refuses an over-long message and accepts a complete form', () => {
		const tooLong = form({ name: 'Ана', email: 'ana@example.test', message: 'а'.repeat(5001), consent: 'yes' });
		expect(tooLong.ok ? {} : tooLong.failure.data.errors).toEqual({ message: 'validation.tooLong|{"max":5000}' });
		const fine = v.parse(contactInput, { name: ' Ана ', email: 'Ana@Example.test', message: 'Здраво', consent: 'yes' });
		expect(fine).toEqual({
			name: 'Ана',
			email: 'ana@example.test',
			subject: '',
			message: 'Здраво',
			consent: true,
			website: ''
		});
	});
});

describe('staff read the messages', () => {
	it('lists open messages newest first, audits every read, and marks one handled', async () => {
		const officeId = await officeWithEmail();
		const coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'], name: 'Ана Петровић' });
		const ctx = contextOf(test.db, officeId, coordinator);
		await send(officeId, { subject: 'Прва' });
		await send(officeId, { subject: 'Друга' });

		const open = await listContactMessages(ctx, {});
		expect(open.rows.map((row) => row.subject).sort()).toEqual(['Друга', 'Прва']);
		expect(open.openCount).toBe(2);
		const first = open.rows.find((row) => row.subject === 'Прва')!;
		await markContactMessageHandled(ctx, { id: first.id });
		await markContactMessageHandled(ctx, { id: first.id });

		expect((await listContactMessages(ctx, { filter: 'open' })).rows.map((row) => row.subject)).toEqual(['Друга']);
		const handled = await listContactMessages(ctx, { filter: 'handled' });
		expect(handled.rows).toHaveLength(1);
		expect(handled.rows[0]).toMatchObject({ subject: 'Прва', handledByName: 'Ана Петровић' });
		expect(handled.rows[0].handledAt).toBeInstanceOf(Date);
		expect(handled.openCount).toBe(1);
		expect((await listContactMessages(ctx, { filter: 'all' })).total).toBe(2);

		const reads = await auditFor(officeId, 'contact.list_viewed');
		expect(reads).toHaveLength(4);
		expect(reads.every((entry) => entry.actorUserId === coordinator.userId)).toBe(true);
		// Marking twice records one change.
		expect(await auditFor(officeId, 'contact.message_handled')).toHaveLength(1);
	});

	it('lets administrators and youth workers read them too', async () => {
		const officeId = await officeWithEmail();
		await send(officeId);
		for (const role of ['administrator', 'staff'] as const) {
			const person = await createPerson(test.db, { officeId, roles: [role] });
			expect((await listContactMessages(contextOf(test.db, officeId, person), {})).rows).toHaveLength(1);
		}
	});

	it('refuses a young person and a visitor, without recording a read', async () => {
		const officeId = await officeWithEmail();
		await send(officeId);
		const [message] = await storedFor(officeId);
		const youngPerson = await createPerson(test.db, { officeId, roles: ['young_person'] });
		for (const actor of [youngPerson, null]) {
			const ctx = contextOf(test.db, officeId, actor);
			const code = actor ? 'forbidden' : 'unauthenticated';
			await expect(listContactMessages(ctx, {})).rejects.toMatchObject({ code });
			await expect(markContactMessageHandled(ctx, { id: message.id })).rejects.toMatchObject({ code });
		}
		expect(await auditFor(officeId, 'contact.list_viewed')).toEqual([]);
		expect((await storedFor(officeId))[0].handledAt).toBeNull();
	});

	it('keeps each office’s messages to itself', async () => {
		const officeId = await officeWithEmail();
		const otherOfficeId = await officeWithEmail('druga@example.test');
		await send(otherOfficeId, { subject: 'Туђа' });
		const [foreign] = await storedFor(otherOfficeId);
		const staff = await createPerson(test.db, { officeId, roles: ['staff'] });
		const ctx = contextOf(test.db, officeId, staff);
		expect((await listContactMessages(ctx, { filter: 'all' })).rows).toEqual([]);
		await expect(markContactMessageHandled(ctx, { id: foreign.id })).rejects.toMatchObject({ code: 'not_found' });
		expect((await storedFor(otherOfficeId))[0].handledAt).toBeNull();
	});
});

describe('staff erase a message', () => {
	it('asks for the confirmation box, then erases the message and records who did it, not what it said', async () => {
		const officeId = await officeWithEmail();
		await send(officeId, { subject: 'Обришите моје податке' });
		await send(officeId, { subject: 'Остаје' });
		const staff = await createPerson(test.db, { officeId, roles: ['staff'] });
		const target = (await storedFor(officeId)).find((row) => row.subject === 'Обришите моје податке')!;

		const unconfirmed = parseForm(deleteContactMessageInput, formData({ id: target.id }));
		expect(unconfirmed.ok).toBe(false);
		expect(!unconfirmed.ok && unconfirmed.failure.data.errors).toEqual({
			confirm: 'contact.admin.deleteConfirmRequired'
		});
		const confirmed = parseForm(deleteContactMessageInput, formData({ id: target.id, confirm: 'yes' }));
		expect(confirmed.ok).toBe(true);

		await deleteContactMessage(contextOf(test.db, officeId, staff), { id: target.id });
		expect((await storedFor(officeId)).map((row) => row.subject)).toEqual(['Остаје']);
		const [entry] = await auditFor(officeId, 'contact.message_deleted');
		expect(entry).toMatchObject({ actorUserId: staff.userId, entityId: target.id });
		expect(JSON.stringify(entry.details)).not.toContain('marija');
		await expect(deleteContactMessage(contextOf(test.db, officeId, staff), { id: target.id })).rejects.toMatchObject({
			code: 'not_found'
		});
	});

	it('refuses a young person, a visitor and another office', async () => {
		const officeId = await officeWithEmail();
		const otherOfficeId = await officeWithEmail('druga@example.test');
		await send(officeId);
		const [message] = await storedFor(officeId);
		const youngPerson = await createPerson(test.db, { officeId, roles: ['young_person'] });
		const otherStaff = await createPerson(test.db, { officeId: otherOfficeId, roles: ['coordinator'] });
		await expect(
			deleteContactMessage(contextOf(test.db, officeId, youngPerson), { id: message.id })
		).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(deleteContactMessage(contextOf(test.db, officeId, null), { id: message.id })).rejects.toMatchObject({
			code: 'unauthenticated'
		});
		await expect(
			deleteContactMessage(contextOf(test.db, otherOfficeId, otherStaff), { id: message.id })
		).rejects.toMatchObject({ code: 'not_found' });
		expect(await storedFor(officeId)).toHaveLength(1);
		expect(await auditFor(officeId, 'contact.message_deleted')).toEqual([]);
	});
});

describe('retention clean-up', () => {
	it('counts twelve calendar months back', () => {
		expect(retentionCutoff(new Date('2026-11-22T10:00:00Z')).toISOString()).toBe('2025-11-22T10:00:00.000Z');
	});

	it('runs as the contact module’s background job and erases only messages older than the period, in every office', async () => {
		const officeId = await officeWithEmail();
		const otherOfficeId = await officeWithEmail('druga@example.test');
		const now = new Date();
		const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
		const message = (office: string, subject: string, createdAt: Date) => ({
			officeId: office,
			name: 'Пошиљалац',
			email: 'posiljalac@example.test',
			subject,
			message: 'Текст',
			consentText: 'Сагласан сам.',
			createdAt
		});
		await test.db
			.insert(contactMessages)
			.values([
				message(officeId, 'Стара', daysAgo(400)),
				message(officeId, 'Скоро стара', daysAgo(300)),
				message(officeId, 'Нова', daysAgo(1)),
				message(otherOfficeId, 'Туђа стара', daysAgo(500))
			]);

		const job = contactManifest.jobs?.find((candidate) => candidate.name === 'contact-retention');
		expect(job).toBeDefined();
		const runner = startJobRunner(test.db, [job!]);
		await runner.runAll();
		runner.stop();

		expect((await storedFor(officeId)).map((row) => row.subject).sort()).toEqual(['Нова', 'Скоро стара']);
		expect(await storedFor(otherOfficeId)).toEqual([]);
		const [entry] = await auditFor(officeId, 'contact.messages_expired');
		expect(entry).toMatchObject({ actorUserId: null, details: { count: 1, months: 12 } });
		expect((await auditFor(otherOfficeId, 'contact.messages_expired'))[0].details).toEqual({ count: 1, months: 12 });
		// Nothing left to erase: a second run does nothing and records nothing.
		expect(await deleteExpiredContactMessages(test.db, now)).toBe(0);
		expect(await auditFor(officeId, 'contact.messages_expired')).toHaveLength(1);
	});
});

describe('demo messages', () => {
	it('seeds two messages and removes the office’s messages when the demo is removed', async () => {
		const officeId = await officeWithEmail();
		const otherOfficeId = await officeWithEmail();
		await seedDemoContactMessages(test.db, officeId);
		await send(otherOfficeId);
		expect(await storedFor(officeId)).toHaveLength(2);
		await removeDemoContactMessages(test.db, officeId);
		expect(await storedFor(officeId)).toEqual([]);
		expect(await storedFor(otherOfficeId)).toHaveLength(1);
	});
});
