import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { auditLog, outboxMessages } from '../../server/db/core-schema.ts';
import type { Actor } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import { organisationRepresentatives, organisations } from '../organisations/schema.ts';
import { parseCallForm } from './inputs.ts';
import { parseApplicationForm, type ApplicationInput } from './application-inputs.ts';
import { createCall } from './commands/save-call.server.ts';
import { startApplication } from './commands/start-application.server.ts';
import { saveApplication } from './commands/save-application.server.ts';
import { submitApplication } from './commands/submit-application.server.ts';
import {
	getOwnApplication,
	listApplyChoices,
	listAssociationsToRepresent,
	listMyApplications
} from './application-queries.server.ts';
import { requestListing } from '../organisations/commands/request-listing.server.ts';
import { claimOrganisation } from '../organisations/commands/claim-organisation.server.ts';
import { decideClaim } from '../organisations/commands/decide-claim.server.ts';
import { decideListing } from '../organisations/commands/decide-listing.server.ts';
import { getApplicationForStaff, listApplicationsForStaff, listCallsForAdmin } from './queries.server.ts';
import { checkApplication } from './commands/check-application.server.ts';
import { callApplications } from './schema.ts';
import { eraseCallsData, exportCallsData } from './personal-data.server.ts';

const OPEN = new Date('2026-03-10T10:00:00.000Z');
// 15:00 in Belgrade on 31 March 2026 (summer time).
const CLOSES = new Date('2026-03-31T13:00:00.000Z');

let test: TestDatabase;
let officeId: string;
let coordinator: Actor;
let groupLeader: Actor;
let stranger: Actor;
let representative: Actor;
let secondRepresentative: Actor;
let organisationId: string;

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
	groupLeader = await createPerson(test.db, { officeId });
	stranger = await createPerson(test.db, { officeId });
	representative = await createPerson(test.db, { officeId, roles: ['association_representative'] });
	secondRepresentative = await createPerson(test.db, { officeId, roles: ['association_representative'] });
	const [organisation] = await test.db
		.insert(organisations)
		.values({ officeId, slug: 'mladi-ivanjice', name: 'Удружење Млади Ивањице', type: 'youth_association' })
		.returning();
	organisationId = organisation.id;
	for (const person of [representative, secondRepresentative]) {
		await test.db
			.insert(organisationRepresentatives)
			.values({ organisationId, userId: person.userId, officeId, status: 'approved' });
	}
	const form = (title: string, types: string[], coFinancing: string) =>
		parseCallForm({
			title,
			totalBudget: '1000000',
			minPerProject: '50000',
			maxPerProject: '200000',
			coFinancingPercent: coFinancing,
			applicantTypes: types,
			groupMinMembers: '5',
			tieRule: 'first_criterion',
			opensDate: '2026-03-01',
			opensTime: '08:00',
			closesDate: '2026-03-31',
			closesTime: '15:00',
			status: 'published',
			'criteria[0].name': 'Квалитет',
			'criteria[0].maxPoints': '100',
			'categories[0].key': 'material',
			'categories[0].name': 'Материјал',
			'categories[1].key': 'salaries',
			'categories[1].name': 'Плате',
			'categories[1].kind': 'ineligible',
			'questions[0].key': 'reach',
			'questions[0].text': 'Кога ћете укључити?',
			'questions[0].required': 'required'
		});
	const groups = form('Конкурс за групе', ['informal_group'], '0');
	const associations = form('Конкурс за удружења', ['youth_association'], '10');
	if (!groups.ok || !associations.ok) throw new Error('call form');
	const ctx = contextOf(test.db, officeId, coordinator);
	await createCall(ctx, { ...groups.data, now: OPEN });
	await createCall(ctx, { ...associations.data, now: OPEN });
});
afterAll(() => test.close());

