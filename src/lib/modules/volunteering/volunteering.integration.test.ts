import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { auditLog, outboxMessages } from '../../server/db/core-schema.ts';
import type { Actor } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import { searchKey } from '../../i18n/script.ts';
import { organisationRepresentatives, organisations } from '../organisations/schema.ts';
import { events } from '../events/schema.ts';
import { opportunityInput, profileInput, applicationInput, type OpportunityInput } from './inputs.ts';
import {
	createVolunteerOpportunity,
	reviewVolunteerOpportunity,
	updateVolunteerOpportunity
} from './commands/save-opportunity.server.ts';
import { saveVolunteerProfile } from './commands/save-profile.server.ts';
import { applyToVolunteer } from './commands/apply.server.ts';
import {
	confirmVolunteerGuardianConsent,
	findGuardianRequest,
	withdrawVolunteerGuardianConsent
} from './commands/guardian-consent.server.ts';
import { decideApplication, withdrawApplication } from './commands/decide-application.server.ts';
import { claimHours, decideHoursClaim, recordHours, recordHoursByCard } from './commands/hours.server.ts';
import { deleteVolunteerShift, moveVolunteerShift } from './commands/shifts.server.ts';
import {
	countHoursByYear,
	countVolunteersByYear,
	getCardVerification,
	getMyVolunteering,
	getOpportunityForOrganiser,
	getPublicVolunteering,
	getVolunteeringStatistics,
	listOrganisedOpportunities,
	mayOrganiseVolunteering,
	listPublicVolunteering,
	searchVolunteering
} from './queries.server.ts';
import { volunteerApplications, volunteerGuardianConsents, volunteerShifts } from './schema.ts';
import { volunteeringManifest } from './manifest.ts';
import { exportVolunteeringStatistics } from './commands/export-statistics.server.ts';
import { seedDemoVolunteering, removeDemoVolunteering, DEMO_OPPORTUNITY_COUNT } from './seed.server.ts';
import { volunteerOpportunities, volunteerProfiles } from './schema.ts';

const NOW = new Date('2026-06-01T08:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

let test: TestDatabase;
let officeId: string;
let coordinator: Actor;
let representative: Actor;
let otherRepresentative: Actor;
let stranger: Actor;
let organisationId: string;
let otherOrganisationId: string;

async function organisationWith(rep: Actor, name: string): Promise<string> {
	const [row] = await test.db
		.insert(organisations)
		.values({ officeId, slug: name.toLowerCase().replace(/\s+/g, '-'), name, type: 'youth_association' })
		.returning();
	await test.db
		.insert(organisationRepresentatives)
		.values({ organisationId: row.id, userId: rep.userId, officeId, status: 'approved' });
	return row.id;
}

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
	representative = await createPerson(test.db, { officeId, roles: ['young_person'] });
	otherRepresentative = await createPerson(test.db, { officeId, roles: ['young_person'] });
	stranger = await createPerson(test.db, { officeId, roles: ['young_person'] });
	organisationId = await organisationWith(representative, 'Udruzenje Zeleni');
	otherOrganisationId = await organisationWith(otherRepresentative, 'Udruzenje Plavi');
});
afterAll(() => test.close());

const day = (offset: number) => new Date(NOW.getTime() + offset * DAY).toISOString().slice(0, 10);

function form(overrides: Record<string, string | string[]> = {}): OpportunityInput {
	return v.parse(opportunityInput, {
		title: 'Чишћење обале',
		category: 'environment',
		minAge: '15',
		place: 'Ивањица',
		summary: 'Очистимо кеј.',
		shiftDate: [day(10)],
		shiftFrom: ['10:00'],
		shiftTo: ['14:00'],
		shiftPlaces: ['10'],
		...overrides
	});
}

async function volunteer(birthDate: string): Promise<Actor> {
	const person = await createPerson(test.db, { officeId, roles: ['young_person'] });
	await saveVolunteerProfile(contextOf(test.db, officeId, person), {
		input: v.parse(profileInput, { birthDate, emergencyContact: 'Мама, 064 123 4567' }),
		now: NOW
	});
	return person;
}

const apply = (actor: Actor, opportunityId: string, fields: Record<string, string> = {}, now = NOW) =>
	applyToVolunteer(contextOf(test.db, officeId, actor), {
		opportunityId,
		input: v.parse(applicationInput, fields),
		locale: 'sr-Cyrl',
		now
	});

async function shiftOf(opportunityId: string) {
	const [shift] = await test.db.select().from(volunteerShifts).where(eq(volunteerShifts.opportunityId, opportunityId));
	return shift;
}

async function refused(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
	} catch (caught) {
		if (isAppError(caught)) return `${caught.code}:${caught.messageKey}`;
		throw caught;
	}
	throw new Error('expected a refusal');
}

