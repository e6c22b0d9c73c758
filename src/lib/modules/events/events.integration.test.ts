import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSortOf } from '../../server/list-sort.ts';
import ICAL from 'ical.js';
import { and, eq } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { auditLog } from '../../server/db/core-schema.ts';
import type { Actor } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import { searchKey } from '../../i18n/script.ts';
import { registrations } from '../registrations/schema.ts';
import { events, eventSessions, programmes } from './schema.ts';
import type { EventInput } from './inputs.ts';
import { createTestEvent, createTestProgramme } from './test-factories.ts';
import { createProgramme } from './commands/create-programme.server.ts';
import { updateProgramme } from './commands/update-programme.server.ts';
import { deleteProgramme } from './commands/delete-programme.server.ts';
import { createEvent } from './commands/create-event.server.ts';
import { updateEvent } from './commands/update-event.server.ts';
import { publishEvent } from './commands/publish-event.server.ts';
import { cancelEvent } from './commands/cancel-event.server.ts';
import { copyEvent } from './commands/copy-event.server.ts';
import { deleteEvent } from './commands/delete-event.server.ts';
import {
	getEventForAdmin,
	getPublicEvent,
	listEventsForAdmin,
	ADMIN_EVENT_SORT_COLUMNS,
	ADMIN_PROGRAMME_SORT_COLUMNS,
	listEventSitemap,
	listNextEvents,
	listPastEvents,
	listProgrammesForAdmin,
	listSessionsBetween,
	listSessionsForFeed,
	listUpcomingEvents,
	searchEvents
} from './queries.server.ts';
import { calendarEntriesOf } from './feed.server.ts';
import { buildCalendar } from '../../server/ical.ts';
import { removeDemoEvents, seedDemoEvents, DEMO_EVENTS } from './seed.server.ts';
import { eventsManifest } from './manifest.ts';
import { uploadMedia } from '../media/commands/upload-media.server.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

let test: TestDatabase;
let officeId: string;
let otherOfficeId: string;
let coordinator: Actor;
let staff: Actor;
let youngPerson: Actor;
let association: Actor;

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	otherOfficeId = (await createOffice(test.db, { isDefault: false })).id;
	coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
	staff = await createPerson(test.db, { officeId, roles: ['staff'] });
	youngPerson = await createPerson(test.db, { officeId, roles: ['young_person'] });
	association = await createPerson(test.db, { officeId, roles: ['association_representative'] });
});
afterAll(() => test.close());

const ctx = (actor: Actor | null) => contextOf(test.db, officeId, actor);

function input(overrides: Partial<EventInput> = {}): EventInput {
	const start = new Date(Date.now() + 10 * DAY);
	return {
		programmeId: null,
		type: 'course',
		title: 'Курс видео монтаже',
		titleEn: 'Video editing course',
		summary: 'Осам сусрета, један филм.',
		summaryEn: 'Eight meetings, one film.',
		body: 'Радимо уторком.',
		bodyEn: '',
		placeName: 'Канцеларија за младе',
		address: 'Венијамина Маринковића 1, Ивањица',
		room: 'Медијска соба',
		onlineUrl: '',
		minAge: 15,
		maxAge: 30,
		capacity: 10,
		registrationMode: 'open',
		registrationOpensAt: null,
		registrationClosesAt: null,
		accessibility: '',
		accessibilityEn: '',
		partners: 'Дом културе',
		coverMediaId: null,
		status: 'draft',
		sessions: [0, 1, 2].map((week) => ({
			id: null,
			startsAt: new Date(start.getTime() + week * 7 * DAY),
			endsAt: new Date(start.getTime() + week * 7 * DAY + 2 * HOUR),
			title: week === 0 ? 'Увод' : ''
		})),
		questions: [{ id: 'laptop', kind: 'yes_no', label: 'Доносим лаптоп', labelEn: '', required: true, options: [] }],
		...overrides
	};
}

async function expectCode(promise: Promise<unknown>, code: string) {
	const caught = await promise.then(
		() => null,
		(error: unknown) => error
	);
	expect(isAppError(caught) ? caught.code : caught).toBe(code);
}

async function register(eventId: string, status: 'confirmed' | 'waitlisted' | 'pending_approval', count = 1) {
	for (let index = 0; index < count; index++) {
		const token = randomBytes(8).toString('hex');
		await test.db.insert(registrations).values({
			officeId,
			eventId,
			name: `Млада особа ${token}`,
			email: `${token}@example.test`,
			status,
			accessTokenHash: token,
			checkInCode: token.slice(0, 8)
		});
	}
}

