import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { and, asc, eq, sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { auditLog, outboxMessages } from '../../server/db/core-schema.ts';
import type { Actor } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import { createTestEvent } from '../events/test-factories.ts';
import { eventSessions } from '../events/schema.ts';
import { registrations } from './schema.ts';
import type { RegistrationInput } from './inputs.ts';
import { findRegistrationByToken } from './access.server.ts';
import { registerForEvent } from './commands/register-for-event.server.ts';
import {
	cancelMyRegistration,
	cancelRegistrationByStaff,
	cancelRegistrationByToken
} from './commands/cancel-registration.server.ts';
import { confirmGuardianConsent } from './commands/confirm-guardian-consent.server.ts';
import { decideRegistration } from './commands/decide-registration.server.ts';
import { promoteRegistration } from './commands/promote-registration.server.ts';
import { addRegistrationByStaff } from './commands/add-registration-by-staff.server.ts';
import { expireGuardianHolds } from './commands/expire-guardian-holds.server.ts';
import { queueSessionReminders } from './commands/queue-session-reminders.server.ts';
import { notifyRegistrantsOfEventChange } from './commands/notify-registrants.server.ts';
import { fillFreePlaces } from './commands/fill-free-places.server.ts';
import { listSortOf } from '../../server/list-sort.ts';
import {
	REGISTRATION_SORT_COLUMNS,
	listEventRegistrations,
	listMyRegistrations,
	countPlaces,
	findMyRegistrationForEvent
} from './queries.server.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

let test: TestDatabase;
let officeId: string;
let otherOfficeId: string;
let coordinator: Actor;
let youngPerson: Actor;
let counter = 0;

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db, { publicUrl: 'https://mladi.example.rs' })).id;
	otherOfficeId = (await createOffice(test.db, { isDefault: false })).id;
	coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
	youngPerson = await createPerson(test.db, { officeId, roles: ['young_person'] });
});
afterAll(() => test.close());

function person(overrides: Partial<RegistrationInput> = {}): RegistrationInput {
	counter++;
	return {
		name: `Млада Особа ${counter}`,
		email: `osoba${counter}@example.test`,
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

const anonymous = () => contextOf(test.db, officeId, null);

function register(eventId: string, input: RegistrationInput = person(), values: Record<string, string> = {}) {
	return registerForEvent(anonymous(), {
		eventId,
		input,
		values,
		locale: 'sr-Cyrl',
		clientAddress: `10.0.${Math.floor(counter / 250)}.${counter % 250}`
	});
}

async function statusOf(id: string) {
	const [row] = await test.db.select().from(registrations).where(eq(registrations.id, id));
	return row.status;
}

async function mailsTo(address: string) {
	return test.db
		.select()
		.from(outboxMessages)
		.where(eq(outboxMessages.toAddress, address))
		.orderBy(asc(outboxMessages.createdAt));
}

async function refused(
	promise: Promise<unknown>
): Promise<{ code: string; messageKey: string; fieldErrors: Record<string, string> }> {
	try {
		await promise;
	} catch (caught) {
		if (isAppError(caught)) return caught;
		throw caught;
	}
	throw new Error('expected the command to be refused');
}

describe('capacity under concurrency', () => {
	it('200 concurrent sign-ups for 20 places end with exactly 20 confirmed and 180 waitlisted, in order', async () => {
		const event = await createTestEvent(test.db, officeId, { capacity: 20 });
		const outcomes = await Promise.all(Array.from({ length: 200 }, () => register(event.id)));
		const counts = await countPlaces(test.db, event.id);
		expect(counts.held).toBe(20);
		expect(counts.waitlisted).toBe(180);
		expect(outcomes.filter((outcome) => outcome.status === 'confirmed')).toHaveLength(20);
		// Positions are 1…180 with no gaps or repeats.
		const positions = outcomes.flatMap((outcome) => (outcome.position === null ? [] : [outcome.position]));
		expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: 180 }, (_, index) => index + 1));
		// Everyone confirmed arrived before everyone waitlisted.
		const rows = await test.db
			.select()
			.from(registrations)
			.where(eq(registrations.eventId, event.id))
			.orderBy(asc(registrations.sequence));
		expect(rows.slice(0, 20).every((row) => row.status === 'confirmed')).toBe(true);
		expect(rows.slice(20).every((row) => row.status === 'waitlisted')).toBe(true);
	}, 120_000);
});