describe('opportunities, review and public pages', () => {
	it('staff publish directly; a representative’s opportunity waits for review and then shows with places left', async () => {
		const office = await createVolunteerOpportunity(contextOf(test.db, officeId, coordinator), {
			input: form(),
			publish: true,
			now: NOW
		});
		expect(office.status).toBe('published');
		const theirs = await createVolunteerOpportunity(contextOf(test.db, officeId, representative), {
			input: form({ title: 'Турнир у баскету', category: 'sport', minAge: '18' }),
			publish: true,
			now: NOW
		});
		expect(theirs.status).toBe('pending_review');
		expect(await getPublicVolunteering(test.db, officeId, theirs.slug, NOW)).toBeNull();
		await reviewVolunteerOpportunity(contextOf(test.db, officeId, coordinator), {
			id: theirs.id,
			decision: 'publish',
			note: ''
		});
		const page = await getPublicVolunteering(test.db, officeId, theirs.slug, NOW);
		expect(page?.organiserName).toBe('Udruzenje Zeleni');
		expect(page?.organisationId).toBe(organisationId);
		expect(page?.shifts[0].placesLeft).toBe(10);
		const sport = await listPublicVolunteering(test.db, officeId, { category: 'sport' }, NOW);
		expect(sport.map((row) => row.slug)).toEqual([theirs.slug]);
		const found = await searchVolunteering(test.db, officeId, searchKey('turnir basket'), 10);
		expect(found.map((hit) => hit.path)).toEqual([`/volunteering/${theirs.slug}`]);
		const young = await listPublicVolunteering(test.db, officeId, { underEighteen: true }, NOW);
		expect(young.map((row) => row.slug)).toContain(office.slug);
		expect(young.map((row) => row.slug)).not.toContain(theirs.slug);
	});

	it('refuses a minimum age under 15 and half-filled shifts', () => {
		expect(v.safeParse(opportunityInput, { title: 'x', category: 'sport', minAge: '14' }).success).toBe(false);
	});

	it('keeps organisers to their own organisation', async () => {
		const theirs = await createVolunteerOpportunity(contextOf(test.db, officeId, representative), {
			input: form(),
			publish: false,
			now: NOW
		});
		expect(
			await refused(
				updateVolunteerOpportunity(contextOf(test.db, officeId, otherRepresentative), {
					id: theirs.id,
					input: form(),
					publish: true
				})
			)
		).toBe('forbidden:error.403.text');
		expect(
			await refused(getOpportunityForOrganiser(contextOf(test.db, officeId, otherRepresentative), theirs.id))
		).toBe('forbidden:error.403.text');
		expect(
			await refused(
				createVolunteerOpportunity(contextOf(test.db, officeId, representative), {
					input: form({ organisationId: otherOrganisationId }),
					publish: false
				})
			)
		).toBe('forbidden:volunteering.refused.notYourOrganisation');
		expect(await refused(listOrganisedOpportunities(contextOf(test.db, officeId, stranger)))).toBe(
			'forbidden:error.403.text'
		);
		expect(
			await refused(
				reviewVolunteerOpportunity(contextOf(test.db, officeId, representative), {
					id: theirs.id,
					decision: 'publish',
					note: ''
				})
			)
		).toBe('forbidden:error.403.text');
		const mine = await listOrganisedOpportunities(contextOf(test.db, officeId, representative));
		expect(mine.every((row) => row.organiserName === 'Udruzenje Zeleni')).toBe(true);
		// Only an approved claim opens the organiser pages (the account page links to them only then).
		expect(await mayOrganiseVolunteering(contextOf(test.db, officeId, representative))).toBe(true);
		expect(await mayOrganiseVolunteering(contextOf(test.db, officeId, coordinator))).toBe(true);
		expect(await mayOrganiseVolunteering(contextOf(test.db, officeId, stranger))).toBe(false);
		const claimant = await createPerson(test.db, { officeId, roles: ['young_person'] });
		await test.db
			.insert(organisationRepresentatives)
			.values({ organisationId, userId: claimant.userId, officeId, status: 'pending' });
		expect(await mayOrganiseVolunteering(contextOf(test.db, officeId, claimant))).toBe(false);
		expect(await refused(listOrganisedOpportunities(contextOf(test.db, officeId, claimant)))).toBe(
			'forbidden:error.403.text'
		);
		// The office's staff organise every opportunity.
		expect(
			(await getOpportunityForOrganiser(contextOf(test.db, officeId, coordinator), theirs.id)).opportunity.id
		).toBe(theirs.id);
	});
});

describe('links with the calendar’s volunteer actions', () => {
	it('an opportunity linked to a volunteer action is listed on the event’s page through the manifest; other events are refused', async () => {
		const at = new Date(NOW.getTime() + 10 * DAY);
		const [action, concert] = await test.db
			.insert(events)
			.values([
				{
					officeId,
					slug: 'akcija-test',
					title: 'Акција',
					type: 'volunteer_action',
					status: 'published',
					startsAt: at,
					endsAt: at
				},
				{
					officeId,
					slug: 'koncert-test',
					title: 'Концерт',
					type: 'cultural',
					status: 'published',
					startsAt: at,
					endsAt: at
				}
			])
			.returning();
		expect(
			await refused(
				createVolunteerOpportunity(contextOf(test.db, officeId, coordinator), {
					input: form({ eventId: concert.id }),
					publish: true,
					now: NOW
				})
			)
		).toBe('invalid:common.formHasErrors');
		const { slug } = await createVolunteerOpportunity(contextOf(test.db, officeId, coordinator), {
			input: form({ title: 'Смене акције', eventId: action.id }),
			publish: true,
			now: NOW
		});
		expect(await volunteeringManifest.eventLinks!(test.db, officeId, action.id)).toEqual([
			{ kindKey: 'volunteering.kind', title: 'Смене акције', titleEn: '', path: `/volunteering/${slug}` }
		]);
		expect(await volunteeringManifest.eventLinks!(test.db, officeId, concert.id)).toEqual([]);
		expect((await getPublicVolunteering(test.db, officeId, slug, NOW))?.eventId).toBe(action.id);
	});
});

