import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { auditLog } from '../../server/db/core-schema.ts';
import type { Actor } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import { events } from '../events/schema.ts';
import { actionPlans, planActivities, planAreas, planGoals, planMeasures } from '../action-plan/schema.ts';
import {
	organisationChanges,
	organisationContactLog,
	organisationContacts,
	organisationEvents,
	organisationMembers,
	organisationPlanActivities,
	organisationRepresentatives,
	organisations,
	partnershipAgreements
} from './schema.ts';
import { organisationInput, type OrganisationInput } from './inputs.ts';
import { createOrganisation } from './commands/create-organisation.server.ts';
import { updateOrganisation } from './commands/update-organisation.server.ts';
import { confirmOrganisation } from './commands/confirm-organisation.server.ts';
import { saveContact } from './commands/save-contact.server.ts';
import { removeContact } from './commands/remove-contact.server.ts';
import { addGroupMember } from './commands/group-members.server.ts';
import { addAgreement, linkActivity, linkEvent, logContact } from './commands/partnership.server.ts';
import { mergeOrganisations } from './commands/merge-organisations.server.ts';
import { confirmImport, getImport, previewImport, readWaitingImports } from './commands/import-organisations.server.ts';
import { organisationImports } from './schema.ts';
import { exportOrganisations, importTemplate } from './commands/export-organisations.server.ts';
import {
	ADMIN_ORGANISATION_SORT_COLUMNS,
	getOrganisationForAdmin,
	listOrganisationsForAdmin
} from './queries.server.ts';
import { listSortOf } from '../../server/list-sort.ts';
import { findDuplicateCandidates, listDuplicatePairs } from './duplicates.server.ts';
import { dismissDuplicatePair } from './commands/dismiss-duplicate.server.ts';
import { readSpreadsheet } from './spreadsheet-read.server.ts';
import { seedDemoPartnerships } from './seed-partnerships.server.ts';

let test: TestDatabase;
let officeId: string;
let coordinator: Actor;
let staff: Actor;
let youngPerson: Actor;

const ctx = (actor: Actor | null = coordinator) => contextOf(test.db, officeId, actor);

/** A typed form for a new organisation, as the route would parse it. */
function input(values: Record<string, string | string[]>): OrganisationInput {
	return v.parse(organisationInput, { areas: [], targetGroups: [], publicFields: [], ...values });
}

async function expectAppError(promise: Promise<unknown>, code: string, key?: string) {
	const caught = await promise.then(
		() => null,
		(error: unknown) => error
	);
	expect(isAppError(caught), String(caught)).toBe(true);
	if (!isAppError(caught)) return;
	expect(caught.code).toBe(code);
	if (key) expect(caught.messageKey.split('|')[0]).toBe(key);
}

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
	staff = await createPerson(test.db, { officeId, roles: ['staff'] });
	youngPerson = await createPerson(test.db, { officeId, roles: ['young_person'] });
});
afterAll(() => test.close());