describe('lock order under concurrency', () => {
	it('100 cancellations (by staff and by link) and sign-ups at once: no error, capacity and waitlist order kept', async () => {
		const event = await createTestEvent(test.db, officeId, { capacity: 30 });
		const first = [];
		for (let index = 0; index < 80; index++) first.push(await register(event.id));
		expect(first.filter((outcome) => outcome.status === 'confirmed')).toHaveLength(30);
		const rows = await test.db
			.select()
			.from(registrations)
			.where(eq(registrations.eventId, event.id))
			.orderBy(asc(registrations.sequence));
		// Cancel 30 confirmed and 20 waitlisted people while 50 more sign up: each cancellation of a
		// place promotes the first waiting person in the same transaction.
		const tokens = new Map(first.map((outcome) => [outcome.registration.id, outcome.token]));
		const cancelled = [...rows.slice(0, 30), ...rows.slice(40, 60)];
		const staff = contextOf(test.db, officeId, coordinator);
		const operations: Promise<unknown>[] = [
			...cancelled.map((row, index) =>
				index % 2 === 0
					? cancelRegistrationByStaff(staff, { registrationId: row.id })
					: cancelRegistrationByToken(anonymous(), { token: tokens.get(row.id)! })
			),
			...Array.from({ length: 50 }, () => register(event.id))
		];
		const settled = await Promise.allSettled(operations);
		const failures = settled.filter((result) => result.status === 'rejected');
		expect(failures.map((failure) => String((failure as PromiseRejectedResult).reason))).toEqual([]);
		const after = await test.db
			.select()
			.from(registrations)
			.where(eq(registrations.eventId, event.id))
			.orderBy(asc(registrations.sequence));
		const held = after.filter((row) => row.status === 'confirmed' || row.status === 'pending_guardian');
		const waiting = after.filter((row) => row.status === 'waitlisted');
		expect(after.filter((row) => row.status === 'cancelled')).toHaveLength(50);
		// 130 people in all, 50 cancelled: 80 active, 30 hold a place, 50 wait.
		expect(held).toHaveLength(30);
		expect(waiting).toHaveLength(50);
		// Nobody waiting arrived before somebody who got a place by promotion or sign-up.
		const lastHeld = Math.max(...held.map((row) => row.sequence));
		const firstWaiting = Math.min(...waiting.map((row) => row.sequence));
		expect(lastHeld).toBeLessThan(firstWaiting);
	}, 180_000);
});