describe('applications under the Law on Volunteering', () => {
	it('refuses under 15 on the shift date, below the organiser’s age, and a shift already begun', async () => {
		const { id } = await createVolunteerOpportunity(contextOf(test.db, officeId, coordinator), {
			input: form({ shiftDate: [day(10)], shiftPlaces: ['3'] }),
			publish: true,
			now: NOW
		});
		const shift = await shiftOf(id);
		// Turns 15 the day after the shift.
		const young = await volunteer(`${Number(day(11).slice(0, 4)) - 15}${day(11).slice(4)}`);
		expect(await refused(apply(young, id, { shiftId: shift.id }))).toBe('conflict:volunteering.refused.tooYoung');
		const adult = await volunteer('2000-01-01');
		const past = await createVolunteerOpportunity(contextOf(test.db, officeId, coordinator), {
			input: form({ shiftDate: [day(-1)] }),
			publish: true,
			now: NOW
		});
		expect(await refused(apply(adult, past.id, { shiftId: (await shiftOf(past.id)).id }))).toBe(
			'conflict:volunteering.refused.past'
		);
		const adultsOnly = await createVolunteerOpportunity(contextOf(test.db, officeId, coordinator), {
			input: form({ minAge: '18' }),
			publish: true,
			now: NOW
		});
		const sixteen = await volunteer('2010-01-01');
		expect(await refused(apply(sixteen, adultsOnly.id, { shiftId: (await shiftOf(adultsOnly.id)).id }))).toBe(
			'conflict:volunteering.refused.belowOrganiserAge'
		);
	});

	it('a minor cannot be accepted before the guardian consents through the e-mailed link', async () => {
		const { id } = await createVolunteerOpportunity(contextOf(test.db, officeId, coordinator), {
			input: form(),
			publish: true,
			now: NOW
		});
		const shift = await shiftOf(id);
		const minor = await volunteer('2010-03-03');
		expect(await refused(apply(minor, id, { shiftId: shift.id }))).toBe('invalid:volunteering.apply.guardianNeeded');
		const outcome = await apply(minor, id, {
			shiftId: shift.id,
			guardianName: 'Мајка Петровић',
			guardianEmail: 'mama@example.test'
		});
		expect(outcome).toMatchObject({ status: 'pending', awaitingGuardian: true });
		expect(
			await refused(
				decideApplication(contextOf(test.db, officeId, coordinator), {
					applicationId: outcome.application.id,
					decision: 'accept',
					reason: ''
				})
			)
		).toBe('conflict:volunteering.decide.needsConsent');
		const [mail] = await test.db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, 'mama@example.test'));
		const token = /\/volunteering\/guardian\/([A-Za-z0-9_-]+)/.exec(mail.textBody)![1];
		expect((await findGuardianRequest(contextOf(test.db, officeId, null), token))?.guardianName).toBe('Мајка Петровић');
		expect(
			await confirmVolunteerGuardianConsent(contextOf(test.db, officeId, null), {
				token,
				confirmedName: 'Мајка Петровић'
			})
		).toBe('confirmed');
		const [consent] = await test.db
			.select()
			.from(volunteerGuardianConsents)
			.where(eq(volunteerGuardianConsents.guardianEmail, 'mama@example.test'));
		expect(consent.confirmedAt).toBeInstanceOf(Date);
		expect(
			await decideApplication(contextOf(test.db, officeId, coordinator), {
				applicationId: outcome.application.id,
				decision: 'accept',
				reason: ''
			})
		).toBe('accepted');
		// The organiser sees only that consent exists, not the guardian's details.
		const view = await getOpportunityForOrganiser(contextOf(test.db, officeId, coordinator), id);
		const row = view.applications.find((application) => application.id === outcome.application.id)!;
		expect(row).toMatchObject({ minor: true, guardianConsent: true });
		expect(JSON.stringify(view)).not.toContain('mama@example.test');
		// The acceptance went out with a calendar invitation.
		const accepted = await test.db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, minor.email));
		expect(accepted.some((message) => message.attachments.some((file) => file.filename.endsWith('.ics')))).toBe(true);
		// Consent covers later applications: no second request.
		const second = await createVolunteerOpportunity(contextOf(test.db, officeId, coordinator), {
			input: form(),
			publish: true,
			now: NOW
		});
		expect((await apply(minor, second.id, { shiftId: (await shiftOf(second.id)).id })).awaitingGuardian).toBe(false);
	});

	it('declining needs a reason; a volunteer withdraws; nobody else may', async () => {
		const { id } = await createVolunteerOpportunity(contextOf(test.db, officeId, representative), {
			input: form(),
			publish: true,
			now: NOW
		});
		await reviewVolunteerOpportunity(contextOf(test.db, officeId, coordinator), { id, decision: 'publish', note: '' });
		const person = await volunteer('1999-05-05');
		const { application } = await apply(person, id, { shiftId: (await shiftOf(id)).id });
		expect(
			await refused(
				decideApplication(contextOf(test.db, officeId, otherRepresentative), {
					applicationId: application.id,
					decision: 'accept',
					reason: ''
				})
			)
		).toBe('forbidden:error.403.text');
		expect(
			await decideApplication(contextOf(test.db, officeId, representative), {
				applicationId: application.id,
				decision: 'waitlist',
				reason: ''
			})
		).toBe('waitlisted');
		expect(
			await refused(withdrawApplication(contextOf(test.db, officeId, stranger), { applicationId: application.id }))
		).toBe('forbidden:error.403.text');
		await withdrawApplication(contextOf(test.db, officeId, person), { applicationId: application.id });
		const [row] = await test.db
			.select()
			.from(volunteerApplications)
			.where(eq(volunteerApplications.id, application.id));
		expect(row.status).toBe('withdrawn');
		const audit = await test.db.select().from(auditLog).where(eq(auditLog.entityId, application.id));
		expect(audit.map((entry) => entry.action)).toEqual(
			expect.arrayContaining([
				'volunteering.application.created',
				'volunteering.application.waitlisted',
				'volunteering.application.withdrawn'
			])
		);
	});

	it('a place freed by a withdrawal or a decline goes to the first person waiting, who is told with an .ics', async () => {
		const { id } = await createVolunteerOpportunity(contextOf(test.db, officeId, coordinator), {
			input: form({ autoAccept: 'on', shiftPlaces: ['1'] }),
			publish: true,
			now: NOW
		});
		const shift = await shiftOf(id);
		const [first, second, third] = [
			await volunteer('1998-01-01'),
			await volunteer('1998-01-02'),
			await volunteer('1998-01-03')
		];
		const a = await apply(first, id, { shiftId: shift.id });
		// The waiting list is served in the order people applied.
		const b = await apply(second, id, { shiftId: shift.id }, new Date(NOW.getTime() + 60_000));
		const c = await apply(third, id, { shiftId: shift.id }, new Date(NOW.getTime() + 120_000));
		expect([a.status, b.status, c.status]).toEqual(['accepted', 'waitlisted', 'waitlisted']);
		const statusOf = async (applicationId: string) =>
			(await test.db.select().from(volunteerApplications).where(eq(volunteerApplications.id, applicationId)))[0].status;
		await withdrawApplication(contextOf(test.db, officeId, first), { applicationId: a.application.id, now: NOW });
		expect(await statusOf(b.application.id)).toBe('accepted');
		expect(await statusOf(c.application.id)).toBe('waitlisted');
		const told = await test.db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, second.email));
		const promoted = told.find((message) => message.subject.startsWith('Ослободило се место'));
		expect(promoted?.attachments.some((file) => file.filename.endsWith('.ics'))).toBe(true);
		await decideApplication(contextOf(test.db, officeId, coordinator), {
			applicationId: b.application.id,
			decision: 'decline',
			reason: 'Не може у то време.',
			now: NOW
		});
		expect(await statusOf(c.application.id)).toBe('accepted');
		const audit = await test.db.select().from(auditLog).where(eq(auditLog.entityId, c.application.id));
		expect(audit.map((entry) => entry.action)).toContain('volunteering.application.promoted');
	});

	it('a guardian withdraws consent: the minor’s coming applications are withdrawn, the place passes on, the volunteer is told', async () => {
		const { id } = await createVolunteerOpportunity(contextOf(test.db, officeId, coordinator), {
			input: form({ autoAccept: 'on', shiftPlaces: ['1'] }),
			publish: true,
			now: NOW
		});
		const shift = await shiftOf(id);
		const minor = await volunteer('2010-08-08');
		const adult = await volunteer('1997-08-08');
		const pending = await apply(minor, id, {
			shiftId: shift.id,
			guardianName: 'Отац Илић',
			guardianEmail: 'tata.ilic@example.test'
		});
		const [mail] = await test.db
			.select()
			.from(outboxMessages)
			.where(eq(outboxMessages.toAddress, 'tata.ilic@example.test'));
		const token = /\/volunteering\/guardian\/([A-Za-z0-9_-]+)/.exec(mail.textBody)![1];
		// Withdrawing is only possible once consent was given.
		expect(
			await refused(withdrawVolunteerGuardianConsent(contextOf(test.db, officeId, null), { token, now: NOW }))
		).toBe('not_found:error.404.text');
		await confirmVolunteerGuardianConsent(contextOf(test.db, officeId, null), { token, confirmedName: 'Отац Илић' });
		await decideApplication(contextOf(test.db, officeId, coordinator), {
			applicationId: pending.application.id,
			decision: 'accept',
			reason: '',
			now: NOW
		});
		const waiting = await apply(adult, id, { shiftId: shift.id });
		expect(waiting.status).toBe('waitlisted');

		const outcome = await withdrawVolunteerGuardianConsent(contextOf(test.db, officeId, null), { token, now: NOW });
		expect(outcome.applicationsWithdrawn).toBe(1);
		const rows = await test.db.select().from(volunteerApplications).where(eq(volunteerApplications.shiftId, shift.id));
		expect(rows.find((row) => row.id === pending.application.id)?.status).toBe('withdrawn');
		expect(rows.find((row) => row.id === waiting.application.id)?.status).toBe('accepted');
		const told = await test.db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, minor.email));
		expect(told.some((message) => message.subject === 'Родитељ је повукао сагласност: Чишћење обале')).toBe(true);
		expect((await findGuardianRequest(contextOf(test.db, officeId, null), token))?.withdrawnAt).toBeInstanceOf(Date);
		// The consent is no longer in force: a new application asks for a guardian again.
		expect(await refused(apply(minor, id, { shiftId: shift.id }))).toBe('invalid:volunteering.apply.guardianNeeded');
		// The link cannot confirm again, and a second withdrawal changes nothing.
		expect(
			await refused(
				confirmVolunteerGuardianConsent(contextOf(test.db, officeId, null), { token, confirmedName: 'Отац Илић' })
			)
		).toBe('not_found:error.404.text');
		expect(
			(await withdrawVolunteerGuardianConsent(contextOf(test.db, officeId, null), { token, now: NOW }))
				.applicationsWithdrawn
		).toBe(0);
	});

	it('moving a shift tells those who applied; places never drop below the accepted; more places promote', async () => {
		const { id } = await createVolunteerOpportunity(contextOf(test.db, officeId, representative), {
			input: form({ autoAccept: 'on', shiftPlaces: ['1'] }),
			publish: true,
			now: NOW
		});
		await reviewVolunteerOpportunity(contextOf(test.db, officeId, coordinator), { id, decision: 'publish', note: '' });
		const shift = await shiftOf(id);
		const first = await volunteer('1996-02-02');
		const second = await volunteer('1996-02-03');
		await apply(first, id, { shiftId: shift.id });
		const waiting = await apply(second, id, { shiftId: shift.id }, new Date(NOW.getTime() + 1000));
		const moved = {
			startsAt: new Date(shift.startsAt.getTime() + DAY),
			endsAt: new Date(shift.endsAt.getTime() + DAY),
			places: 2
		};
		const move = (actor: Actor, next = moved, now = NOW) =>
			moveVolunteerShift(contextOf(test.db, officeId, actor), { shiftId: shift.id, shift: next, now });
		expect(await refused(move(otherRepresentative))).toBe('forbidden:error.403.text');
		expect(await refused(move(representative, { ...moved, places: 0 }))).toBe('invalid:common.formHasErrors');
		expect(await refused(move(representative, { ...moved, startsAt: new Date(NOW.getTime() - DAY) }))).toBe(
			'invalid:common.formHasErrors'
		);
		expect(await move(representative)).toEqual({ told: 2, promoted: 1 });
		const [row] = await test.db.select().from(volunteerShifts).where(eq(volunteerShifts.id, shift.id));
		expect(row).toMatchObject({ startsAt: moved.startsAt, places: 2 });
		const told = await test.db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, first.email));
		const notice = told.find((message) => message.subject.startsWith('Смена је померена'));
		expect(notice?.attachments.some((file) => file.filename.endsWith('.ics'))).toBe(true);
		const [promoted] = await test.db
			.select()
			.from(volunteerApplications)
			.where(eq(volunteerApplications.id, waiting.application.id));
		expect(promoted.status).toBe('accepted');
		// Two accepted now: one place is too few.
		expect(await refused(move(representative, { ...moved, places: 1 }))).toBe('invalid:common.formHasErrors');
	});

	it('a shift with hours recorded cannot be deleted; another is cancelled and its volunteers told', async () => {
		const { id } = await createVolunteerOpportunity(contextOf(test.db, officeId, coordinator), {
			input: form({
				shiftDate: [day(10), day(12)],
				shiftFrom: ['10:00', '10:00'],
				shiftTo: ['14:00', '14:00'],
				shiftPlaces: ['5', '5']
			}),
			publish: true,
			now: NOW
		});
		const shifts = await test.db
			.select()
			.from(volunteerShifts)
			.where(eq(volunteerShifts.opportunityId, id))
			.orderBy(volunteerShifts.startsAt);
		const person = await volunteer('1995-03-03');
		const worked = await apply(person, id, { shiftId: shifts[0].id });
		const cancelled = await apply(person, id, { shiftId: shifts[1].id });
		for (const outcome of [worked, cancelled])
			await decideApplication(contextOf(test.db, officeId, coordinator), {
				applicationId: outcome.application.id,
				decision: 'accept',
				reason: '',
				now: NOW
			});
		await recordHours(contextOf(test.db, officeId, coordinator), {
			applicationId: worked.application.id,
			minutes: 180,
			now: new Date(NOW.getTime() + 11 * DAY)
		});
		expect(
			await refused(deleteVolunteerShift(contextOf(test.db, officeId, coordinator), { shiftId: shifts[0].id }))
		).toBe('conflict:volunteering.shift.hasHours');
		expect(
			await refused(deleteVolunteerShift(contextOf(test.db, officeId, representative), { shiftId: shifts[1].id }))
		).toBe('forbidden:error.403.text');
		expect(await deleteVolunteerShift(contextOf(test.db, officeId, coordinator), { shiftId: shifts[1].id })).toEqual({
			told: 1
		});
		const left = await test.db.select().from(volunteerShifts).where(eq(volunteerShifts.opportunityId, id));
		expect(left.map((shift) => shift.id)).toEqual([shifts[0].id]);
		const told = await test.db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, person.email));
		expect(told.some((message) => message.subject.startsWith('Смена је отказана'))).toBe(true);
		const audit = await test.db.select().from(auditLog).where(eq(auditLog.entityId, id));
		expect(audit.map((entry) => entry.action)).toContain('volunteering.shift.deleted');
	});

	it('100 concurrent applications for 10 places: exactly 10 accepted, 90 waitlisted', async () => {
		const { id } = await createVolunteerOpportunity(contextOf(test.db, officeId, coordinator), {
			input: form({ autoAccept: 'on' }),
			publish: true,
			now: NOW
		});
		const shift = await shiftOf(id);
		const people = [];
		for (let index = 0; index < 100; index++) people.push(await volunteer('2000-01-01'));
		const outcomes = await Promise.all(people.map((person) => apply(person, id, { shiftId: shift.id })));
		expect(outcomes.filter((outcome) => outcome.status === 'accepted')).toHaveLength(10);
		expect(outcomes.filter((outcome) => outcome.status === 'waitlisted')).toHaveLength(90);
		const page = await getPublicVolunteering(
			test.db,
			officeId,
			(await listOrganisedOpportunities(contextOf(test.db, officeId, coordinator))).find((row) => row.id === id)!.slug,
			NOW
		);
		expect(page?.shifts[0].placesLeft).toBe(0);
		// Concurrent acceptances of the waitlisted cannot overfill the shift either.
		const results = await Promise.allSettled(
			outcomes
				.filter((outcome) => outcome.status === 'waitlisted')
				.slice(0, 20)
				.map((outcome) =>
					decideApplication(contextOf(test.db, officeId, coordinator), {
						applicationId: outcome.application.id,
						decision: 'accept',
						reason: ''
					})
				)
		);
		expect(results.every((result) => result.status === 'rejected')).toBe(true);
		const accepted = await test.db
			.select()
			.from(volunteerApplications)
			.where(and(eq(volunteerApplications.shiftId, shift.id), eq(volunteerApplications.status, 'accepted')));
		expect(accepted).toHaveLength(10);
	});
});