/** A complete application of an informal group, as the form sends it. */
function groupForm(overrides: Record<string, string> = {}): Record<string, string> {
	const members = [
		['Ана Петровић', '2008'],
		['Марко Јовановић', '2010'],
		['Јелена Илић', '2009'],
		['Стефан Радовић', '2011'],
		['Милица Томић', '2010']
	];
	return {
		version: '1',
		applicantName: 'Група Кварт',
		contactEmail: 'kvart@example.test',
		title: 'Уређење клупа у парку',
		summary: 'Млади из насеља обнављају клупе и праве кутак за дружење.',
		need: 'Млади немају где да се окупљају.',
		targetGroup: 'Млади од 15 до 20 година из насеља.',
		results: 'Десет обновљених клупа.',
		'activities[0].title': 'Набавка материјала',
		'activities[0].from': '2026-05',
		'activities[0].to': '2026-05',
		'budget[0].categoryKey': 'material',
		'budget[0].description': 'Боја и даске',
		'budget[0].quantity': '10',
		'budget[0].unitPrice': '12.000',
		'budget[0].coFinanced': '0',
		'answer.reach': 'Позваћемо младе из ромског насеља.',
		...Object.fromEntries(
			members.flatMap(([name, year], index) => [
				[`members[${index}].name`, name],
				[`members[${index}].birthYear`, year]
			])
		),
		...overrides
	};
}

function input(values: Record<string, string>): ApplicationInput {
	const parsed = parseApplicationForm(values, ['reach']);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.data;
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; key: string; fields: string[] }> {
	try {
		await promise;
	} catch (caught) {
		if (isAppError(caught))
			return { code: caught.code, key: caught.messageKey, fields: Object.keys(caught.fieldErrors).sort() };
		throw caught;
	}
	throw new Error('expected a refusal');
}

describe('an informal group applies', () => {
	let id: string;

	it('starts one draft per group and call, and saves it with the request computed on the server', async () => {
		const ctx = contextOf(test.db, officeId, groupLeader);
		({ id } = await startApplication(ctx, {
			callSlug: 'konkurs-za-grupe',
			applicantType: 'informal_group',
			now: OPEN
		}));
		const again = await startApplication(ctx, {
			callSlug: 'konkurs-za-grupe',
			applicantType: 'informal_group',
			now: OPEN
		});
		expect(again.id).toBe(id);
		await saveApplication(ctx, { id, input: input(groupForm()), now: OPEN });
		const own = await getOwnApplication(ctx, id, OPEN);
		expect(own.application.requested).toBe(120_000);
		expect(own.application.totals).toMatchObject({ total: 120_000, requested: 120_000 });
	});

	it('keeps other people out: a stranger gets "not found", and sees nothing in their list', async () => {
		const ctx = contextOf(test.db, officeId, stranger);
		expect(await refusal(getOwnApplication(ctx, id, OPEN))).toMatchObject({ code: 'not_found' });
		expect(await refusal(saveApplication(ctx, { id, input: input(groupForm()), now: OPEN }))).toMatchObject({
			code: 'not_found'
		});
		expect(await refusal(submitApplication(ctx, { id, locale: 'sr-Cyrl', now: OPEN }))).toMatchObject({
			code: 'not_found'
		});
		expect(await listMyApplications(ctx, OPEN)).toEqual([]);
	});

	it('refuses a group too small, a member too old, a budget over the maximum, a missing answer — keeping the draft', async () => {
		const ctx = contextOf(test.db, officeId, groupLeader);
		await saveApplication(ctx, {
			id,
			input: input(
				groupForm({
					'members[4].name': '',
					'members[4].birthYear': '',
					'members[3].birthYear': '1980',
					'budget[0].quantity': '30',
					'answer.reach': ''
				})
			),
			now: OPEN
		});
		expect(await refusal(submitApplication(ctx, { id, locale: 'sr-Cyrl', now: OPEN }))).toEqual({
			code: 'invalid',
			key: 'calls.apply.incomplete',
			fields: ['answer.reach', 'budget', 'members', 'members[3].birthYear']
		});
		const [kept] = await test.db.select().from(callApplications).where(eq(callApplications.id, id));
		expect(kept).toMatchObject({ status: 'draft', requested: 360_000 });
	});

	it('refuses a submission one second after the deadline by the server clock', async () => {
		const ctx = contextOf(test.db, officeId, groupLeader);
		await saveApplication(ctx, { id, input: input(groupForm()), now: OPEN });
		const late = new Date(CLOSES.getTime() + 1000);
		expect(await refusal(submitApplication(ctx, { id, locale: 'sr-Cyrl', now: late }))).toMatchObject({
			code: 'invalid',
			key: 'calls.apply.deadlinePassed'
		});
		expect(await refusal(saveApplication(ctx, { id, input: input(groupForm()), now: CLOSES }))).toMatchObject({
			key: 'calls.apply.deadlinePassed'
		});
	});

	it('submits just before the deadline, numbers it, e-mails a receipt with a link, and then freezes it', async () => {
		const ctx = contextOf(test.db, officeId, groupLeader);
		const justInTime = new Date(CLOSES.getTime() - 1000);
		const { reference } = await submitApplication(ctx, { id, locale: 'sr-Latn', now: justInTime });
		expect(reference).toBe('P-2026-0001');
		const mail = await test.db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, 'kvart@example.test'));
		expect(mail).toHaveLength(1);
		expect(mail[0].subject).toContain('P-2026-0001');
		expect(mail[0].textBody).toContain(`/lat/account/applications/${id}`);
		expect(mail[0].textBody).toContain('Uređenje klupa u parku');
		expect(await refusal(saveApplication(ctx, { id, input: input(groupForm()), now: justInTime }))).toMatchObject({
			code: 'conflict'
		});
	});
});