describe('signing up', () => {
	it('confirms with an e-mail carrying the private link and a calendar invitation a real parser reads', async () => {
		const event = await createTestEvent(test.db, officeId, { capacity: 5, title: 'Радионица графита' });
		const input = person({ email: 'ana.ical@example.test' });
		const outcome = await register(event.id, input);
		expect(outcome.status).toBe('confirmed');
		const [mail] = await mailsTo('ana.ical@example.test');
		expect(mail.subject).toContain(event.title);
		expect(mail.textBody).toContain(`https://mladi.example.rs/registrations/${outcome.token}`);
		expect(mail.textBody).toContain(outcome.registration.checkInCode);
		expect(mail.attachments).toHaveLength(1);
		const calendar = new ICAL.Component(ICAL.parse(mail.attachments[0].content));
		expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
		const [vevent] = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
		expect(vevent.summary).toBe('Радионица графита');
		expect(vevent.startDate.toJSDate().getTime()).toBe(Math.floor(event.sessions[0].startsAt.getTime() / 1000) * 1000);
		expect(vevent.uid).toBe(`${event.sessions[0].id}@mladi.example.rs`);
		// The consent text shown is stored with the time.
		expect(outcome.registration.consentText).toMatch(/Пристајем/);
		expect(outcome.registration.consentAt).toBeInstanceOf(Date);
	});

	it('writes the e-mail in the registrant’s script', async () => {
		const event = await createTestEvent(test.db, officeId, { title: 'Радионица стрипа' });
		const outcome = await registerForEvent(anonymous(), {
			eventId: event.id,
			input: person({ email: 'latin@example.test' }),
			values: {},
			locale: 'sr-Latn',
			clientAddress: '10.9.9.9'
		});
		const [mail] = await mailsTo('latin@example.test');
		expect(mail.subject).toBe('Prijava potvrđena: Radionica stripa');
		expect(mail.textBody).toContain(`/lat/registrations/${outcome.token}`);
	});

	it('refuses the same person twice (by e-mail, phone or account) with a clear message and no second row', async () => {
		const event = await createTestEvent(test.db, officeId);
		await register(event.id, person({ email: 'dupla@example.test', phone: '064 111 2222' }));
		const byEmail = await refused(register(event.id, person({ email: 'DUPLA@example.test' })));
		expect(byEmail.messageKey).toBe('registrations.form.duplicate');
		const byPhone = await refused(register(event.id, person({ email: '', phone: '+0641112222'.replace('+', '') })));
		expect(byPhone.messageKey).toBe('registrations.form.duplicate');
		const signedIn = contextOf(test.db, officeId, youngPerson);
		const first = { eventId: event.id, values: {}, locale: 'sr-Cyrl' as const, clientAddress: '10.8.8.8' };
		await registerForEvent(signedIn, { ...first, input: person() });
		const byAccount = await refused(registerForEvent(signedIn, { ...first, input: person() }));
		expect(byAccount.messageKey).toBe('registrations.form.duplicate');
		const rows = await test.db.select().from(registrations).where(eq(registrations.eventId, event.id));
		expect(rows).toHaveLength(2);
		// Concurrent doubles: one row whatever the timing.
		const twin = person({ email: 'blizanac@example.test' });
		const results = await Promise.allSettled([
			register(event.id, twin),
			register(event.id, twin),
			register(event.id, twin)
		]);
		expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
		expect(
			(await test.db.select().from(registrations).where(eq(registrations.email, 'blizanac@example.test'))).length
		).toBe(1);
		// The signed-in person sees it among their registrations, with the link where it is managed…
		const mine = (await listMyRegistrations(signedIn)).find((row) => row.eventSlug === event.slug)!;
		expect(mine.manageToken).toBeTruthy();
		const opened = await findRegistrationByToken(test.db, officeId, mine.manageToken);
		expect(opened?.id).toBe(mine.id);
		// …and on the event page; someone else sees nothing there.
		expect(await findMyRegistrationForEvent(signedIn, event.id)).toMatchObject({ id: mine.id, status: mine.status });
		expect(await findMyRegistrationForEvent(anonymous(), event.id)).toBeNull();
	});

	it('lets a signed-in person manage a registration from the event and account pages: code, QR, calendar, cancel', async () => {
		const holder = await createPerson(test.db, { officeId, roles: ['young_person'] });
		const signedIn = contextOf(test.db, officeId, holder);
		const event = await createTestEvent(test.db, officeId, { capacity: 1 });
		const past = await createTestEvent(test.db, officeId, {
			sessions: [{ startsAt: new Date(Date.now() - 3 * DAY), endsAt: new Date(Date.now() - 3 * DAY + HOUR) }]
		});
		const base = { values: {}, locale: 'sr-Cyrl' as const, clientAddress: '10.7.7.7' };
		await registerForEvent(signedIn, { ...base, eventId: event.id, input: person() });
		await test.db.insert(registrations).values({
			officeId,
			eventId: past.id,
			userId: holder.userId,
			name: 'Прошли Догађај',
			status: 'confirmed',
			checkInCode: 'PASTCODE',
			accessTokenHash: `past-${past.id}`,
			locale: 'sr-Cyrl'
		});
		// Someone waits for the one place.
		const waiting = await register(event.id);
		expect(await statusOf(waiting.registration.id)).toBe('waitlisted');

		const mine = await listMyRegistrations(signedIn);
		const upcoming = mine.find((row) => row.eventSlug === event.slug)!;
		expect(upcoming).toMatchObject({
			status: 'confirmed',
			canCancel: true,
			calendarPath: `/events/${event.slug}/event.ics`
		});
		expect(upcoming.checkInCode).toMatch(/^[A-Z2-9]{8}$/);
		expect(upcoming.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
		// A past event keeps its code but no QR to scan and nothing to cancel.
		const over = mine.find((row) => row.eventSlug === past.slug)!;
		expect(over).toMatchObject({ qrSvg: null, canCancel: false });
		expect((await findMyRegistrationForEvent(signedIn, event.id))?.canCancel).toBe(true);

		// Someone else cannot cancel it (not found, so its existence is not revealed); nor can an anonymous visitor.
		const stranger = contextOf(test.db, officeId, youngPerson);
		expect((await refused(cancelMyRegistration(stranger, { registrationId: upcoming.id }))).code).toBe('not_found');
		expect((await refused(cancelMyRegistration(anonymous(), { registrationId: upcoming.id }))).code).toBe(
			'unauthenticated'
		);
		expect(await statusOf(upcoming.id)).toBe('confirmed');

		// The holder cancels: audited, the place goes to the one waiting, and the pages show it as cancelled.
		expect(await cancelMyRegistration(signedIn, { registrationId: upcoming.id })).toEqual({ promoted: 1 });
		expect(await statusOf(upcoming.id)).toBe('cancelled');
		expect(await statusOf(waiting.registration.id)).toBe('confirmed');
		const audited = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'registrations.cancelled'), eq(auditLog.entityId, upcoming.id)));
		expect(audited).toHaveLength(1);
		expect(audited[0].actorUserId).toBe(holder.userId);
		const after = (await listMyRegistrations(signedIn)).find((row) => row.id === upcoming.id)!;
		expect(after).toMatchObject({ status: 'cancelled', qrSvg: null, canCancel: false, calendarPath: null });
		expect(await findMyRegistrationForEvent(signedIn, event.id)).toBeNull();
		expect((await refused(cancelMyRegistration(signedIn, { registrationId: upcoming.id }))).messageKey).toBe(
			'registrations.cancel.notActive'
		);
	});

	it('checks the event’s extra questions and stores the answers', async () => {
		const event = await createTestEvent(test.db, officeId, {
			questions: [
				{ id: 'laptop', kind: 'yes_no', label: 'Лаптоп?', labelEn: 'Laptop?', required: true, options: [] },
				{
					id: 'level',
					kind: 'choice',
					label: 'Ниво',
					labelEn: 'Level',
					required: false,
					options: [{ id: 'basic', label: 'Основни', labelEn: 'Basic' }]
				}
			]
		});
		const missing = await refused(register(event.id, person(), { 'answer-level': 'expert' }));
		expect(missing.fieldErrors).toEqual({
			'answer-laptop': 'validation.required',
			'answer-level': 'validation.invalid'
		});
		const outcome = await register(event.id, person(), { 'answer-laptop': 'yes', 'answer-level': 'basic' });
		expect(outcome.registration.answers).toEqual({ laptop: true, level: 'basic' });
	});

	it('respects the registration window and the event’s state', async () => {
		const later = await createTestEvent(test.db, officeId, { registrationOpensAt: new Date(Date.now() + DAY) });
		expect((await refused(register(later.id))).messageKey).toBe('registrations.refused.notYetOpen');
		const closed = await createTestEvent(test.db, officeId, { registrationClosesAt: new Date(Date.now() - HOUR) });
		expect((await refused(register(closed.id))).messageKey).toBe('registrations.refused.closed');
		const cancelled = await createTestEvent(test.db, officeId, { status: 'cancelled' });
		expect((await refused(register(cancelled.id))).messageKey).toBe('registrations.refused.cancelled');
		const draft = await createTestEvent(test.db, officeId, { status: 'draft' });
		expect((await refused(register(draft.id))).code).toBe('not_found');
		const elsewhere = await createTestEvent(test.db, otherOfficeId);
		expect((await refused(register(elsewhere.id))).code).toBe('not_found');
	});

	it('is rate-limited per address', async () => {
		const event = await createTestEvent(test.db, officeId, { capacity: null });
		const attempt = () =>
			registerForEvent(anonymous(), {
				eventId: event.id,
				input: person(),
				values: {},
				locale: 'sr-Cyrl',
				clientAddress: '192.0.2.77'
			});
		for (let index = 0; index < 10; index++) await attempt();
		expect((await refused(attempt())).code).toBe('rate_limited');
	});
});