describe('creating and editing organisations', () => {
	it('saves a new organisation with its history and an audit record, and lists it', async () => {
		const { id } = await createOrganisation(
			ctx(),
			input({
				name: 'Омладински клуб Голија',
				type: 'youth_association',
				areas: ['culture', 'participation'],
				memberCount: '30',
				youngMemberCount: '25',
				email: 'golija@example.test',
				contactName: 'Марија Петровић',
				contactEmail: 'marija@example.test'
			})
		);
		const history = await test.db.select().from(organisationChanges).where(eq(organisationChanges.organisationId, id));
		expect(history).toHaveLength(1);
		expect(history[0].status).toBe('applied');
		expect(history[0].changes).toContainEqual({ field: 'name', before: null, after: 'Омладински клуб Голија' });
		const audit = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'organisations.created')));
		expect(audit).toHaveLength(1);
		const list = await listOrganisationsForAdmin(ctx(staff), { q: 'golija' });
		expect(list.rows.map((row) => row.id)).toContain(id);
		const byArea = await listOrganisationsForAdmin(ctx(staff), { area: 'education' });
		expect(byArea.rows.map((row) => row.id)).not.toContain(id);
	});

	it('records each changed field before and after', async () => {
		const { id } = await createOrganisation(
			ctx(),
			input({ name: 'Клуб љубитеља шаха', type: 'association_for_youth' })
		);
		await updateOrganisation(ctx(), {
			...input({ name: 'Клуб љубитеља шаха', type: 'association_for_youth', address: 'Главна 1' }),
			id
		});
		const history = await test.db
			.select()
			.from(organisationChanges)
			.where(eq(organisationChanges.organisationId, id))
			.orderBy(organisationChanges.createdAt);
		expect(history.at(-1)!.changes).toEqual([{ field: 'address', before: '', after: 'Главна 1' }]);
	});

	it('refuses people who are not staff', async () => {
		await expectAppError(
			createOrganisation(ctx(youngPerson), input({ name: 'Туђе удружење', type: 'federation' })),
			'forbidden'
		);
		await expectAppError(listOrganisationsForAdmin(ctx(null)), 'unauthenticated');
	});

	it('refuses more young members than members', () => {
		const result = v.safeParse(organisationInput, {
			name: 'X',
			type: 'youth_association',
			memberCount: '10',
			youngMemberCount: '11'
		});
		expect(result.success).toBe(false);
	});

	it('marks it confirmed this year with "confirm now"', async () => {
		const { id } = await createOrganisation(ctx(), input({ name: 'Потврђено удружење', type: 'federation' }));
		expect((await listOrganisationsForAdmin(ctx(), { unconfirmed: true })).rows.map((row) => row.id)).toContain(id);
		await confirmOrganisation(ctx(), { id });
		expect((await listOrganisationsForAdmin(ctx(), { unconfirmed: true })).rows.map((row) => row.id)).not.toContain(id);
	});
});

describe('the back-office list sorted from its headings', () => {
	it('sorts the status column in the order staff read it, not by its codes', async () => {
		const sortOffice = (await createOffice(test.db, { isDefault: false })).id;
		const here = contextOf(
			test.db,
			sortOffice,
			await createPerson(test.db, { officeId: sortOffice, roles: ['staff'] })
		);
		const named = async (name: string, status: string) =>
			(await createOrganisation(here, input({ name, type: 'youth_association', status }))).id;
		// By code the order would be active, dissolved, inactive.
		const dissolved = await named('Прво удружење', 'dissolved');
		const inactive = await named('Друго удружење', 'inactive');
		const active = await named('Треће удружење', 'active');
		const ids = async (params: string) =>
			(
				await listOrganisationsForAdmin(
					here,
					{},
					listSortOf(new URLSearchParams(params), ADMIN_ORGANISATION_SORT_COLUMNS)
				)
			).rows.map((row) => row.id);
		expect(await ids('sort=status&dir=asc')).toEqual([active, inactive, dissolved]);
		expect(await ids('sort=status&dir=desc')).toEqual([dissolved, inactive, active]);
		// An unknown column keeps the list's own order (by name).
		expect(await ids('sort=slug&dir=asc')).toEqual([inactive, dissolved, active]);
	});
});

describe('informal groups', () => {
	it('refuses a group without an adult contact person', async () => {
		await expectAppError(
			createOrganisation(ctx(), input({ name: 'Група за рециклажу', type: 'informal_group' })),
			'invalid',
			'organisations.group.needsAdultContact'
		);
	});

	it('keeps the last adult contact and audits reading the people of a group', async () => {
		const { id } = await createOrganisation(
			ctx(),
			input({
				name: 'Млади еколози Ивањице',
				type: 'informal_group',
				contactName: 'Јован Јовић',
				contactPhone: '064 123 4567'
			})
		);
		const [contact] = await test.db
			.select()
			.from(organisationContacts)
			.where(eq(organisationContacts.organisationId, id));
		await expectAppError(removeContact(ctx(), { organisationId: id, contactId: contact.id }), 'invalid');
		await expectAppError(
			saveContact(ctx(), { ...contact, organisationId: id, contactId: contact.id, isAdult: false }),
			'invalid',
			'organisations.group.needsAdultContact'
		);
		await addGroupMember(ctx(), { organisationId: id, name: 'Ана', birthYear: 2008 });
		await addGroupMember(ctx(), { organisationId: id, name: 'Лука', birthYear: 2000 });
		const page = await getOrganisationForAdmin(ctx(staff), id);
		expect(page.members).toHaveLength(2);
		const reads = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'organisations.people.viewed')));
		expect(reads).toHaveLength(1);
	});

	it('does not make a contact public unless the organisation shows its contacts', async () => {
		const { id } = await createOrganisation(ctx(), input({ name: 'Приватни контакти', type: 'federation' }));
		const { id: contactId } = await saveContact(ctx(), {
			organisationId: id,
			contactId: null,
			name: 'Петар',
			role: '',
			email: 'petar@example.test',
			phone: '',
			isAdult: true,
			isPublic: true
		});
		const [saved] = await test.db.select().from(organisationContacts).where(eq(organisationContacts.id, contactId));
		expect(saved.isPublic).toBe(false);
	});
});