async function auditActions(entityId: string): Promise<string[]> {
	const rows = await test.db
		.select({ action: auditLog.action })
		.from(auditLog)
		.where(and(eq(auditLog.officeId, officeId), eq(auditLog.entityId, entityId)));
	return rows.map((row) => row.action);
}

describe('programmes', () => {
	it('staff create, rename and delete an unused programme; the address follows the name in Latin', async () => {
		const { id, slug } = await createProgramme(ctx(staff), {
			name: 'Спорт и рекреација',
			nameEn: 'Sport',
			description: '',
			descriptionEn: '',
			color: '#7c3aed'
		});
		expect(slug).toBe('sport-i-rekreacija');
		await updateProgramme(ctx(coordinator), {
			id,
			name: 'Спорт',
			nameEn: 'Sport',
			description: 'Турнири',
			descriptionEn: '',
			color: '#6d28d9'
		});
		const listed = (await listProgrammesForAdmin(ctx(coordinator))).find((row) => row.id === id)!;
		expect(listed).toMatchObject({ name: 'Спорт', slug: 'sport-i-rekreacija', color: '#6d28d9', eventCount: 0 });
		await deleteProgramme(ctx(coordinator), { id });
		expect((await listProgrammesForAdmin(ctx(coordinator))).some((row) => row.id === id)).toBe(false);
		expect(await auditActions(id)).toEqual(
			expect.arrayContaining(['events.programme.created', 'events.programme.updated', 'events.programme.deleted'])
		);
	});

	it('refuses to delete a programme that has events', async () => {
		const programme = await createTestProgramme(test.db, officeId);
		await createTestEvent(test.db, officeId, { programmeId: programme.id });
		await expectCode(deleteProgramme(ctx(coordinator), { id: programme.id }), 'conflict');
	});

	it('refuses young people and associations', async () => {
		const data = { name: 'Програм', nameEn: '', description: '', descriptionEn: '', color: '#1d4ed8' };
		await expectCode(createProgramme(ctx(youngPerson), data), 'forbidden');
		await expectCode(createProgramme(ctx(association), data), 'forbidden');
		await expectCode(createProgramme(ctx(null), data), 'unauthenticated');
		await expectCode(listProgrammesForAdmin(ctx(youngPerson)), 'forbidden');
		const programme = await createTestProgramme(test.db, officeId);
		await expectCode(updateProgramme(ctx(association), { ...data, id: programme.id }), 'forbidden');
		await expectCode(deleteProgramme(ctx(youngPerson), { id: programme.id }), 'forbidden');
	});
});