describe('cancellation and the waitlist', () => {
	it('cancelling through the private link promotes exactly the first waitlisted and tells them', async () => {
		const event = await createTestEvent(test.db, officeId, { capacity: 2 });
		const first = await register(event.id);
		await register(event.id);
		const waiting1 = await register(event.id, person({ email: 'prvi.na.listi@example.test' }));
		const waiting2 = await register(event.id);
		expect([waiting1.position, waiting2.position]).toEqual([1, 2]);
		const result = await cancelRegistrationByToken(anonymous(), { token: first.token });
		expect(result.promoted).toBe(1);
		expect(await statusOf(first.registration.id)).toBe('cancelled');
		expect(await statusOf(waiting1.registration.id)).toBe('confirmed');
		expect(await statusOf(waiting2.registration.id)).toBe('waitlisted');
		expect((await countPlaces(test.db, event.id)).held).toBe(2);
		const mails = await mailsTo('prvi.na.listi@example.test');
		expect(mails.map((mail) => mail.subject.split(':')[0])).toEqual(['Листа чекања', 'Добили сте место']);
		expect(mails[1].attachments).toHaveLength(1);
		// Both mails carry the same private link, and it opens this registration only.
		const links = mails.map((mail) => /\/registrations\/([A-Za-z0-9_-]{20,})/.exec(mail.textBody)?.[1]);
		expect(links[0]).toBeDefined();
		expect(links[1]).toBe(links[0]);
		expect(links[0]).toBe(waiting1.token);
		expect((await findRegistrationByToken(test.db, officeId, links[1]!))?.id).toBe(waiting1.registration.id);
		// A cancelled registration cannot be cancelled again.
		expect((await refused(cancelRegistrationByToken(anonymous(), { token: first.token }))).messageKey).toBe(
			'registrations.cancel.notActive'
		);
	});

	it('staff may give a free place out of turn, never beyond capacity', async () => {
		const event = await createTestEvent(test.db, officeId, { capacity: 1 });
		const holder = await register(event.id);
		await register(event.id);
		const second = await register(event.id);
		const staff = contextOf(test.db, officeId, coordinator);
		expect((await refused(promoteRegistration(staff, { registrationId: second.registration.id }))).messageKey).toBe(
			'registrations.admin.noFreePlace'
		);
		// Staff cancel the holder: the first in line gets the place automatically.
		await cancelRegistrationByStaff(staff, { registrationId: holder.registration.id });
		expect(await statusOf(second.registration.id)).toBe('waitlisted');
		// Raising capacity is the events module's job; it then calls fillFreePlaces.
		await test.db.execute(sql`update events set capacity = 2 where id = ${event.id}`);
		expect(await test.db.transaction((tx) => fillFreePlaces(tx, { officeId, eventId: event.id }))).toBe(1);
		expect(await statusOf(second.registration.id)).toBe('confirmed');
	});
});