describe('duplicates across scripts', () => {
	it('finds "Удружење Млади Ивањице" when "Udruzenje mladi Ivanjice" is typed', async () => {
		const { id } = await createOrganisation(
			ctx(),
			input({ name: 'Удружење Млади Ивањице', type: 'youth_association', registrationNumber: '28 111 222' })
		);
		const found = await findDuplicateCandidates(test.db, officeId, {
			name: 'Udruzenje mladi Ivanjice',
			registrationNumber: ''
		});
		expect(found.map((candidate) => candidate.id)).toContain(id);
		const byNumber = await findDuplicateCandidates(test.db, officeId, {
			name: 'Нешто сасвим друго',
			registrationNumber: '28111222'
		});
		expect(byNumber[0]).toMatchObject({ id, reason: 'registration' });
		await expectAppError(
			createOrganisation(ctx(), input({ name: 'Udruzenje mladi Ivanjice', type: 'youth_association' })),
			'conflict',
			'organisations.form.duplicateWarning'
		);
		const { id: second } = await createOrganisation(
			ctx(),
			input({ name: 'Udruzenje mladi Ivanjice', type: 'youth_association', confirmDuplicate: 'on' })
		);
		const pairs = await listDuplicatePairs(test.db, officeId);
		expect(pairs.some((pair) => [pair.a.id, pair.b.id].sort().join() === [id, second].sort().join())).toBe(true);
	});
});

describe('the duplicate finder (13.18)', () => {
	it("ignores the municipality's name and common words, and never offers a dismissed pair again", async () => {
		const office = (await createOffice(test.db, { isDefault: false, municipality: 'Ивањица' })).id;
		const boss = await createPerson(test.db, { officeId: office, roles: ['coordinator'] });
		const here = (actor: Actor | null = boss) => contextOf(test.db, office, actor);
		const make = async (name: string) =>
			(await createOrganisation(here(), input({ name, type: 'public_institution', confirmDuplicate: 'on' }))).id;
		const gymnasium = await make('Гимназија Ивањица');
		const technical = await make('Техничка школа Ивањица');
		const culture = await make('Центар за културу Ивањица');
		const cultureLatin = await make('Centar za kulturu u Ivanjici');
		const same = (pair: { a: { id: string }; b: { id: string } }, x: string, y: string) =>
			[pair.a.id, pair.b.id].sort().join() === [x, y].sort().join();

		let pairs = await listDuplicatePairs(test.db, office);
		// "Ивањица" in both names no longer makes two schools look alike…
		expect(pairs.some((pair) => same(pair, gymnasium, technical))).toBe(false);
		// …while the same organisation written another way still does.
		expect(pairs.some((pair) => same(pair, culture, cultureLatin))).toBe(true);
		const found = await findDuplicateCandidates(test.db, office, {
			name: 'Gimnazija u Ivanjici',
			registrationNumber: ''
		});
		expect(found.map((candidate) => candidate.id)).toEqual([gymnasium]);

		// Staff dismiss the pair for good, audited; others cannot.
		await expect(dismissDuplicatePair(here(youngPerson), { first: culture, second: cultureLatin })).rejects.toThrow();
		await dismissDuplicatePair(here(), { first: cultureLatin, second: culture });
		await dismissDuplicatePair(here(), { first: culture, second: cultureLatin });
		pairs = await listDuplicatePairs(test.db, office);
		expect(pairs.some((pair) => same(pair, culture, cultureLatin))).toBe(false);
		const audits = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.officeId, office), eq(auditLog.action, 'organisations.duplicate_dismissed')));
		expect(audits).toHaveLength(2);
		// A record of another office cannot be named.
		await expectAppError(dismissDuplicatePair(ctx(), { first: culture, second: gymnasium }), 'not_found');
	});
});