describe('creating and editing events', () => {
	it('a coordinator creates a course with its sessions, questions and programme; drafts stay off the portal', async () => {
		const programme = await createTestProgramme(test.db, officeId);
		const { id, slug } = await createEvent(ctx(coordinator), input({ programmeId: programme.id }));
		expect(slug).toBe('kurs-video-montaze');
		const event = await getEventForAdmin(ctx(staff), id);
		expect(event.sessions).toHaveLength(3);
		expect(event.sessions[0].title).toBe('Увод');
		expect(event.startsAt).toEqual(event.sessions[0].startsAt);
		expect(event.endsAt).toEqual(event.sessions[2].endsAt);
		expect(event.questions[0]).toMatchObject({ id: 'laptop', kind: 'yes_no', required: true });
		expect(event.programme?.id).toBe(programme.id);
		expect(event.status).toBe('draft');
		expect(event.body).toBe('<p>Радимо уторком.</p>');
		expect(await getPublicEvent(test.db, officeId, slug)).toBeNull();
		expect((await listUpcomingEvents(test.db, officeId)).rows.some((row) => row.id === id)).toBe(false);
		expect(await auditActions(id)).toContain('events.created');

		// A second event with the same title gets the next address; a reserved word is never an address.
		expect((await createEvent(ctx(staff), input())).slug).toBe('kurs-video-montaze-2');
		expect((await createEvent(ctx(staff), input({ title: 'Calendar' }))).slug).toBe('calendar-2');
	});

	it('ignores a programme or cover image of another office', async () => {
		const foreign = await createTestProgramme(test.db, otherOfficeId);
		const { id } = await createEvent(ctx(coordinator), input({ programmeId: foreign.id }));
		expect((await getEventForAdmin(ctx(coordinator), id)).programmeId).toBeNull();
	});

	it('refuses young people and associations for every command', async () => {
		const event = await createTestEvent(test.db, officeId);
		for (const actor of [youngPerson, association]) {
			await expectCode(createEvent(ctx(actor), input()), 'forbidden');
			await expectCode(updateEvent(ctx(actor), { ...input(), id: event.id }), 'forbidden');
			await expectCode(publishEvent(ctx(actor), { id: event.id }), 'forbidden');
			await expectCode(cancelEvent(ctx(actor), { id: event.id, reason: 'x' }), 'forbidden');
			await expectCode(copyEvent(ctx(actor), { id: event.id }), 'forbidden');
			await expectCode(deleteEvent(ctx(actor), { id: event.id }), 'forbidden');
			await expectCode(listEventsForAdmin(ctx(actor)), 'forbidden');
			await expectCode(getEventForAdmin(ctx(actor), event.id), 'forbidden');
		}
		await expectCode(createEvent(ctx(null), input()), 'unauthenticated');
	});

	it('an event of another office is not found', async () => {
		const foreign = await createTestEvent(test.db, otherOfficeId);
		await expectCode(getEventForAdmin(ctx(coordinator), foreign.id), 'not_found');
		await expectCode(updateEvent(ctx(coordinator), { ...input(), id: foreign.id }), 'not_found');
		await expectCode(deleteEvent(ctx(coordinator), { id: foreign.id }), 'not_found');
		await expectCode(getEventForAdmin(ctx(coordinator), 'not-an-id'), 'not_found');
	});

	it('editing keeps the sessions that stay (by id), adds and removes the others', async () => {
		const { id } = await createEvent(ctx(coordinator), input());
		const before = (await getEventForAdmin(ctx(coordinator), id)).sessions;
		const later = new Date(before[2].startsAt.getTime() + 7 * DAY);
		const result = await updateEvent(ctx(coordinator), {
			...input({ title: 'Курс монтаже' }),
			id,
			sessions: [
				{ ...before[0], id: before[0].id, title: 'Први сусрет' },
				{ ...before[2], id: before[2].id },
				{ id: null, startsAt: later, endsAt: new Date(later.getTime() + 2 * HOUR), title: '' }
			]
		});
		// A draft is not rescheduled: nobody could have registered.
		expect(result.rescheduled).toBe(false);
		const after = await getEventForAdmin(ctx(coordinator), id);
		expect(after.title).toBe('Курс монтаже');
		expect(after.slug).toBe('kurs-video-montaze-' + after.slug.split('-').pop());
		expect(after.sessions.map((session) => session.id).slice(0, 2)).toEqual([before[0].id, before[2].id]);
		expect(after.sessions[0].title).toBe('Први сусрет');
		expect(after.sessions).toHaveLength(3);
		expect(after.endsAt).toEqual(new Date(later.getTime() + 2 * HOUR));
	});

	it('moving the meetings of a published event is a reschedule (registrants are told); other edits are not', async () => {
		const { id } = await createEvent(ctx(coordinator), input({ status: 'published' }));
		const sessions = (await getEventForAdmin(ctx(coordinator), id)).sessions.map((session) => ({
			id: session.id,
			startsAt: session.startsAt,
			endsAt: session.endsAt,
			title: session.title
		}));
		const textOnly = await updateEvent(ctx(coordinator), {
			...input({ status: 'published', summary: 'Нови опис' }),
			id,
			sessions
		});
		expect(textOnly.rescheduled).toBe(false);
		const moved = sessions.map((session) => ({
			...session,
			startsAt: new Date(session.startsAt.getTime() + HOUR),
			endsAt: new Date(session.endsAt.getTime() + HOUR)
		}));
		await test.db.update(eventSessions).set({ reminderQueuedAt: new Date() }).where(eq(eventSessions.eventId, id));
		const result = await updateEvent(ctx(staff), { ...input({ status: 'published' }), id, sessions: moved });
		expect(result.rescheduled).toBe(true);
		expect(await auditActions(id)).toContain('events.rescheduled');
		// The moved meetings get their reminder again.
		const stored = await test.db.select().from(eventSessions).where(eq(eventSessions.eventId, id));
		expect(stored.every((session) => session.reminderQueuedAt === null)).toBe(true);
	});

	it('keeps places already held: capacity cannot drop below them, and a published event with registrations stays published', async () => {
		const event = await createTestEvent(test.db, officeId, { capacity: 5 });
		await register(event.id, 'confirmed', 3);
		const sessions = event.sessions.map((session) => ({ ...session, title: '' }));
		const lowered = updateEvent(ctx(coordinator), {
			...input({ status: 'published', capacity: 2 }),
			id: event.id,
			sessions
		});
		const caught = await lowered.catch((error: unknown) => error);
		expect(isAppError(caught) && caught.fieldErrors.capacity).toMatch(/^events\.capacity\.belowHeld/);
		await expectCode(
			updateEvent(ctx(coordinator), { ...input({ status: 'draft', capacity: 5 }), id: event.id, sessions }),
			'invalid'
		);
		const raised = await updateEvent(ctx(coordinator), {
			...input({ status: 'published', capacity: 8 }),
			id: event.id,
			sessions
		});
		expect(raised.rescheduled).toBe(false);
		expect((await getEventForAdmin(ctx(coordinator), event.id)).capacity).toBe(8);
	});
});

