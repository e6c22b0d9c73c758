import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { auditLog, outboxMessages } from '../../server/db/core-schema.ts';
import type { Actor } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import { createTestEvent } from '../events/test-factories.ts';
import { eventSessions } from '../events/schema.ts';
import { sessionAttendance } from '../attendance/schema.ts';
import type { RegistrationInput } from './inputs.ts';
import { registerForEvent } from './commands/register-for-event.server.ts';
import { messageRegistrants } from './commands/message-registrants.server.ts';

let test: TestDatabase;
let officeId: string;
let otherOfficeId: string;
let coordinator: Actor;
let staff: Actor;
let youngPerson: Actor;
let otherCoordinator: Actor;
let counter = 0;

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db, { publicUrl: 'https://mladi.example.rs' })).id;
	otherOfficeId = (await createOffice(test.db, { isDefault: false })).id;
	coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
	staff = await createPerson(test.db, { officeId, roles: ['staff'] });
	youngPerson = await createPerson(test.db, { officeId, roles: ['young_person'] });
	otherCoordinator = await createPerson(test.db, { officeId: otherOfficeId, roles: ['coordinator'] });
});
afterAll(() => test.close());

function person(overrides: Partial<RegistrationInput> = {}): RegistrationInput {
	counter++;
	return {
		name: `Млада Особа ${counter}`,
		email: `pisemo${counter}@example.test`,
		phone: '',
		saveToAccount: false,
		birthYear: 2004,
		gender: 'female',
		place: 'Ивањица',
		guardianName: '',
		guardianEmail: '',
		consent: true,
		...overrides
	};
}

async function register(eventId: string, input: RegistrationInput, locale: 'sr-Cyrl' | 'sr-Latn' | 'en' = 'sr-Cyrl') {
	return registerForEvent(contextOf(test.db, officeId, null), {
		eventId,
		input,
		values: {},
		locale,
		clientAddress: `10.9.0.${counter}`
	});
}

async function mailsAbout(subject: string) {
	return test.db.select().from(outboxMessages).where(eq(outboxMessages.subject, subject));
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

/** An event with two confirmed, one waitlisted and one phone-only registrant; the first one came. */
async function eventWithRegistrants() {
	const event = await createTestEvent(test.db, officeId, { capacity: 3 });
	const first = person({ name: 'Ана Пауновић' });
	const second = person();
	const phoneOnly = person({ email: '', phone: '+381 64 123 4567' });
	const waiting = person();
	const registered = [];
	for (const [input, locale] of [
		[first, 'sr-Cyrl'],
		[second, 'sr-Latn'],
		[phoneOnly, 'sr-Cyrl'],
		[waiting, 'en']
	] as const) {
		registered.push(await register(event.id, input, locale));
	}
	const [session] = await test.db.select().from(eventSessions).where(eq(eventSessions.eventId, event.id));
	await test.db
		.insert(sessionAttendance)
		.values({ officeId, registrationId: registered[0].registration.id, sessionId: session.id, checkedInBy: null });
	return { event, first, second, waiting };
}

describe('messageRegistrants', () => {
	it('writes to the confirmed only, through the outbox, in each reader script, and records it in the audit log', async () => {
		const { event, first, second, waiting } = await eventWithRegistrants();
		const result = await messageRegistrants(contextOf(test.db, officeId, coordinator), {
			eventId: event.id,
			audience: 'confirmed',
			subject: 'Понесите лаптоп',
			body: 'Сутра радимо на рачунарима, понесите лаптоп ако имате.'
		});
		// Two confirmed with an address; the phone-only registrant cannot get an e-mail.
		expect(result.sent).toBe(2);
		const cyrillic = await mailsAbout('Понесите лаптоп');
		expect(cyrillic.map((mail) => mail.toAddress)).toEqual([first.email]);
		expect(cyrillic[0].textBody).toContain('Здраво, Ана Пауновић,');
		expect(cyrillic[0].textBody).toContain('Сутра радимо на рачунарима, понесите лаптоп ако имате.');
		// The reader who signed up in Latin reads the message in Latin.
		const latin = await mailsAbout('Ponesite laptop');
		expect(latin.map((mail) => mail.toAddress)).toEqual([second.email]);
		expect(latin[0].textBody).toContain('Sutra radimo na računarima');
		expect((await mailsAbout('Ponesite laptop')).some((mail) => mail.toAddress === waiting.email)).toBe(false);

		const [audit] = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'registrations.registrants_messaged'), eq(auditLog.entityId, event.id)));
		expect(audit.actorUserId).toBe(coordinator.userId);
		expect(audit.details).toMatchObject({ audience: 'confirmed', sent: 2 });
	});

	it('writes to the waitlisted, to everyone, and to those who attended, each group as its name says', async () => {
		const { event, first, second, waiting } = await eventWithRegistrants();
		const ctx = contextOf(test.db, officeId, staff);
		const send = (audience: 'all' | 'waitlisted' | 'attended', subject: string) =>
			messageRegistrants(ctx, { eventId: event.id, audience, subject, body: 'Порука.' });

		expect((await send('waitlisted', 'Листа чекања још важи')).sent).toBe(1);
		// The waitlisted reader signed up in English, so Serbian staff text reaches them in Latin.
		expect((await mailsAbout('Lista čekanja još važi')).map((mail) => mail.toAddress)).toEqual([waiting.email]);

		expect((await send('all', 'Свима')).sent).toBe(3);
		const toAll = [...(await mailsAbout('Свима')), ...(await mailsAbout('Svima'))].map((mail) => mail.toAddress);
		expect(toAll.sort()).toEqual([first.email, second.email, waiting.email].sort());

		expect((await send('attended', 'Хвала што сте дошли')).sent).toBe(1);
		expect((await mailsAbout('Хвала што сте дошли')).map((mail) => mail.toAddress)).toEqual([first.email]);
	});

	it('refuses a young person, and another office cannot reach this event', async () => {
		const { event } = await eventWithRegistrants();
		const options = { eventId: event.id, audience: 'all' as const, subject: 'Не шаље се', body: 'Текст.' };
		expect(await refusal(messageRegistrants(contextOf(test.db, officeId, youngPerson), options))).toBe('forbidden');
		expect(await refusal(messageRegistrants(contextOf(test.db, officeId, null), options))).toMatch(
			/forbidden|unauthenticated/
		);
		expect(await refusal(messageRegistrants(contextOf(test.db, otherOfficeId, otherCoordinator), options))).toBe(
			'not_found'
		);
		expect(await mailsAbout('Не шаље се')).toEqual([]);
	});
});