describe('partnerships and merging', () => {
	it('moves everything to the kept record and hides the other', async () => {
		const { id: keep } = await createOrganisation(
			ctx(),
			input({
				name: 'Центар за културу',
				type: 'public_institution',
				contactName: 'Ирена',
				contactEmail: 'irena@example.test'
			})
		);
		const { id: other } = await createOrganisation(
			ctx(),
			input({
				name: 'Centar za kulturu',
				type: 'public_institution',
				website: 'https://kultura.example.test',
				confirmDuplicate: 'on',
				contactName: 'Милош',
				contactEmail: 'milos@example.test'
			})
		);
		const [event] = await test.db
			.insert(events)
			.values({
				officeId,
				slug: 'koncert',
				title: 'Концерт',
				startsAt: new Date('2026-06-01T18:00Z'),
				endsAt: new Date('2026-06-01T20:00Z')
			})
			.returning();
		const [plan] = await test.db
			.insert(actionPlans)
			.values({ officeId, slug: 'lap', title: 'ЛАП', firstYear: 2025, lastYear: 2029, status: 'adopted' })
			.returning();
		const [area] = await test.db.insert(planAreas).values({ officeId, planId: plan.id, name: 'Култура' }).returning();
		const [goal] = await test.db
			.insert(planGoals)
			.values({ officeId, planId: plan.id, areaId: area.id, title: 'Циљ' })
			.returning();
		const [measure] = await test.db
			.insert(planMeasures)
			.values({ officeId, planId: plan.id, goalId: goal.id, title: 'Мера' })
			.returning();
		const [activity] = await test.db
			.insert(planActivities)
			.values({ officeId, planId: plan.id, measureId: measure.id, title: 'Летњи фестивал', startYear: 2026 })
			.returning();

		await addAgreement(ctx(), {
			organisationId: other,
			kind: 'memorandum',
			title: 'Меморандум о сарадњи',
			signedOn: '2026-02-01',
			startsOn: null,
			endsOn: null,
			documentId: null,
			officeCommitments: '',
			partnerCommitments: ''
		});
		await logContact(ctx(), {
			organisationId: other,
			happenedOn: '2026-03-01',
			channel: 'meeting',
			subject: 'Договор',
			notes: ''
		});
		await linkEvent(ctx(), { organisationId: other, eventId: event.id });
		await linkEvent(ctx(), { organisationId: keep, eventId: event.id });
		await linkActivity(ctx(), { organisationId: other, activityId: activity.id, role: 'responsible' });
		await test.db
			.insert(organisationRepresentatives)
			.values({ organisationId: other, userId: youngPerson.userId, officeId });
		const [otherRow] = await test.db.select().from(organisations).where(eq(organisations.id, other));
		expect(otherRow.isPartner).toBe(true);
		const otherHistory = await test.db
			.select()
			.from(organisationChanges)
			.where(eq(organisationChanges.organisationId, other));
		const fields = otherHistory.flatMap((entry) => entry.changes.map((change) => change.field));
		expect(fields).toEqual(expect.arrayContaining(['agreement', 'isPartner', 'event', 'activity']));
		expect(fields).not.toContain('contactLog');
		const page = await getOrganisationForAdmin(ctx(), other);
		expect(page.timeline.map((entry) => entry.kind).sort()).toEqual(['activity', 'agreement', 'contact', 'event']);

		await expectAppError(
			mergeOrganisations(ctx(youngPerson), { keepId: keep, otherId: other, choices: {} }),
			'forbidden'
		);
		const result = await mergeOrganisations(ctx(), { keepId: keep, otherId: other, choices: { website: 'other' } });
		expect(result.moved).toMatchObject({
			contacts: 1,
			agreements: 1,
			contactLog: 1,
			representatives: 1,
			activities: 1
		});

		const [kept] = await test.db.select().from(organisations).where(eq(organisations.id, keep));
		expect(kept.website).toBe('https://kultura.example.test');
		expect(kept.name).toBe('Центар за културу');
		expect(kept.isPartner).toBe(true);
		const [merged] = await test.db.select().from(organisations).where(eq(organisations.id, other));
		expect(merged.mergedIntoId).toBe(keep);
		const count = async (
			table:
				| typeof organisationContacts
				| typeof partnershipAgreements
				| typeof organisationContactLog
				| typeof organisationMembers
		) => (await test.db.select().from(table).where(eq(table.organisationId, keep))).length;
		expect(await count(organisationContacts)).toBe(2);
		expect(await count(partnershipAgreements)).toBe(1);
		expect(await count(organisationContactLog)).toBe(1);
		expect(
			await test.db.select().from(organisationEvents).where(eq(organisationEvents.organisationId, keep))
		).toHaveLength(1);
		expect(
			await test.db.select().from(organisationPlanActivities).where(eq(organisationPlanActivities.organisationId, keep))
		).toHaveLength(1);
		expect(
			await test.db
				.select()
				.from(organisationRepresentatives)
				.where(eq(organisationRepresentatives.organisationId, keep))
		).toHaveLength(1);
		const list = await listOrganisationsForAdmin(ctx(), { q: 'kultur' });
		expect(list.rows.map((row) => row.id)).toEqual([keep]);
		const audit = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, keep), eq(auditLog.action, 'organisations.merged')));
		expect(audit).toHaveLength(1);
		await expectAppError(mergeOrganisations(ctx(), { keepId: keep, otherId: other, choices: {} }), 'invalid');
	});
});