describe('under 15', () => {
	it('needs a guardian, holds the place until they confirm, then confirms', async () => {
		const event = await createTestEvent(test.db, officeId, { capacity: 1 });
		const thisYear = new Date().getFullYear();
		const young = person({ birthYear: thisYear - 12, email: 'dete@example.test' });
		const missing = await refused(register(event.id, young));
		expect(missing.fieldErrors).toEqual({
			guardianName: 'registrations.form.guardianRequired',
			guardianEmail: 'registrations.form.guardianRequired'
		});
		const outcome = await register(event.id, {
			...young,
			guardianName: 'Мајка Детета',
			guardianEmail: 'mama@example.test'
		});
		expect(outcome.status).toBe('pending_guardian');
		// The held place counts: the next person is waitlisted.
		expect((await register(event.id)).status).toBe('waitlisted');
		const [request] = await mailsTo('mama@example.test');
		const token = /\/registrations\/guardian\/([A-Za-z0-9_-]+)/.exec(request.textBody)![1];
		expect(await confirmGuardianConsent(anonymous(), { token })).toBe('confirmed');
		expect(await statusOf(outcome.registration.id)).toBe('confirmed');
		expect(await confirmGuardianConsent(anonymous(), { token })).toBe('alreadyConfirmed');
		const childMails = await mailsTo('dete@example.test');
		expect(childMails.at(-1)!.subject).toContain('Родитељ је потврдио');
	});

	it('frees the place after 72 hours without a guardian and promotes the first waitlisted (job, once)', async () => {
		const event = await createTestEvent(test.db, officeId, { capacity: 1 });
		const young = person({
			birthYear: new Date().getFullYear() - 13,
			guardianName: 'Отац',
			guardianEmail: 'tata@example.test'
		});
		const held = await register(event.id, young);
		const next = await register(event.id);
		expect(await expireGuardianHolds(test.db, new Date(Date.now() + 71 * HOUR))).toBe(0);
		expect(await statusOf(held.registration.id)).toBe('pending_guardian');
		const later = new Date(Date.now() + 73 * HOUR);
		expect(await expireGuardianHolds(test.db, later)).toBe(1);
		expect(await statusOf(held.registration.id)).toBe('cancelled');
		expect(await statusOf(next.registration.id)).toBe('confirmed');
		expect(await expireGuardianHolds(test.db, later)).toBe(0);
		// The guardian's link now says the time ran out.
		const [request] = await mailsTo('tata@example.test');
		const token = /\/registrations\/guardian\/([A-Za-z0-9_-]+)/.exec(request.textBody)![1];
		expect(await confirmGuardianConsent(anonymous(), { token })).toBe('expired');
	});
});