describe('warnings to organisers', () => {
	it('a shift short of volunteers soon, waiting applications and a minor waiting for consent: e-mailed once, counted on the dashboard', async () => {
		const soon = new Date(NOW.getTime() + 2 * DAY).toISOString().slice(0, 10);
		const { id } = await createVolunteerOpportunity(contextOf(test.db, officeId, representative), {
			input: form({ title: 'Сађење дрвећа', shiftDate: [soon], shiftPlaces: ['3'] }),
			publish: true,
			now: NOW
		});
		await reviewVolunteerOpportunity(contextOf(test.db, officeId, coordinator), { id, decision: 'publish', note: '' });
		const shift = await shiftOf(id);
		const fourDaysAgo = new Date(NOW.getTime() - 4 * DAY);
		await apply(await volunteer('1994-04-04'), id, { shiftId: shift.id }, fourDaysAgo);
		await apply(
			await volunteer('2010-04-04'),
			id,
			{ shiftId: shift.id, guardianName: 'Мама Лазић', guardianEmail: 'mama.lazic@example.test' },
			fourDaysAgo
		);
		const dashboard = await volunteeringManifest.dashboard!(test.db, officeId, coordinator, NOW);
		expect(dashboard.map((item) => item.labelKey)).toEqual(
			expect.arrayContaining(['volunteering.dashboard.understaffed', 'volunteering.dashboard.awaitingConsent'])
		);
		expect(await volunteeringManifest.dashboard!(test.db, officeId, representative, NOW)).toEqual([]);

		const job = volunteeringManifest.jobs!.find((entry) => entry.name.startsWith('volunteering'))!;
		const toRepresentative = () =>
			test.db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, representative.email));
		const before = (await toRepresentative()).length;
		expect(await job.run(test.db, NOW)).toBeGreaterThanOrEqual(3);
		const warnings = (await toRepresentative()).slice(before);
		expect(warnings.map((message) => message.subject).sort()).toEqual([
			'Пријава малолетника чека сагласност: Сађење дрвећа',
			'Пријаве чекају одлуку: Сађење дрвећа',
			'Смени недостају волонтери: Сађење дрвећа'
		]);
		expect(warnings.every((message) => message.textBody.includes(`/account/volunteering/organise/${id}`))).toBe(true);
		// Once each: a second run sends nothing new about them.
		await job.run(test.db, new Date(NOW.getTime() + HOUR));
		expect(await toRepresentative()).toHaveLength(before + 3);
	});
});