function csvOf(lines: string[][]): Uint8Array {
	return new TextEncoder().encode(
		lines.map((line) => line.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(';')).join('\r\n')
	);
}

describe('import from a spreadsheet', () => {
	it('reports bad rows, saves good rows only after confirmation, and only once', async () => {
		const file = csvOf([
			['Назив', 'Vrsta', 'areas', 'Матични број', 'е-пошта', 'особа за контакт', 'телефон особе за контакт'],
			['Удружење Пчелица', 'удружење младих', 'образовање, kultura', '0123', 'pcelica@example.test', '', ''],
			['Ђачки парламент Гимназије', 'neformalna grupa mladih', 'participation', '', '', 'Милица', '065 111 222'],
			['', 'school', '', '', '', '', ''],
			['Непозната врста', 'кафана', 'education', '', '', '', ''],
			['Група без одраслог', 'informal_group', '', '', '', '', ''],
			['Лоша пошта', 'media', '', '', 'nije-adresa', '', ''],
			['Udruzenje Pcelica', 'youth_association', '', '', '', '', ''],
			['Udruzenje mladi Ivanjice', 'youth_association', '', '', '', '', '']
		]);
		const before = (await listOrganisationsForAdmin(ctx())).total;
		const { id } = await previewImport(ctx(), { fileName: 'spisak.csv', bytes: file });
		// The upload only stores the file: nothing is read on the request path, and nothing can be confirmed yet.
		expect(await getImport(ctx(), id)).toMatchObject({ status: 'waiting', rows: [] });
		await expectAppError(confirmImport(ctx(), { id }), 'conflict', 'organisations.import.notReady');
		expect(await readWaitingImports(test.db)).toBe(1);
		const preview = await getImport(ctx(), id);
		expect(preview).toMatchObject({ status: 'ready', upload: '', rowsDone: 8, rowsTotal: 8 });
		expect(preview.rows.map((row) => [row.row, row.errors.length > 0])).toEqual([
			[2, false],
			[3, false],
			[4, true],
			[5, true],
			[6, true],
			[7, true],
			[8, false],
			[9, false]
		]);
		expect(preview.rows[0].values).toMatchObject({
			type: 'youth_association',
			areas: ['education', 'culture'],
			registrationNumber: '0123'
		});
		expect(preview.rows[3].errors[0]).toContain('organisations.import.error.type');
		// A possible duplicate is a question for staff, not an error (13.17).
		expect(preview.rows[6].warnings[0]).toContain('organisations.import.warning.duplicateInFile');
		expect(preview.rows[6].duplicateOfRow).toBe(2);
		expect(preview.rows[7].warnings[0]).toContain('organisations.import.warning.duplicateInDatabase');
		expect(preview.rows[7].duplicateOf?.name).toMatch(/^(Удружење Млади Ивањице|Udruzenje mladi Ivanjice)$/);
		expect((await listOrganisationsForAdmin(ctx())).total).toBe(before);

		await expectAppError(confirmImport(ctx(youngPerson), { id: preview.id }), 'forbidden');
		const result = await confirmImport(ctx(), { id: preview.id });
		// Without a choice, possible duplicates are skipped.
		expect(result).toEqual({ imported: 2, updated: 0, skipped: 6 });
		expect((await listOrganisationsForAdmin(ctx())).total).toBe(before + 2);
		const group = (await listOrganisationsForAdmin(ctx(), { q: 'Đački parlament' })).rows[0];
		const page = await getOrganisationForAdmin(ctx(), group.id);
		expect(page.contacts).toMatchObject([{ name: 'Милица', isAdult: true }]);
		await expectAppError(confirmImport(ctx(), { id: preview.id }), 'conflict', 'organisations.import.alreadyConfirmed');
		expect((await listOrganisationsForAdmin(ctx())).total).toBe(before + 2);
	});

	it('lets staff update the existing record or create anyway, row by row (13.17)', async () => {
		const office = (await createOffice(test.db, { isDefault: false })).id;
		const boss = await createPerson(test.db, { officeId: office, roles: ['coordinator'] });
		const here = contextOf(test.db, office, boss);
		const { id: existing } = await createOrganisation(
			here,
			input({ name: 'Удружење Пчелица', type: 'youth_association', email: '' })
		);
		const { id: other } = await createOrganisation(here, input({ name: 'Клуб Голија', type: 'youth_association' }));
		const file = csvOf([
			['Назив', 'Vrsta', 'е-пошта'],
			['Udruzenje Pcelica', 'youth_association', 'pcelica@example.test'],
			['Klub Golija', 'youth_association', ''],
			['Нова организација', 'youth_association', '']
		]);
		const { id } = await previewImport(here, { fileName: 'izbor.csv', bytes: file });
		await readWaitingImports(test.db);
		const preview = await getImport(here, id);
		expect(preview.rows.map((row) => row.duplicateOf?.id ?? null)).toEqual([existing, other, null]);
		const result = await confirmImport(here, { id: preview.id, choices: { 2: 'update', 3: 'create' } });
		expect(result).toEqual({ imported: 2, updated: 1, skipped: 0 });
		const updated = await getOrganisationForAdmin(here, existing);
		expect(updated.organisation.email).toBe('pcelica@example.test');
		expect(updated.organisation.name).toBe('Удружење Пчелица');
		expect((await listOrganisationsForAdmin(here, { q: 'Golija' })).total).toBe(2);
	});

	it('reads an XLSX file with English codes as headers', async () => {
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('x');
		sheet.addRow(['name', 'type', 'registered_on', 'member_count', 'young_member_count']);
		sheet.addRow(['Савез извиђача Ивањице', 'federation', new Date('2015-04-02T00:00:00Z'), 40, 50]);
		sheet.addRow(['Планинари Голије', 'association_for_youth', '2019-13-01', '', '']);
		const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
		const { id } = await previewImport(ctx(), { fileName: 'spisak.xlsx', bytes });
		await readWaitingImports(test.db);
		const preview = await getImport(ctx(), id);
		expect(preview.rows[0].errors[0]).toContain('organisations.import.error.youngOverMembers');
		expect(preview.rows[1].errors[0]).toContain('organisations.import.error.date');
	});

	it('reads waiting files off the request path once each, and tells staff why a file failed', async () => {
		const broken = new TextEncoder().encode('тип;е-пошта\nудружење;a@example.test\n');
		const { id: failing } = await previewImport(ctx(), { fileName: 'bez-naziva.csv', bytes: broken });
		const good = csvOf([
			['назив', 'врста'],
			['Клуб Јелак', 'youth_association']
		]);
		const { id: working } = await previewImport(ctx(), { fileName: 'klub.csv', bytes: good });
		// Two readers at once (two instances, or the job and the upload's own start): each file is read once.
		const counts = await Promise.all([readWaitingImports(test.db), readWaitingImports(test.db)]);
		expect(counts[0] + counts[1]).toBe(2);
		expect(await getImport(ctx(), failing)).toMatchObject({
			status: 'failed',
			failure: 'organisations.import.noName',
			upload: ''
		});
		expect(await getImport(ctx(), working)).toMatchObject({ status: 'ready', rowsTotal: 1 });
		expect(await readWaitingImports(test.db)).toBe(0);
		// A reader that stopped half-way (the process ended) is taken over after ten minutes.
		const { id: stuck } = await previewImport(ctx(), { fileName: 'klub.csv', bytes: good });
		await test.db
			.update(organisationImports)
			.set({ status: 'reading', claimedAt: new Date(Date.now() - 11 * 60_000) })
			.where(eq(organisationImports.id, stuck));
		expect(await readWaitingImports(test.db)).toBe(1);
		expect((await getImport(ctx(), stuck)).status).toBe('ready');
	});

	it('refuses a file past the reading limits at upload, before anything parses it', async () => {
		const lines = Array.from({ length: 20_000 }, (_, index) => `Удружење ${index};youth_association`).join('\n');
		const bytes = new TextEncoder().encode(`назив;врста\n${lines}\n`);
		await expectAppError(previewImport(ctx(), { fileName: 'huge.csv', bytes }), 'invalid');
	});

	it('gives a template whose headers the import recognises', async () => {
		const template = await importTemplate(ctx(), { format: 'csv', locale: 'sr-Latn' });
		const rows = await readSpreadsheet(template.filename, template.body);
		expect(rows[0][0]).toBe('naziv');
		expect(rows[0]).toContain('matični broj');
	});
});