describe('approval', () => {
	it('holds an accepted under-15 place for the guardian from the moment of acceptance', async () => {
		const event = await createTestEvent(test.db, officeId, { registrationMode: 'approval' });
		const outcome = await register(
			event.id,
			person({ birthYear: new Date().getFullYear() - 13, guardianName: 'Бака', guardianEmail: 'baka@example.test' })
		);
		// Signed up four days ago; accepted now.
		await test.db
			.update(registrations)
			.set({ createdAt: new Date(Date.now() - 4 * DAY) })
			.where(eq(registrations.id, outcome.registration.id));
		const staff = contextOf(test.db, officeId, coordinator);
		expect(await decideRegistration(staff, { registrationId: outcome.registration.id, decision: 'accept' })).toBe(
			'pending_guardian'
		);
		expect(await expireGuardianHolds(test.db, new Date(Date.now() + HOUR))).toBe(0);
		expect(await expireGuardianHolds(test.db, new Date(Date.now() + 73 * HOUR))).toBe(1);
	});

	it('keeps sign-ups pending until staff accept or decline; accepting when full waitlists', async () => {
		const event = await createTestEvent(test.db, officeId, { capacity: 1, registrationMode: 'approval' });
		const first = await register(event.id);
		const second = await register(event.id, person({ email: 'drugi@example.test' }));
		const third = await register(event.id, person({ email: 'treci@example.test' }));
		expect([first.status, second.status, third.status]).toEqual([
			'pending_approval',
			'pending_approval',
			'pending_approval'
		]);
		expect((await countPlaces(test.db, event.id)).pendingApproval).toBe(3);
		const staff = contextOf(test.db, officeId, coordinator);
		expect(await decideRegistration(staff, { registrationId: first.registration.id, decision: 'accept' })).toBe(
			'confirmed'
		);
		expect(await decideRegistration(staff, { registrationId: second.registration.id, decision: 'accept' })).toBe(
			'waitlisted'
		);
		expect(await decideRegistration(staff, { registrationId: third.registration.id, decision: 'decline' })).toBe(
			'declined'
		);
		expect((await mailsTo('drugi@example.test')).at(-1)!.subject).toContain('Листа чекања');
		expect((await mailsTo('treci@example.test')).at(-1)!.subject).toContain('није прихваћена');
		expect(
			(await refused(decideRegistration(staff, { registrationId: first.registration.id, decision: 'decline' })))
				.messageKey
		).toBe('registrations.admin.notPending');
	});
});