describe('publishing, cancelling, copying and deleting', () => {
	it('publishes a draft once', async () => {
		const { id, slug } = await createEvent(ctx(coordinator), input({ title: 'Трибина о медијима' }));
		await publishEvent(ctx(staff), { id });
		expect((await getPublicEvent(test.db, officeId, slug))?.state).toBe('open');
		await expectCode(publishEvent(ctx(staff), { id }), 'conflict');
		expect(await auditActions(id)).toContain('events.published');
	});

	it('cancels a published event with the reason: it stays public, marked cancelled; drafts cannot be cancelled', async () => {
		const event = await createTestEvent(test.db, officeId);
		await register(event.id, 'confirmed', 2);
		await cancelEvent(ctx(coordinator), { id: event.id, reason: 'Предавач је болестан.' });
		const shown = await getPublicEvent(test.db, officeId, event.slug);
		expect(shown).toMatchObject({
			status: 'cancelled',
			state: 'cancelled',
			cancellationReason: 'Предавач је болестан.'
		});
		await expectCode(cancelEvent(ctx(coordinator), { id: event.id, reason: 'опет' }), 'conflict');
		const draft = await createTestEvent(test.db, officeId, { status: 'draft' });
		await expectCode(cancelEvent(ctx(coordinator), { id: draft.id, reason: 'x' }), 'conflict');
		expect(await auditActions(event.id)).toContain('events.cancelled');
	});

	it('copies an event into a future draft with the same details, questions and weekly pattern', async () => {
		const past = new Date(Date.now() - 30 * DAY);
		const source = await createTestEvent(test.db, officeId, {
			status: 'finished',
			questions: [{ id: 'why', kind: 'text', label: 'Зашто?', labelEn: 'Why?', required: false, options: [] }],
			registrationClosesAt: past,
			sessions: [0, 1].map((week) => ({
				startsAt: new Date(past.getTime() + week * 7 * DAY),
				endsAt: new Date(past.getTime() + week * 7 * DAY + HOUR),
				title: `Сусрет ${week + 1}`
			}))
		});
		const { id } = await copyEvent(ctx(staff), { id: source.id });
		const copy = await getEventForAdmin(ctx(staff), id);
		expect(copy).toMatchObject({
			status: 'draft',
			title: source.title,
			capacity: source.capacity,
			registrationClosesAt: null
		});
		expect(copy.questions).toEqual(source.questions);
		expect(copy.slug).not.toBe(source.slug);
		expect(copy.sessions.map((session) => session.title)).toEqual(['Сусрет 1', 'Сусрет 2']);
		expect(copy.sessions[0].startsAt.getTime()).toBeGreaterThan(Date.now());
		// Whole weeks: same weekday and time, one week apart still.
		expect((copy.sessions[0].startsAt.getTime() - past.getTime()) % (7 * DAY)).toBe(0);
		expect(copy.sessions[1].startsAt.getTime() - copy.sessions[0].startsAt.getTime()).toBe(7 * DAY);
		expect(await auditActions(id)).toContain('events.copied');
	});

	it('deletes an event nobody registered for, and refuses one with registrations', async () => {
		const empty = await createTestEvent(test.db, officeId);
		await deleteEvent(ctx(coordinator), { id: empty.id });
		expect(await test.db.select().from(events).where(eq(events.id, empty.id))).toEqual([]);
		expect(await test.db.select().from(eventSessions).where(eq(eventSessions.eventId, empty.id))).toEqual([]);
		const taken = await createTestEvent(test.db, officeId);
		await register(taken.id, 'waitlisted');
		await expectCode(deleteEvent(ctx(coordinator), { id: taken.id }), 'conflict');
	});
});