describe('export', () => {
	it('gives staff every field and the public only what organisations chose to show', async () => {
		const { id } = await createOrganisation(
			ctx(),
			input({
				name: 'Извозно удружење',
				type: 'association_for_youth',
				phone: '032 555 666',
				address: 'Тајна адреса 9',
				staffNotes: 'Само за канцеларију',
				publicFields: ['phone', 'contacts'],
				contactName: 'Скривена Особа',
				contactEmail: 'skrivena@example.test'
			})
		);
		await saveContact(ctx(), {
			organisationId: id,
			contactId: null,
			name: 'Јавна Особа',
			role: 'председница',
			email: 'javna@example.test',
			phone: '',
			isAdult: true,
			isPublic: true
		});
		const staffFile = await exportOrganisations(test.db, {
			officeId,
			actor: coordinator,
			format: 'csv',
			locale: 'en',
			publicOnly: false
		});
		const staffText = new TextDecoder().decode(staffFile.body);
		expect(staffText.split('\r\n')[0]).toContain('office notes');
		expect(staffText).toContain('Тајна адреса 9');
		expect(staffText).toContain('Скривена Особа');
		const publicFile = await exportOrganisations(test.db, {
			officeId,
			actor: null,
			format: 'xlsx',
			locale: 'sr-Cyrl',
			publicOnly: true
		});
		const rows = await readSpreadsheet(publicFile.filename, publicFile.body);
		const text = JSON.stringify(rows);
		expect(rows[0]).not.toContain('белешке канцеларије');
		expect(text).toContain('032 555 666');
		expect(text).toContain('Јавна Особа');
		expect(text).not.toContain('Тајна адреса');
		expect(text).not.toContain('Скривена');
		expect(text).not.toContain('Само за канцеларију');
		const audits = await test.db.select().from(auditLog).where(eq(auditLog.action, 'organisations.exported'));
		expect(audits).toHaveLength(2);
		expect(audits.map((audit) => audit.details)).toEqual(
			expect.arrayContaining([
				{ format: 'csv', rows: expect.any(Number), publicOnly: false },
				{ format: 'xlsx', rows: expect.any(Number), publicOnly: true }
			])
		);
		await expect(
			exportOrganisations(test.db, { officeId, actor: youngPerson, format: 'csv', locale: 'en', publicOnly: false })
		).rejects.toThrow();
	});
});