describe('an association applies through its representatives', () => {
	it('refuses someone who does not represent the association, and a type the call does not take', async () => {
		expect(
			await refusal(
				startApplication(contextOf(test.db, officeId, stranger), {
					callSlug: 'konkurs-za-udruzenja',
					applicantType: 'youth_association',
					organisationId,
					now: OPEN
				})
			)
		).toMatchObject({ key: 'calls.apply.notRepresentative' });
		expect(
			await refusal(
				startApplication(contextOf(test.db, officeId, representative), {
					callSlug: 'konkurs-za-udruzenja',
					applicantType: 'informal_group',
					now: OPEN
				})
			)
		).toMatchObject({ key: 'calls.apply.typeNotAccepted' });
	});

	it('lets two representatives edit one draft; the later save wins and is told', async () => {
		const first = contextOf(test.db, officeId, representative);
		const second = contextOf(test.db, officeId, secondRepresentative);
		const { id } = await startApplication(first, {
			callSlug: 'konkurs-za-udruzenja',
			applicantType: 'youth_association',
			organisationId,
			now: OPEN
		});
		const same = await startApplication(second, {
			callSlug: 'konkurs-za-udruzenja',
			applicantType: 'youth_association',
			organisationId,
			now: OPEN
		});
		expect(same.id).toBe(id);
		// Both opened version 1; the first saves, then the second saves over it.
		expect(await saveApplication(first, { id, input: input(groupForm({ title: 'Прва' })), now: OPEN })).toEqual({
			version: 2,
			savedOverSomeoneElse: false
		});
		expect(await saveApplication(second, { id, input: input(groupForm({ title: 'Друга' })), now: OPEN })).toEqual({
			version: 3,
			savedOverSomeoneElse: true
		});
		const [row] = await test.db
			.select()
			.from(callApplications)
			.where(and(eq(callApplications.id, id)));
		expect(row.title).toBe('Друга');
		// The association's name comes from the directory, whatever the form sends.
		expect(row.applicantName).toBe('Удружење Млади Ивањице');
		expect((await listMyApplications(second, OPEN)).map((application) => application.id)).toContain(id);
	});

	it('refuses a budget without the call’s co-financing share', async () => {
		const ctx = contextOf(test.db, officeId, representative);
		const [{ id }] = await listMyApplications(ctx, OPEN);
		await saveApplication(ctx, { id, input: input(groupForm({ version: '3' })), now: OPEN });
		expect((await refusal(submitApplication(ctx, { id, locale: 'sr-Cyrl', now: OPEN }))).fields).toEqual(['budget']);
	});
});