describe('hours, check-in and the action plan’s figures', () => {
	it('records hours by card at a shift, refuses more than the shift lasted, audits corrections and counts them', async () => {
		const { id } = await createVolunteerOpportunity(contextOf(test.db, officeId, representative), {
			input: form({ shiftDate: [day(-2)], autoAccept: 'on' }),
			publish: true,
			now: new Date(NOW.getTime() - 5 * DAY)
		});
		await reviewVolunteerOpportunity(contextOf(test.db, officeId, coordinator), { id, decision: 'publish', note: '' });
		const shift = await shiftOf(id);
		const person = await volunteer('2001-02-02');
		const { application } = await applyToVolunteer(contextOf(test.db, officeId, person), {
			opportunityId: id,
			input: v.parse(applicationInput, { shiftId: shift.id }),
			locale: 'sr-Cyrl',
			now: new Date(NOW.getTime() - 5 * DAY)
		});
		expect(application.status).toBe('accepted');
		const year = Number(day(-2).slice(0, 4));
		const before = await countHoursByYear(test.db, officeId, [year]);
		const my = await getMyVolunteering(contextOf(test.db, officeId, person));
		const ctx = contextOf(test.db, officeId, representative);
		expect(
			await refused(
				recordHoursByCard(ctx, { shiftId: shift.id, card: my!.profile.cardNumber, minutes: 5 * 60, now: NOW })
			)
		).toBe('invalid:common.formHasErrors');
		expect(
			await refused(
				recordHoursByCard(contextOf(test.db, officeId, otherRepresentative), {
					shiftId: shift.id,
					card: my!.profile.cardNumber,
					minutes: 60,
					now: NOW
				})
			)
		).toBe('forbidden:error.403.text');
		expect(
			await recordHoursByCard(ctx, {
				shiftId: shift.id,
				card: `https://mladi.test/volunteering/card/${my!.profile.cardCode}`,
				minutes: 4 * 60,
				now: NOW
			})
		).toEqual({ volunteerName: person.name, corrected: false });
		expect((await countHoursByYear(test.db, officeId, [year])).get(year)).toBe(before.get(year)! + 4);
		expect(await recordHours(ctx, { applicationId: application.id, minutes: 3 * 60, now: NOW })).toMatchObject({
			corrected: true
		});
		expect((await countHoursByYear(test.db, officeId, [year])).get(year)).toBe(before.get(year)! + 3);
		const corrections = await test.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'volunteering.hours.corrected'));
		expect(corrections.at(-1)?.details).toMatchObject({ before: { minutes: 240 }, after: { minutes: 180 } });
		expect((await countVolunteersByYear(test.db, officeId, [year])).get(year)).toBeGreaterThanOrEqual(1);
		// The card's public page: name, number, validity; hours only when the volunteer allows.
		const card = await getCardVerification(test.db, my!.profile.cardCode);
		expect(card).toMatchObject({ name: person.name, cardNumber: my!.profile.cardNumber, minutes: null });
		expect(JSON.stringify(card)).not.toContain(person.email);
	});

	it('claimed hours count once the organiser approves them', async () => {
		const opportunity = await createVolunteerOpportunity(contextOf(test.db, officeId, coordinator), {
			input: form({
				isOpenEnded: 'on',
				hoursPerWeek: '4',
				startsOn: day(-30),
				endsOn: day(60),
				shiftDate: [],
				shiftFrom: [],
				shiftTo: [],
				shiftPlaces: [],
				autoAccept: 'on'
			}),
			publish: true,
			now: NOW
		});
		const person = await volunteer('1998-08-08');
		const { application } = await apply(person, opportunity.id);
		expect(application.status).toBe('accepted');
		const year = Number(day(-3).slice(0, 4));
		const before = (await countHoursByYear(test.db, officeId, [year])).get(year)!;
		const claim = await claimHours(contextOf(test.db, officeId, person), {
			applicationId: application.id,
			minutes: 120,
			workedOn: day(-3),
			task: 'Клуб',
			now: NOW
		});
		expect(
			await refused(
				claimHours(contextOf(test.db, officeId, person), {
					applicationId: application.id,
					minutes: 60,
					workedOn: day(3),
					task: '',
					now: NOW
				})
			)
		).toBe('invalid:common.formHasErrors');
		expect((await countHoursByYear(test.db, officeId, [year])).get(year)).toBe(before);
		// The list the dashboard's "hours claims waiting" leads to shows the claim on its opportunity.
		const claimsOnList = async () =>
			(await listOrganisedOpportunities(contextOf(test.db, officeId, coordinator))).find(
				(row) => row.id === opportunity.id
			)!.claims;
		expect(await claimsOnList()).toBe(1);
		const sorted = await listOrganisedOpportunities(contextOf(test.db, officeId, coordinator), {
			column: 'applications',
			direction: 'desc'
		});
		expect(sorted.length).toBeGreaterThan(0);
		expect(
			await refused(decideHoursClaim(contextOf(test.db, officeId, stranger), { hoursId: claim.id, approve: true }))
		).toBe('forbidden:error.403.text');
		await decideHoursClaim(contextOf(test.db, officeId, coordinator), { hoursId: claim.id, approve: true });
		expect(await claimsOnList()).toBe(0);
		expect((await countHoursByYear(test.db, officeId, [year])).get(year)).toBe(before + 2);
		const source = volunteeringManifest.indicatorSources!.find((item) => item.key === 'volunteering.hours')!;
		expect((await source.countByYear(test.db, { officeId, measureIds: [], years: [year], now: NOW })).get(year)).toBe(
			before + 2
		);
	});
});

