import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { auditLog, outboxMessages } from '../../server/db/core-schema.ts';
import type { Actor } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import { contactMessages } from './schema.ts';
import { sendContactMessage } from './commands/send-contact-message.server.ts';
import { answerContactMessage } from './commands/answer-contact-message.server.ts';
import { listContactMessages } from './queries.server.ts';

let test: TestDatabase;
let officeId: string;
let otherOfficeId: string;
let staff: Actor;
let youngPerson: Actor;
let otherStaff: Actor;
let counter = 0;

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db, { email: 'kzm@ivanjica.test', name: 'Канцеларија за младе Ивањица' })).id;
	otherOfficeId = (await createOffice(test.db, { isDefault: false })).id;
	staff = await createPerson(test.db, { officeId, roles: ['staff'] });
	youngPerson = await createPerson(test.db, { officeId, roles: ['young_person'] });
	otherStaff = await createPerson(test.db, { officeId: otherOfficeId, roles: ['coordinator'] });
});
afterAll(() => test.close());

/** A visitor's message, as the contact form stores it; returns its id. */
async function visitorWrites(email: string, subject = 'Волонтерска књижица'): Promise<string> {
	counter++;
	await sendContactMessage(contextOf(test.db, officeId, null), {
		name: 'Марија Јовановић',
		email,
		subject,
		message: 'Где могу да добијем волонтерску књижицу?\nХвала.',
		consent: true,
		website: '',
		locale: 'sr-Cyrl',
		clientAddress: `203.0.113.${counter}`
	});
	const [row] = await test.db.select().from(contactMessages).where(eq(contactMessages.email, email));
	return row.id;
}

async function refusal(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
	} catch (caught) {
		if (isAppError(caught)) return caught.code;
		throw caught;
	}
	throw new Error('expected the command to be refused');
}

describe('answerContactMessage', () => {
	it('sends the answer to the visitor through the outbox, keeps it with the message, marks it handled and audits it', async () => {
		const id = await visitorWrites('marija@example.test');
		await answerContactMessage(contextOf(test.db, officeId, staff), {
			id,
			answer: 'Књижицу издајемо у канцеларији, понедељком од 10 до 14 часова.',
			locale: 'sr-Cyrl'
		});
		const mails = await test.db
			.select()
			.from(outboxMessages)
			.where(eq(outboxMessages.toAddress, 'marija@example.test'));
		expect(mails).toHaveLength(1);
		expect(mails[0].subject).toBe('Одговор: Волонтерска књижица');
		expect(mails[0].textBody).toContain('Књижицу издајемо у канцеларији, понедељком од 10 до 14 часова.');
		expect(mails[0].textBody).toContain('Канцеларија за младе Ивањица');
		expect(mails[0].textBody).toContain('> Где могу да добијем волонтерску књижицу?\n> Хвала.');

		const list = await listContactMessages(contextOf(test.db, officeId, staff), { filter: 'handled' });
		const shown = list.rows.find((row) => row.id === id);
		expect(shown?.answerText).toBe('Књижицу издајемо у канцеларији, понедељком од 10 до 14 часова.');
		expect(shown?.answeredAt).toBeInstanceOf(Date);
		expect(shown?.handledByName).toBe(staff.name);

		const audits = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'contact.message_answered'), eq(auditLog.entityId, id)));
		expect(audits.map((entry) => entry.actorUserId)).toEqual([staff.userId]);
	});

	it('answers a message once: a second answer is refused and sends nothing', async () => {
		const id = await visitorWrites('jovan@example.test');
		const ctx = contextOf(test.db, officeId, staff);
		await answerContactMessage(ctx, { id, answer: 'Први одговор.', locale: 'sr-Latn' });
		expect(await refusal(answerContactMessage(ctx, { id, answer: 'Други одговор.', locale: 'sr-Cyrl' }))).toBe(
			'conflict'
		);
		const mails = await test.db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, 'jovan@example.test'));
		// Written from the Latin page, the answer reads in Latin.
		expect(mails.map((mail) => mail.subject)).toEqual(['Odgovor: Volonterska knjižica']);
	});

	it('refuses a young person, and staff of another office cannot reach the message', async () => {
		const id = await visitorWrites('ana@example.test');
		const options = { id, answer: 'Не шаље се.', locale: 'sr-Cyrl' as const };
		expect(await refusal(answerContactMessage(contextOf(test.db, officeId, youngPerson), options))).toBe('forbidden');
		expect(await refusal(answerContactMessage(contextOf(test.db, otherOfficeId, otherStaff), options))).toBe(
			'not_found'
		);
		expect(await test.db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, 'ana@example.test'))).toEqual(
			[]
		);
		const [row] = await test.db.select().from(contactMessages).where(eq(contactMessages.id, id));
		expect(row.answeredAt).toBeNull();
	});
});