describe('the list sorted from its headings', () => {
	it('sorts the status column as the counts read (places held, waiting, ended), not by its code, keeping the filter', async () => {
		const event = await createTestEvent(test.db, officeId);
		const cancelled = (await register(event.id, person({ name: 'Ана' }))).registration.id;
		const confirmed = (await register(event.id, person({ name: 'Бранка' }))).registration.id;
		const waitlisted = (await register(event.id, person({ name: 'Весна' }))).registration.id;
		await test.db.update(registrations).set({ status: 'cancelled' }).where(eq(registrations.id, cancelled));
		await test.db.update(registrations).set({ status: 'waitlisted' }).where(eq(registrations.id, waitlisted));
		const staff = contextOf(test.db, officeId, coordinator);
		const ids = async (params: string, search = '') =>
			(
				await listEventRegistrations(staff, {
					eventId: event.id,
					search,
					sort: listSortOf(new URLSearchParams(params), REGISTRATION_SORT_COLUMNS)
				})
			).rows.map((row) => row.id);
		// By code: cancelled, confirmed, waitlisted.
		expect(await ids('sort=status&dir=asc')).toEqual([confirmed, waitlisted, cancelled]);
		expect(await ids('sort=status&dir=desc')).toEqual([cancelled, waitlisted, confirmed]);
		expect(await ids('sort=name&dir=desc')).toEqual([waitlisted, confirmed, cancelled]);
		expect(await ids('sort=name&dir=desc', 'бран')).toEqual([confirmed]);
		// No sort or an unknown column: the order of registering.
		expect(await ids('sort=email&dir=desc')).toEqual([cancelled, confirmed, waitlisted]);
	});
});

describe('permissions', () => {
	it('only staff see the list, and each look is audited', async () => {
		const event = await createTestEvent(test.db, officeId);
		await register(event.id, person({ name: 'Јована Тражена' }));
		const staff = contextOf(test.db, officeId, coordinator);
		const list = await listEventRegistrations(staff, { eventId: event.id, search: 'тражена' });
		expect(list.rows.map((row) => row.name)).toEqual(['Јована Тражена']);
		expect(list.counts.confirmed).toBe(1);
		// Typed in the other script, the name is found too.
		const latin = await listEventRegistrations(staff, { eventId: event.id, search: 'Jovana traž' });
		expect(latin.rows.map((row) => row.name)).toEqual(['Јована Тражена']);
		const audits = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'registrations.list.viewed'), eq(auditLog.entityId, event.id)));
		expect(audits).toHaveLength(2);
		expect(audits[0].actorUserId).toBe(coordinator.userId);
		for (const actor of [null, youngPerson]) {
			const ctx = contextOf(test.db, officeId, actor);
			await expect(listEventRegistrations(ctx, { eventId: event.id })).rejects.toThrow();
		}
	});

	it('staff commands refuse people without a staff role', async () => {
		const event = await createTestEvent(test.db, officeId, { registrationMode: 'approval' });
		const outcome = await register(event.id);
		const young = contextOf(test.db, officeId, youngPerson);
		expect(
			(await refused(decideRegistration(young, { registrationId: outcome.registration.id, decision: 'accept' }))).code
		).toBe('forbidden');
		expect((await refused(cancelRegistrationByStaff(young, { registrationId: outcome.registration.id }))).code).toBe(
			'forbidden'
		);
		expect((await refused(promoteRegistration(young, { registrationId: outcome.registration.id }))).code).toBe(
			'forbidden'
		);
		const { consent: _consent, ...details } = person();
		void _consent;
		expect((await refused(addRegistrationByStaff(young, { eventId: event.id, input: details, values: {} }))).code).toBe(
			'forbidden'
		);
		// Staff may add someone directly, without the approval step.
		const added = await addRegistrationByStaff(contextOf(test.db, officeId, coordinator), {
			eventId: event.id,
			input: details,
			values: {}
		});
		expect(added.status).toBe('confirmed');
		expect(added.registration.source).toBe('staff');
	});

	it('a private link opens only its own registration, and only in its office', async () => {
		const event = await createTestEvent(test.db, officeId);
		const mine = await register(event.id);
		const theirs = await register(event.id);
		expect((await findRegistrationByToken(test.db, officeId, mine.token))!.id).toBe(mine.registration.id);
		expect((await findRegistrationByToken(test.db, officeId, theirs.token))!.id).toBe(theirs.registration.id);
		expect(await findRegistrationByToken(test.db, otherOfficeId, mine.token)).toBeNull();
		expect(await findRegistrationByToken(test.db, officeId, mine.token.slice(0, -2) + 'xx')).toBeNull();
		expect(await findRegistrationByToken(test.db, officeId, 'short')).toBeNull();
		// Cancelling with one link leaves the other registration alone.
		await cancelRegistrationByToken(anonymous(), { token: mine.token });
		expect(await statusOf(theirs.registration.id)).toBe('confirmed');
	});
});