describe('demo partnerships', () => {
	it('adds agreements and contacts to the demo organisations it finds, once, and skips missing ones', async () => {
		const demoOffice = (await createOffice(test.db, { isDefault: false })).id;
		await seedDemoPartnerships(test.db, demoOffice);
		expect(
			await test.db.select().from(partnershipAgreements).where(eq(partnershipAgreements.officeId, demoOffice))
		).toEqual([]);
		const [culture] = await test.db
			.insert(organisations)
			.values({
				officeId: demoOffice,
				slug: 'centar-za-kulturu-ivanjica',
				name: 'Центар за културу Ивањица',
				type: 'public_institution',
				isDemo: true
			})
			.returning();
		await seedDemoPartnerships(test.db, demoOffice);
		await seedDemoPartnerships(test.db, demoOffice);
		const agreements = await test.db
			.select()
			.from(partnershipAgreements)
			.where(eq(partnershipAgreements.officeId, demoOffice));
		expect(agreements).toHaveLength(1);
		expect(agreements[0].organisationId).toBe(culture.id);
		const [saved] = await test.db.select().from(organisations).where(eq(organisations.id, culture.id));
		expect(saved.isPartner).toBe(true);
		expect(
			await test.db.select().from(organisationContactLog).where(eq(organisationContactLog.organisationId, culture.id))
		).toHaveLength(2);
	});
});