describe('the portal', () => {
	let portalOffice: string;
	let education: string;
	beforeAll(async () => {
		portalOffice = (await createOffice(test.db, { isDefault: false })).id;
		education = (await createTestProgramme(test.db, portalOffice, { slug: 'obrazovanje', name: 'Образовање' })).id;
	});

	it('gives each card its cover in AVIF, WebP and JPEG widths, and no cover to an event without one', async () => {
		const office = (await createOffice(test.db, { isDefault: false })).id;
		const editor = await createPerson(test.db, { officeId: office, roles: ['staff'] });
		const png = new Uint8Array(
			await sharp({ create: { width: 900, height: 500, channels: 3, background: '#1d4e89' } })
				.png()
				.toBuffer()
		);
		const { mediaId } = await uploadMedia(contextOf(test.db, office, editor), {
			bytes: png,
			fileName: 'radionica.png',
			alt: 'Млади за столом',
			altEn: 'Young people at a table'
		});
		const soon = { startsAt: new Date(Date.now() + DAY), endsAt: new Date(Date.now() + DAY + HOUR) };
		const withCover = await createTestEvent(test.db, office, {
			title: 'Радионица фотографије',
			coverMediaId: mediaId,
			sessions: [soon]
		});
		const without = await createTestEvent(test.db, office, { title: 'Трибина без слике' });
		const byId = (rows: { id: string; cover: unknown }[]) => new Map(rows.map((row) => [row.id, row.cover]));

		const cards = byId((await listUpcomingEvents(test.db, office)).rows);
		const cover = cards.get(withCover.id) as Awaited<ReturnType<typeof listNextEvents>>[number]['cover'];
		expect(cover).toMatchObject({ id: mediaId, width: 900, height: 500 });
		for (const format of ['avif', 'webp', 'jpeg'] as const) {
			expect(cover!.sources[format].length, format).toBeGreaterThan(0);
			expect(cover!.sources[format].every((source) => source.url.endsWith(`.${format}`) && source.width > 0)).toBe(
				true
			);
			const widths = cover!.sources[format].map((source) => source.width);
			expect(widths).toEqual([...widths].sort((a, b) => a - b));
		}
		expect(cover!.fallback.url).toMatch(new RegExp(`^/media/${mediaId}/\\d+\\.jpeg$`));
		expect(cards.get(without.id)).toBeNull();
		// The home page's next events and the calendar carry the same cover.
		expect((await listNextEvents(test.db, office, 1))[0].cover?.id).toBe(mediaId);
		const month = { from: new Date(Date.now() - DAY), to: new Date(Date.now() + 30 * DAY) };
		const calendar = await listSessionsBetween(test.db, office, month);
		expect(calendar.find((entry) => entry.event.id === withCover.id)?.event.cover?.id).toBe(mediaId);
		// Another office's image is never drawn on this office's card.
		const stranger = await createTestEvent(test.db, otherOfficeId, {
			title: 'Туђа',
			coverMediaId: mediaId,
			sessions: [soon]
		});
		expect(byId((await listUpcomingEvents(test.db, otherOfficeId)).rows).get(stranger.id)).toBeNull();
	});

	it('lists upcoming public events soonest first with places left, never drafts; past ones go to the archive', async () => {
		const soon = await createTestEvent(test.db, portalOffice, {
			title: 'Радионица писања CV-ја',
			capacity: 3,
			programmeId: education,
			type: 'workshop',
			sessions: [{ startsAt: new Date(Date.now() + 2 * DAY), endsAt: new Date(Date.now() + 2 * DAY + 2 * HOUR) }]
		});
		const full = await createTestEvent(test.db, portalOffice, { title: 'Трибина', capacity: 2, type: 'lecture' });
		const draft = await createTestEvent(test.db, portalOffice, { title: 'Тајни нацрт', status: 'draft' });
		const past = await createTestEvent(test.db, portalOffice, {
			title: 'Акција чишћења',
			status: 'finished',
			sessions: [{ startsAt: new Date(Date.now() - 20 * DAY), endsAt: new Date(Date.now() - 20 * DAY + HOUR) }]
		});
		await register(soon.id, 'confirmed', 1);
		await register(full.id, 'confirmed', 2);
		await register(full.id, 'waitlisted', 1);
		const upcoming = await listUpcomingEvents(test.db, portalOffice);
		expect(upcoming.rows.map((row) => row.title)).toEqual(['Радионица писања CV-ја', 'Трибина']);
		expect(upcoming.rows[0]).toMatchObject({ state: 'open', placesLeft: 2, programme: { slug: 'obrazovanje' } });
		expect(upcoming.rows[1]).toMatchObject({ state: 'waitlist', placesLeft: 0 });
		expect((await listNextEvents(test.db, portalOffice, 1)).map((row) => row.id)).toEqual([soon.id]);
		expect((await listPastEvents(test.db, portalOffice)).rows.map((row) => row.id)).toEqual([past.id]);

		// Filters: programme, type and dates.
		const byProgramme = await listUpcomingEvents(test.db, portalOffice, { programme: 'obrazovanje' });
		expect(byProgramme.rows.map((row) => row.id)).toEqual([soon.id]);
		expect((await listUpcomingEvents(test.db, portalOffice, { type: 'lecture' })).rows.map((row) => row.id)).toEqual([
			full.id
		]);
		const far = new Date(Date.now() + 5 * DAY).toISOString().slice(0, 10);
		expect((await listUpcomingEvents(test.db, portalOffice, { from: far })).rows.map((row) => row.id)).toEqual([
			full.id
		]);

		// The draft is nowhere public.
		expect(await getPublicEvent(test.db, portalOffice, draft.slug)).toBeNull();
		const month = { from: new Date(Date.now() - 40 * DAY), to: new Date(Date.now() + 40 * DAY) };
		const calendar = await listSessionsBetween(test.db, portalOffice, month);
		expect(calendar.map((session) => session.event.id)).not.toContain(draft.id);
		expect(calendar.map((session) => session.event.id)).toEqual(expect.arrayContaining([soon.id, full.id, past.id]));
		expect((await listSessionsForFeed(test.db, portalOffice)).map((row) => row.eventId)).not.toContain(draft.id);
		expect((await searchEvents(test.db, portalOffice, searchKey('нацрт'), 10)).length).toBe(0);
		expect((await searchEvents(test.db, portalOffice, searchKey('radionica pisanja'), 10))[0]?.path).toBe(
			`/events/${soon.slug}`
		);
		const sitemap = (await listEventSitemap(test.db, portalOffice)).map((entry) => entry.path);
		expect(sitemap).toEqual(
			expect.arrayContaining(['/events', `/events/${soon.slug}`, '/events/programmes/obrazovanje'])
		);
		expect(sitemap).not.toContain(`/events/${draft.slug}`);
		expect(eventsManifest.searchStatement).toBeDefined();
	});

	it('shows each meeting of a course in the calendar, numbered', async () => {
		const start = new Date(Date.now() + 60 * DAY);
		const course = await createTestEvent(test.db, portalOffice, {
			sessions: [0, 1, 2].map((week) => ({
				startsAt: new Date(start.getTime() + week * 7 * DAY),
				endsAt: new Date(start.getTime() + week * 7 * DAY + HOUR)
			}))
		});
		const sessions = (
			await listSessionsBetween(test.db, portalOffice, { from: start, to: new Date(start.getTime() + 30 * DAY) })
		).filter((session) => session.event.id === course.id);
		expect(sessions.map((session) => session.number)).toEqual([1, 2, 3]);
		expect(sessions[0].event.sessionCount).toBe(3);
	});

	it('writes feeds a real iCal parser reads: one VEVENT per meeting, cancelled ones marked, in the reader’s script', async () => {
		const feedOffice = (await createOffice(test.db, { isDefault: false })).id;
		const course = await createTestEvent(test.db, feedOffice, {
			title: 'Курс фотографије',
			titleEn: 'Photography course',
			placeName: 'Дом културе',
			sessions: [0, 1].map((week) => ({
				startsAt: new Date(Date.now() + (3 + week * 7) * DAY),
				endsAt: new Date(Date.now() + (3 + week * 7) * DAY + HOUR)
			}))
		});
		const cancelled = await createTestEvent(test.db, feedOffice, { title: 'Концерт', status: 'cancelled' });
		await createTestEvent(test.db, feedOffice, { title: 'Нацрт', status: 'draft' });
		const rows = await listSessionsForFeed(test.db, feedOffice);
		const parse = (locale: 'sr-Cyrl' | 'sr-Latn' | 'en') => {
			const text = buildCalendar(
				calendarEntriesOf(rows, { locale, keepLatin: [], origin: 'https://mladi.example.rs' }),
				{
					name: 'КЗМ',
					host: 'mladi.example.rs'
				}
			);
			return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
		};
		const cyrillic = parse('sr-Cyrl');
		expect(cyrillic.map((vevent) => new ICAL.Event(vevent).summary)).toEqual([
			'Курс фотографије',
			'ОТКАЗАНО: Концерт',
			'Курс фотографије'
		]);
		expect(cyrillic.map((vevent) => vevent.getFirstPropertyValue('status'))).toEqual([
			'CONFIRMED',
			'CANCELLED',
			'CONFIRMED'
		]);
		expect(new ICAL.Event(cyrillic[0]).location).toBe('Дом културе');
		expect(String(cyrillic[0].getFirstPropertyValue('url'))).toBe(`https://mladi.example.rs/events/${course.slug}`);
		const latin = parse('sr-Latn');
		expect(new ICAL.Event(latin[0]).summary).toBe('Kurs fotografije');
		expect(String(latin[0].getFirstPropertyValue('url'))).toBe(`https://mladi.example.rs/lat/events/${course.slug}`);
		expect(new ICAL.Event(parse('en')[0]).summary).toBe('Photography course');
		// One event's download carries only its meetings.
		expect((await listSessionsForFeed(test.db, feedOffice, { eventId: cancelled.id })).length).toBe(1);
	});
});