describe('an association that is not in the directory yet applies', () => {
	const associationForm = (version: string) =>
		input(groupForm({ version, 'budget[0].coFinanced': '12.000', applicantName: 'Било шта' }));

	it('lists a new association while applying: the draft waits, and is submitted once staff approve both requests', async () => {
		const newcomer = await createPerson(test.db, { officeId });
		const ctx = contextOf(test.db, officeId, newcomer);
		expect((await listApplyChoices(ctx, ['youth_association'])).organisations).toEqual([]);
		await requestListing(ctx, {
			name: 'Удружење Нови талас',
			type: 'youth_association',
			areas: [],
			description: 'Млади из Ивањице уређују јавне просторе.',
			email: 'novi.talas@example.test',
			consent: true,
			homepage: '',
			locale: 'sr-Cyrl',
			clientAddress: '10.0.0.18'
		});
		const choices = await listApplyChoices(ctx, ['youth_association']);
		expect(choices).toMatchObject({
			acceptsAssociations: true,
			organisations: [{ name: 'Удружење Нови талас', isAwaitingApproval: true }]
		});
		const newOrganisationId = choices.organisations[0].id;
		const { id } = await startApplication(ctx, {
			callSlug: 'konkurs-za-udruzenja',
			applicantType: 'youth_association',
			organisationId: newOrganisationId,
			now: OPEN
		});
		// The draft is theirs to fill in, clearly waiting.
		await saveApplication(ctx, { id, input: associationForm('1'), now: OPEN });
		expect((await getOwnApplication(ctx, id, OPEN)).application).toMatchObject({
			representation: 'pending',
			applicantName: 'Удружење Нови талас'
		});
		expect(await listMyApplications(ctx, OPEN)).toMatchObject([{ id, isAwaitingApproval: true }]);
		const refusedWhileWaiting = { code: 'invalid', key: 'calls.apply.awaitingApproval', fields: [] };
		expect(await refusal(submitApplication(ctx, { id, locale: 'sr-Cyrl', now: OPEN }))).toEqual(refusedWhileWaiting);

		// Staff list the association: the claim still waits.
		const staff = contextOf(test.db, officeId, coordinator);
		await decideListing(staff, { organisationId: newOrganisationId, decision: 'approve' });
		expect(await refusal(submitApplication(ctx, { id, locale: 'sr-Cyrl', now: OPEN }))).toEqual(refusedWhileWaiting);
		const [kept] = await test.db.select().from(callApplications).where(eq(callApplications.id, id));
		expect(kept).toMatchObject({ status: 'draft', reference: null, title: 'Уређење клупа у парку' });

		await decideClaim(staff, { organisationId: newOrganisationId, userId: newcomer.userId, decision: 'approve' });
		expect((await getOwnApplication(ctx, id, OPEN)).application.representation).toBe('approved');
		expect(await listMyApplications(ctx, OPEN)).toMatchObject([{ id, isAwaitingApproval: false }]);
		expect((await submitApplication(ctx, { id, locale: 'sr-Cyrl', now: OPEN })).reference).toMatch(/^P-2026-\d{4}$/);
	});

	it('asks to represent a listed association while applying; a refused claim cannot start or submit', async () => {
		const [listed] = await test.db
			.insert(organisations)
			.values({ officeId, slug: 'mladi-arilja', name: 'Млади Ариља', type: 'youth_association' })
			.returning();
		const [claimant, refused] = await Promise.all([
			createPerson(test.db, { officeId }),
			createPerson(test.db, { officeId })
		]);
		const staff = contextOf(test.db, officeId, coordinator);
		for (const person of [claimant, refused])
			await claimOrganisation(contextOf(test.db, officeId, person), {
				slug: 'mladi-arilja',
				role: 'секретар',
				message: '',
				consent: true
			});
		await decideClaim(staff, { organisationId: listed.id, userId: refused.userId, decision: 'reject' });

		const ctx = contextOf(test.db, officeId, claimant);
		expect((await listApplyChoices(ctx, ['youth_association'])).organisations).toMatchObject([
			{ id: listed.id, isAwaitingApproval: true }
		]);
		const start = { callSlug: 'konkurs-za-udruzenja', applicantType: 'youth_association' as const, now: OPEN };
		const { id } = await startApplication(ctx, { ...start, organisationId: listed.id });
		await saveApplication(ctx, { id, input: associationForm('1'), now: OPEN });
		expect(await refusal(submitApplication(ctx, { id, locale: 'sr-Cyrl', now: OPEN }))).toMatchObject({
			key: 'calls.apply.awaitingApproval'
		});

		// Someone whose claim was refused is offered nothing and cannot start or open the draft.
		const refusedCtx = contextOf(test.db, officeId, refused);
		expect((await listApplyChoices(refusedCtx, ['youth_association'])).organisations).toEqual([]);
		expect(await refusal(startApplication(refusedCtx, { ...start, organisationId: listed.id }))).toMatchObject({
			key: 'calls.apply.notRepresentative'
		});
		expect(await refusal(getOwnApplication(refusedCtx, id, OPEN))).toMatchObject({ code: 'not_found' });

		await decideClaim(staff, { organisationId: listed.id, userId: claimant.userId, decision: 'approve' });
		expect((await submitApplication(ctx, { id, locale: 'sr-Cyrl', now: OPEN })).reference).toMatch(/^P-2026-/);
	});

	it('does not hand an association’s existing draft to someone whose claim still waits', async () => {
		const waiting = await createPerson(test.db, { officeId });
		const ctx = contextOf(test.db, officeId, waiting);
		await claimOrganisation(ctx, { slug: 'mladi-ivanjice', role: 'члан', message: '', consent: true });
		expect(
			await refusal(
				startApplication(ctx, {
					callSlug: 'konkurs-za-udruzenja',
					applicantType: 'youth_association',
					organisationId,
					now: OPEN
				})
			)
		).toMatchObject({ code: 'conflict', key: 'calls.apply.draftWaitsForApproval' });
	});

	it('offers the directory’s associations of the call’s types only, found in either script', async () => {
		const ctx = contextOf(test.db, officeId, stranger);
		await test.db
			.insert(organisations)
			.values({ officeId, slug: 'za-mlade-arilje', name: 'Центар за младе Ариље', type: 'association_for_youth' });
		const found = await listAssociationsToRepresent(ctx, ['youth_association', 'informal_group'], 'arilj');
		expect(found.map((row) => row.name)).toEqual(['Млади Ариља']);
		expect(
			(await listAssociationsToRepresent(ctx, ['youth_association', 'association_for_youth'], 'АРИЉ')).map(
				(row) => row.path
			)
		).toEqual(expect.arrayContaining(['/organisations/mladi-arilja', '/organisations/za-mlade-arilje']));
		expect(await listAssociationsToRepresent(ctx, ['informal_group'], '')).toEqual([]);
	});
});