describe('jobs and notices', () => {
	it('queues the day-before reminder once per session, to people with a place', async () => {
		const start = new Date(Date.now() + 20 * HOUR);
		const event = await createTestEvent(test.db, officeId, {
			capacity: 1,
			sessions: [
				{ startsAt: start, endsAt: new Date(start.getTime() + 2 * HOUR) },
				{ startsAt: new Date(start.getTime() + 7 * DAY), endsAt: new Date(start.getTime() + 7 * DAY + 2 * HOUR) }
			]
		});
		await register(event.id, person({ email: 'podsetnik@example.test' }));
		await register(event.id, person({ email: 'ceka@example.test' }));
		const now = new Date();
		const [first, second] = await Promise.all([
			queueSessionReminders(test.db, now),
			queueSessionReminders(test.db, now)
		]);
		expect(first + second).toBeGreaterThanOrEqual(1);
		const reminders = (await mailsTo('podsetnik@example.test')).filter((mail) => mail.subject.startsWith('Подсетник'));
		expect(reminders).toHaveLength(1);
		expect((await mailsTo('ceka@example.test')).some((mail) => mail.subject.startsWith('Подсетник'))).toBe(false);
		await queueSessionReminders(test.db, new Date());
		expect(
			(await mailsTo('podsetnik@example.test')).filter((mail) => mail.subject.startsWith('Подсетник'))
		).toHaveLength(1);
		const sessions = await test.db
			.select()
			.from(eventSessions)
			.where(eq(eventSessions.eventId, event.id))
			.orderBy(asc(eventSessions.startsAt));
		expect(sessions[0].reminderQueuedAt).not.toBeNull();
		expect(sessions[1].reminderQueuedAt).toBeNull();
	});

	it('tells everyone registered when the event is cancelled or moved', async () => {
		const event = await createTestEvent(test.db, officeId, { capacity: 1 });
		await register(event.id, person({ email: 'ima.mesto@example.test' }));
		await register(event.id, person({ email: 'na.listi@example.test' }));
		await register(event.id, person({ email: '', phone: '0651234567' }));
		const told = await test.db.transaction(async (tx) => {
			await tx.execute(sql`update events set status = 'cancelled' where id = ${event.id}`);
			return notifyRegistrantsOfEventChange(tx, {
				officeId,
				eventId: event.id,
				change: 'cancelled',
				reason: 'Болест предавача'
			});
		});
		expect(told).toBe(2);
		const [notice] = (await mailsTo('ima.mesto@example.test')).filter((mail) =>
			mail.subject.startsWith('Догађај је отказан')
		);
		expect(notice.textBody).toContain('Болест предавача');
		const calendar = new ICAL.Component(ICAL.parse(notice.attachments[0].content));
		expect(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('status')).toBe('CANCELLED');
		const [waitlisted] = (await mailsTo('na.listi@example.test')).filter((mail) =>
			mail.subject.startsWith('Догађај је отказан')
		);
		expect(waitlisted.attachments).toEqual([]);
	});
});