describe('the back-office list', () => {
	it('filters by programme, status, dates and a search in either script, drafts included', async () => {
		const listOffice = (await createOffice(test.db, { isDefault: false })).id;
		const manager = await createPerson(test.db, { officeId: listOffice, roles: ['staff'] });
		const programme = await createTestProgramme(test.db, listOffice);
		const draft = await createTestEvent(test.db, listOffice, {
			title: 'Радионица стрипа',
			status: 'draft',
			programmeId: programme.id
		});
		const published = await createTestEvent(test.db, listOffice, { title: 'Трибина о запошљавању' });
		const listCtx = contextOf(test.db, listOffice, manager);
		expect((await listEventsForAdmin(listCtx)).total).toBe(2);
		expect((await listEventsForAdmin(listCtx, { status: 'draft' })).rows.map((row) => row.id)).toEqual([draft.id]);
		expect((await listEventsForAdmin(listCtx, { programmeId: programme.id })).rows.map((row) => row.id)).toEqual([
			draft.id
		]);
		expect((await listEventsForAdmin(listCtx, { q: 'tribina' })).rows.map((row) => row.id)).toEqual([published.id]);
		expect((await listEventsForAdmin(listCtx, { status: 'past' })).total).toBe(0);
	});

	it('sorts by a chosen column both ways in the query, and keeps its own order for an unknown one', async () => {
		const sortOffice = (await createOffice(test.db, { isDefault: false })).id;
		const manager = await createPerson(test.db, { officeId: sortOffice, roles: ['staff'] });
		const at = (days: number) => {
			const startsAt = new Date(Date.now() + days * 24 * 3600 * 1000);
			return { sessions: [{ startsAt, endsAt: new Date(startsAt.getTime() + 3600 * 1000) }] };
		};
		const later = await createTestEvent(test.db, sortOffice, { title: 'Бе', ...at(20) });
		const soon = await createTestEvent(test.db, sortOffice, { title: 'Ве', ...at(2) });
		const between = await createTestEvent(test.db, sortOffice, { title: 'Аа', ...at(9) });
		const listCtx = contextOf(test.db, sortOffice, manager);
		const ids = async (params: string) =>
			(
				await listEventsForAdmin(
					listCtx,
					{ pageSize: 2 },
					listSortOf(new URLSearchParams(params), ADMIN_EVENT_SORT_COLUMNS)
				)
			).rows.map((row) => row.id);
		// Sorted in the query: the first page already holds the first two of the whole list.
		expect(await ids('sort=when&dir=asc')).toEqual([soon.id, between.id]);
		expect(await ids('sort=when&dir=desc')).toEqual([later.id, between.id]);
		expect(await ids('sort=title&dir=asc')).toEqual([between.id, later.id]);
		// Unknown column: the default order (upcoming soonest first), not an error.
		expect(await ids('sort=password&dir=desc')).toEqual([soon.id, between.id]);
		expect(await ids('sort=when&dir=sideways')).toEqual([soon.id, between.id]);
	});

	it("sorts the status column in the order of an event's life (draft, published, finished, cancelled), not by its code", async () => {
		const sortOffice = (await createOffice(test.db, { isDefault: false })).id;
		const manager = await createPerson(test.db, { officeId: sortOffice, roles: ['staff'] });
		const cancelled = await createTestEvent(test.db, sortOffice, { status: 'cancelled' });
		const published = await createTestEvent(test.db, sortOffice, { status: 'published' });
		const finished = await createTestEvent(test.db, sortOffice, { status: 'finished' });
		const draft = await createTestEvent(test.db, sortOffice, { status: 'draft' });
		const listCtx = contextOf(test.db, sortOffice, manager);
		const ids = async (params: string) =>
			(
				await listEventsForAdmin(listCtx, {}, listSortOf(new URLSearchParams(params), ADMIN_EVENT_SORT_COLUMNS))
			).rows.map((row) => row.id);
		// By code it would read cancelled, draft, finished, published.
		expect(await ids('sort=status&dir=asc')).toEqual([draft.id, published.id, finished.id, cancelled.id]);
		expect(await ids('sort=status&dir=desc')).toEqual([cancelled.id, finished.id, published.id, draft.id]);
	});

	it('sorts programmes by name and by their number of events in the query, keeping their own order otherwise', async () => {
		const sortOffice = (await createOffice(test.db, { isDefault: false })).id;
		const manager = await createPerson(test.db, { officeId: sortOffice, roles: ['staff'] });
		const busy = await createTestProgramme(test.db, sortOffice, { name: 'Ђаци', sortOrder: 2 });
		const quiet = await createTestProgramme(test.db, sortOffice, { name: 'Вршњаци', sortOrder: 1 });
		await createTestEvent(test.db, sortOffice, { programmeId: busy.id });
		await createTestEvent(test.db, sortOffice, { programmeId: busy.id });
		const listCtx = contextOf(test.db, sortOffice, manager);
		const list = async (params: string) =>
			listProgrammesForAdmin(listCtx, listSortOf(new URLSearchParams(params), ADMIN_PROGRAMME_SORT_COLUMNS));
		expect((await list('')).map((row) => row.id)).toEqual([quiet.id, busy.id]);
		// Serbian alphabet order: В before Ђ (by code point Ђ would come first).
		expect((await list('sort=name&dir=asc')).map((row) => row.id)).toEqual([quiet.id, busy.id]);
		expect((await list('sort=events&dir=desc')).map((row) => [row.id, row.eventCount])).toEqual([
			[busy.id, 2],
			[quiet.id, 0]
		]);
	});
});

