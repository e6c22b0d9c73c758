import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { auditLog, outboxMessages } from '../../server/db/core-schema.ts';
import type { Actor } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import { organisations } from '../organisations/schema.ts';
import { parseApplicationForm } from './application-inputs.ts';
import { startApplication } from './commands/start-application.server.ts';
import { saveApplication } from './commands/save-application.server.ts';
import { submitApplication } from './commands/submit-application.server.ts';
import { checkApplication } from './commands/check-application.server.ts';
import { addCommitteeMember, declareConflictStatement } from './commands/committee.server.ts';
import {
	addApplicationAttachment,
	readApplicationAttachment,
	removeApplicationAttachment
} from './commands/application-attachments.server.ts';
import { getOwnApplication } from './application-queries.server.ts';
import { callApplications, fundingCalls } from './schema.ts';

const OPEN = new Date('2026-03-10T10:00:00.000Z');
const AFTER = new Date('2026-04-02T10:00:00.000Z');
const PDF = new TextEncoder().encode(
	'%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'
);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

let test: TestDatabase;
let officeId: string;
let coordinator: Actor;
let author: Actor;
let otherApplicant: Actor;
let member: Actor;
let conflicted: Actor;
let applicationId: string;
let partnerId: string;

function form(overrides: Record<string, string | string[]> = {}) {
	const members = ['2008', '2010', '2009', '2011', '2000'];
	const parsed = parseApplicationForm(
		{
			version: '1',
			applicantName: 'Група Кварт',
			contactEmail: 'kvart@example.test',
			title: 'Клупе у парку',
			summary: 'Обнављамо клупе.',
			need: 'Нема места за окупљање.',
			targetGroup: 'Млади из насеља.',
			results: 'Десет клупа.',
			partners: 'Месна заједница',
			'activities[0].title': 'Набавка',
			'activities[0].from': '2026-05',
			'activities[0].to': '2026-05',
			'budget[0].categoryKey': 'material',
			'budget[0].quantity': '10',
			'budget[0].unitPrice': '10000',
			...Object.fromEntries(
				members.flatMap((year, index) => [
					[`members[${index}].name`, `Члан ${index + 1}`],
					[`members[${index}].birthYear`, year]
				])
			),
			...overrides
		},
		[]
	);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.data;
}

async function refusal(promise: Promise<unknown>) {
	try {
		await promise;
	} catch (caught) {
		if (isAppError(caught))
			return { code: caught.code, key: caught.messageKey, fields: Object.keys(caught.fieldErrors).sort() };
		throw caught;
	}
	throw new Error('expected a refusal');
}

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
	[author, otherApplicant, member, conflicted] = await Promise.all(
		[1, 2, 3, 4].map(() => createPerson(test.db, { officeId }))
	);
	const [partner] = await test.db
		.insert(organisations)
		.values({
			officeId,
			slug: 'crveni-krst',
			name: 'Црвени крст Ивањица',
			type: 'association_for_youth',
			status: 'active',
			listing: 'listed'
		})
		.returning();
	partnerId = partner.id;
	const [call] = await test.db
		.insert(fundingCalls)
		.values({
			officeId,
			slug: 'konkurs',
			title: 'Конкурс',
			totalBudget: 500_000,
			maxPerProject: 200_000,
			applicantTypes: ['informal_group'],
			costCategories: [{ key: 'material', name: 'Материјал', nameEn: 'Material', isEligible: true }],
			criteria: [{ key: 'need', name: 'Потребе', nameEn: '', maxPoints: 100 }],
			attachmentKinds: [
				{ key: 'statement', name: 'Потписана изјава', nameEn: 'Signed statement', isRequired: true },
				{ key: 'photo', name: 'Фотографија', nameEn: 'Photo', isRequired: false }
			],
			opensAt: new Date('2026-03-01T07:00:00Z'),
			closesAt: new Date('2026-03-31T13:00:00Z'),
			status: 'published'
		})
		.returning();
	const ctx = contextOf(test.db, officeId, author);
	applicationId = (await startApplication(ctx, { callSlug: 'konkurs', applicantType: 'informal_group', now: OPEN })).id;
	await saveApplication(ctx, { id: applicationId, input: form(), now: OPEN });
	const staff = contextOf(test.db, officeId, coordinator);
	await addCommitteeMember(staff, { callId: call.id, email: member.email, isChair: true });
	await addCommitteeMember(staff, { callId: call.id, email: conflicted.email, isChair: false });
});
afterAll(() => test.close());