describe('demo office and personal data', () => {
	it('seeds and removes the demo volunteer service', async () => {
		const office = await createOffice(test.db, { isDefault: false });
		await seedDemoVolunteering(test.db, office.id, NOW);
		const rows = await test.db
			.select()
			.from(volunteerOpportunities)
			.where(eq(volunteerOpportunities.officeId, office.id));
		expect(rows).toHaveLength(DEMO_OPPORTUNITY_COUNT);
		const items = await volunteeringManifest.dashboard!(test.db, office.id, coordinator, NOW);
		expect(items.map((item) => item.labelKey)).toEqual(
			expect.arrayContaining(['volunteering.dashboard.longTerm', 'volunteering.dashboard.applications'])
		);
		await removeDemoVolunteering(test.db, office.id);
		expect(await test.db.select().from(volunteerProfiles).where(eq(volunteerProfiles.officeId, office.id))).toEqual([]);
	});

	it('exports and erases a volunteer, keeping the hours counted', async () => {
		const person = await volunteer('2002-02-02');
		const subject = { officeId, userId: person.userId, email: person.email, phone: null };
		const sections = await volunteeringManifest.personalData!.export(test.db, subject);
		expect(sections[0].records[0]).toMatchObject({ name: person.name });
		expect(await volunteeringManifest.personalData!.erase(test.db, subject, NOW)).toBeGreaterThan(0);
		expect(await volunteeringManifest.personalData!.export(test.db, subject)).toEqual([]);
	});
});