describe('demo season', () => {
	it('seeds programmes and the events other journeys rely on, and removes them again', async () => {
		const demoOffice = (await createOffice(test.db, { isDefault: false })).id;
		const ids = await seedDemoEvents(test.db, demoOffice);
		for (const slug of [
			'tribina-o-volontiranju',
			'druzenje-uz-drustvene-igre',
			'kurs-video-montaze',
			'razmena-mladih-info'
		]) {
			expect(ids.has(slug)).toBe(true);
		}
		const course = await getPublicEvent(test.db, demoOffice, 'kurs-video-montaze');
		expect(course?.sessions).toHaveLength(8);
		expect((await listPastEvents(test.db, demoOffice)).total).toBeGreaterThan(0);
		expect(ids.size).toBe(DEMO_EVENTS.length);
		await removeDemoEvents(test.db, demoOffice);
		expect(await test.db.select().from(events).where(eq(events.officeId, demoOffice))).toEqual([]);
		expect(await test.db.select().from(programmes).where(eq(programmes.officeId, demoOffice))).toEqual([]);
	});
});

describe('images used by events', () => {
	it('reports an image used as a cover or inside a text, so the library does not delete it', async () => {
		const mediaId = '3f0c9a52-7d1e-4c55-9b7e-2a4f8e6d1c01';
		const cover = await createTestEvent(test.db, officeId, { coverMediaId: mediaId, title: 'Насловна слика' });
		const inline = await createTestEvent(test.db, officeId, {
			title: 'Слика у тексту',
			bodyEn: `<p><img src="/media/${mediaId}/640.jpg" alt="" /></p>`
		});
		await createTestEvent(test.db, otherOfficeId, { coverMediaId: mediaId });
		const uses = await eventsManifest.mediaUsage!(test.db, officeId, mediaId);
		expect(uses.map((use) => use.path).sort()).toEqual(
			[`/admin/events/${cover.id}`, `/admin/events/${inline.id}`].sort()
		);
		expect(await eventsManifest.mediaUsage!(test.db, officeId, 'not-an-id')).toEqual([]);
	});
});