describe('attachments', () => {
	it('refuses a submission without a required attachment, a file of the wrong type or too large', async () => {
		const ctx = contextOf(test.db, officeId, author);
		expect(await refusal(submitApplication(ctx, { id: applicationId, locale: 'sr-Cyrl', now: OPEN }))).toMatchObject({
			key: 'calls.apply.incomplete',
			fields: ['attachment.statement']
		});
		const disguised = { name: 'izjava.pdf', bytes: new TextEncoder().encode('MZ this is a program') };
		expect(
			await refusal(addApplicationAttachment(ctx, { applicationId, kind: 'statement', file: disguised, now: OPEN }))
		).toMatchObject({ fields: ['file'] });
		const huge = { name: 'velika.pdf', bytes: new Uint8Array(11 * 1024 * 1024).fill(0x25) };
		expect(
			await refusal(addApplicationAttachment(ctx, { applicationId, kind: 'statement', file: huge, now: OPEN }))
		).toMatchObject({ fields: ['file'] });
		expect(
			await refusal(
				addApplicationAttachment(ctx, {
					applicationId,
					kind: 'unknown',
					file: { name: 'a.png', bytes: PNG },
					now: OPEN
				})
			)
		).toMatchObject({ fields: ['kind'] });
	});

	it('keeps a real file under its detected type; a new one of the same kind replaces it', async () => {
		const ctx = contextOf(test.db, officeId, author);
		await addApplicationAttachment(ctx, {
			applicationId,
			kind: 'statement',
			file: { name: 'izjava.png', bytes: PNG },
			now: OPEN
		});
		await addApplicationAttachment(ctx, {
			applicationId,
			kind: 'statement',
			file: { name: 'Изјава.jpg', bytes: PDF },
			now: OPEN
		});
		const { application } = await getOwnApplication(ctx, applicationId, OPEN);
		expect(application.attachments).toEqual([
			expect.objectContaining({ kind: 'statement', name: 'Изјава.pdf', mime: 'application/pdf' })
		]);
		const photo = await addApplicationAttachment(ctx, {
			applicationId,
			kind: 'photo',
			file: { name: 'foto.png', bytes: PNG },
			now: OPEN
		});
		await removeApplicationAttachment(ctx, { applicationId, attachmentId: photo.id, now: OPEN });
		expect((await getOwnApplication(ctx, applicationId, OPEN)).application.attachments).toHaveLength(1);
		expect(await submitApplication(ctx, { id: applicationId, locale: 'sr-Cyrl', now: OPEN })).toEqual({
			reference: 'P-2026-0001'
		});
		// The receipt carries the whole application as a PDF.
		const [receipt] = await test.db
			.select()
			.from(outboxMessages)
			.where(eq(outboxMessages.toAddress, 'kvart@example.test'));
		expect(receipt.attachments).toEqual([
			expect.objectContaining({ filename: 'P-2026-0001.pdf', contentType: 'application/pdf', encoding: 'base64' })
		]);
		expect(Buffer.from(receipt.attachments[0].content, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
	});

	it('opens a file to its author, staff and the committee only, auditing the reads of staff and committee', async () => {
		const { application } = await getOwnApplication(contextOf(test.db, officeId, author), applicationId, OPEN);
		const attachmentId = application.attachments[0].id;
		const read = (actor: Actor) =>
			readApplicationAttachment(contextOf(test.db, officeId, actor), { applicationId, attachmentId });
		expect((await read(author)).mime).toBe('application/pdf');
		expect(await refusal(read(otherApplicant))).toMatchObject({ code: 'not_found' });
		// The committee sees nothing before the office's check passes the application.
		expect(await refusal(read(member))).toMatchObject({ code: 'not_found' });
		expect((await read(coordinator)).size).toBeGreaterThan(0);
		await checkApplication(contextOf(test.db, officeId, coordinator), {
			id: applicationId,
			input: {
				isComplete: true,
				isEligibleApplicant: true,
				isWithinLimits: true,
				outcome: 'passed',
				note: '',
				completionDue: '',
				completionSections: []
			},
			now: AFTER
		});
		expect((await read(member)).mime).toBe('application/pdf');
		await declareConflictStatement(contextOf(test.db, officeId, conflicted), {
			applicationId,
			hasConflict: true,
			reason: 'Рођак'
		});
		expect(await refusal(read(conflicted))).toMatchObject({ code: 'not_found' });
		const reads = await test.db
			.select({ actor: auditLog.actorUserId })
			.from(auditLog)
			.where(and(eq(auditLog.action, 'calls.application.attachmentRead'), eq(auditLog.entityId, applicationId)));
		expect(reads.map((row) => row.actor).sort()).toEqual([coordinator.userId, member.userId].sort());
	});
});

describe('a completion limited to the parts asked', () => {
	it('lets the authors change only the budget and refuses a change elsewhere, keeping the rest as submitted', async () => {
		const staff = contextOf(test.db, officeId, coordinator);
		await checkApplication(staff, {
			id: applicationId,
			input: {
				isComplete: false,
				isEligibleApplicant: true,
				isWithinLimits: false,
				outcome: 'completion',
				note: 'Исправите буџет.',
				completionDue: '2026-04-10',
				completionSections: ['budget']
			},
			now: AFTER
		});
		const ctx = contextOf(test.db, officeId, author);
		const own = await getOwnApplication(ctx, applicationId, AFTER);
		expect(own.application.openSections).toEqual(['budget']);
		// The page shows only the budget: the other fields are not sent and stay as they were.
		const budgetOnly = parseApplicationForm(
			{
				version: String(own.application.version),
				'budget[0].categoryKey': 'material',
				'budget[0].quantity': '12',
				'budget[0].unitPrice': '10000'
			},
			[]
		);
		if (!budgetOnly.ok) throw new Error('form');
		await saveApplication(ctx, { id: applicationId, input: budgetOnly.data, now: AFTER });
		const [saved] = await test.db.select().from(callApplications).where(eq(callApplications.id, applicationId));
		expect(saved).toMatchObject({ requested: 120_000, title: 'Клупе у парку', partners: 'Месна заједница' });
		expect(saved.members).toHaveLength(5);
		// A form crafted to change the title is refused as a whole.
		expect(
			await refusal(
				saveApplication(ctx, { id: applicationId, input: form({ title: 'Нешто друго', version: '9' }), now: AFTER })
			)
		).toMatchObject({ key: 'calls.apply.completionLockedForm', fields: ['title'] });
		// Attachments were not asked for either.
		expect(
			await refusal(
				addApplicationAttachment(ctx, { applicationId, kind: 'photo', file: { name: 'f.png', bytes: PNG }, now: AFTER })
			)
		).toMatchObject({ key: 'calls.apply.completionLockedForm' });
		expect(await submitApplication(ctx, { id: applicationId, locale: 'sr-Cyrl', now: AFTER })).toEqual({
			reference: 'P-2026-0001'
		});
	});

	it('opens the whole form when no part is named, and keeps partners picked from the public directory', async () => {
		const staff = contextOf(test.db, officeId, coordinator);
		await checkApplication(staff, {
			id: applicationId,
			input: {
				isComplete: false,
				isEligibleApplicant: true,
				isWithinLimits: true,
				outcome: 'completion',
				note: 'Допуните партнере.',
				completionDue: '2026-04-10',
				completionSections: []
			},
			now: AFTER
		});
		const ctx = contextOf(test.db, officeId, author);
		const own = await getOwnApplication(ctx, applicationId, AFTER);
		expect(own.application.openSections).toContain('project');
		expect(own.partnerChoices.map((choice) => choice.name)).toEqual(['Црвени крст Ивањица']);
		await saveApplication(ctx, {
			id: applicationId,
			input: form({
				version: String(own.application.version),
				partnerPicker: '1',
				partnerOrganisationIds: [partnerId, '00000000-0000-4000-8000-000000000000']
			}),
			now: AFTER
		});
		const [saved] = await test.db.select().from(callApplications).where(eq(callApplications.id, applicationId));
		expect(saved.partnerOrganisations).toEqual([{ id: partnerId, name: 'Црвени крст Ивањица' }]);
	});
});