describe('statistics', () => {
	it('staff read the year’s statistics with small groups hidden (audited); organisers are refused', async () => {
		const office = await createOffice(test.db, { isDefault: false });
		const staffMember = await createPerson(test.db, { officeId: office.id, roles: ['staff'] });
		await seedDemoVolunteering(test.db, office.id, NOW);
		const year = Number(day(0).slice(0, 4));
		const statistics = await getVolunteeringStatistics(contextOf(test.db, office.id, staffMember), year);
		expect(statistics.volunteers).toBeGreaterThan(0);
		expect(statistics.hours).toBe((await countHoursByYear(test.db, office.id, [year])).get(year));
		for (const line of [...statistics.byGender, ...statistics.byAgeBand, ...statistics.byOrganiser]) {
			if (line.volunteers !== null) expect(line.volunteers).toBeGreaterThanOrEqual(5);
		}
		const audit = await test.db.select().from(auditLog).where(eq(auditLog.action, 'volunteering.statistics.viewed'));
		expect(audit.length).toBeGreaterThan(0);
		expect(await refused(getVolunteeringStatistics(contextOf(test.db, officeId, representative), year))).toBe(
			'forbidden:error.403.text'
		);
	});
	it('exports the year as XLSX (counts as numbers, hidden groups as "<5") and as CSV, audited with the format', async () => {
		const office = await createOffice(test.db, { isDefault: false });
		const staffMember = await createPerson(test.db, { officeId: office.id, roles: ['staff'] });
		await seedDemoVolunteering(test.db, office.id, NOW);
		const year = Number(day(0).slice(0, 4));
		const ctx = contextOf(test.db, office.id, staffMember);
		const statistics = await getVolunteeringStatistics(ctx, year);
		const options = { year, locale: 'en' as const, keepLatin: [] };
		const file = await exportVolunteeringStatistics(ctx, { ...options, format: 'xlsx' });
		expect(file.filename).toBe(`volonterstvo-${year}.xlsx`);
		expect(file.contentType).toContain('spreadsheetml');
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(file.body.buffer as ArrayBuffer);
		const rows: unknown[][] = [];
		workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
		expect(rows[0]).toEqual([`Volunteering statistics ${year}`]);
		expect(rows).toContainEqual([year, statistics.volunteers, statistics.hours]);
		expect(rows.some((row) => row[0] === 'By gender')).toBe(true);
		const hiddenLines = statistics.byOrganiser.filter((line) => line.volunteers === null).length;
		expect(rows.filter((row) => row[1] === '<5').length).toBeGreaterThanOrEqual(hiddenLines);
		const csv = await exportVolunteeringStatistics(ctx, { ...options, locale: 'sr-Cyrl', format: 'csv' });
		// The byte-order mark lets spreadsheet programs read Cyrillic (TextDecoder drops it from the text).
		expect([...csv.body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder().decode(csv.body);
		expect(text.startsWith(`Статистика волонтирања ${year}`)).toBe(true);
		expect(text).toContain('По полу');
		const audit = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'volunteering.statistics.exported'), eq(auditLog.officeId, office.id)));
		expect(audit.map((entry) => (entry.details as { format: string }).format).sort()).toEqual(['csv', 'xlsx']);
		expect(
			await refused(
				exportVolunteeringStatistics(contextOf(test.db, officeId, representative), { ...options, format: 'xlsx' })
			)
		).toBe('forbidden:error.403.text');
	});
});