describe('the office checks applications', () => {
	it('lists submitted applications to staff only, audits the reads, and asks for a completion that reopens the draft', async () => {
		const staffCtx = contextOf(test.db, officeId, coordinator);
		const [call] = (await listCallsForAdmin(staffCtx, OPEN)).filter((row) => row.slug === 'konkurs-za-grupe');
		const { applications } = await listApplicationsForStaff(staffCtx, call.id);
		expect(applications.map((application) => application.reference)).toEqual(['P-2026-0001']);
		expect(await refusal(listApplicationsForStaff(contextOf(test.db, officeId, groupLeader), call.id))).toMatchObject({
			code: 'forbidden'
		});
		const [id] = applications.map((application) => application.id);
		await getApplicationForStaff(staffCtx, call.id, id);
		const reads = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.actorUserId, coordinator.userId), eq(auditLog.action, 'calls.application.viewed')));
		expect(reads).toHaveLength(1);

		const afterClosing = new Date(CLOSES.getTime() + 86_400_000);
		await checkApplication(staffCtx, {
			id,
			input: {
				isComplete: false,
				isEligibleApplicant: true,
				isWithinLimits: true,
				outcome: 'completion',
				note: 'Приложите предрачун за материјал.',
				completionDue: '2026-04-08'
			},
			now: afterClosing
		});
		const mail = await test.db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, 'kvart@example.test'));
		expect(mail.map((message) => message.subject)).toContain('Допуна пријаве P-2026-0001');
		// The authors may now change and resubmit it after the call closed, until the day given, keeping its number.
		const author = contextOf(test.db, officeId, groupLeader);
		await saveApplication(author, { id, input: input(groupForm({ version: '0' })), now: afterClosing });
		expect(await submitApplication(author, { id, locale: 'sr-Cyrl', now: afterClosing })).toEqual({
			reference: 'P-2026-0001'
		});
		const tooLate = new Date('2026-04-08T22:01:00.000Z');
		await checkApplication(staffCtx, {
			id,
			input: {
				isComplete: false,
				isEligibleApplicant: true,
				isWithinLimits: true,
				outcome: 'completion',
				note: 'Још једном.',
				completionDue: '2026-04-08'
			},
			now: afterClosing
		});
		expect(await refusal(saveApplication(author, { id, input: input(groupForm()), now: tooLate }))).toMatchObject({
			key: 'calls.apply.deadlinePassed'
		});
	});
});

describe('the applicant’s data rights', () => {
	it('exports the person’s applications and erases their contact details, keeping submitted records', async () => {
		const subject = { officeId, userId: groupLeader.userId, email: groupLeader.email, phone: null };
		const [section] = await exportCallsData(test.db, subject);
		expect(section.records).toEqual([
			expect.objectContaining({ reference: 'P-2026-0001', contactEmail: 'kvart@example.test' })
		]);
		expect(await eraseCallsData(test.db, subject)).toBe(1);
		const [row] = await test.db.select().from(callApplications).where(eq(callApplications.reference, 'P-2026-0001'));
		expect(row).toMatchObject({ createdBy: null, contactEmail: '', reference: 'P-2026-0001' });
		expect(await exportCallsData(test.db, subject)).toEqual([]);
	});
});
