import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import type { Actor } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import { callApplications, fundingCalls } from './schema.ts';
import { addCommitteeMember, declareConflictStatement, submitScore } from './commands/committee.server.ts';
import { getApplicationForMember, getRankingForStaff, listCommitteeWork } from './committee-queries.server.ts';
import { countSubmittedApplicationsByYear } from './indicator-sources.server.ts';
import { openDiscussionRound, reviseScore } from './commands/discussion.server.ts';
import { and, eq, inArray } from 'drizzle-orm';
import { auditLog, outboxMessages, users } from '../../server/db/core-schema.ts';

let test: TestDatabase;
let officeId: string;
let coordinator: Actor;
let members: Actor[];
let outsider: Actor;
let callId: string;
const applicationIds: string[] = [];

const check = {
	isComplete: true,
	isEligibleApplicant: true,
	isWithinLimits: true,
	outcome: 'passed' as const,
	note: '',
	completionDue: '',
	checkedBy: 'Координаторка',
	checkedAt: '2026-04-02T10:00:00.000Z'
};

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
	members = await Promise.all([1, 2, 3].map(() => createPerson(test.db, { officeId })));
	outsider = await createPerson(test.db, { officeId });
	const [call] = await test.db
		.insert(fundingCalls)
		.values({
			officeId,
			slug: 'konkurs',
			title: 'Конкурс',
			totalBudget: 300_000,
			maxPerProject: 200_000,
			applicantTypes: ['informal_group'],
			criteria: [
				{ key: 'need', name: 'Потребе', nameEn: '', maxPoints: 60 },
				{ key: 'budget', name: 'Буџет', nameEn: '', maxPoints: 40 }
			],
			minTotalPoints: 50,
			allowsPartialFunding: true,
			opensAt: new Date('2026-03-01T07:00:00Z'),
			closesAt: new Date('2026-03-31T13:00:00Z'),
			status: 'published'
		})
		.returning();
	callId = call.id;
	for (const [index, requested] of [150_000, 200_000].entries()) {
		const [application] = await test.db
			.insert(callApplications)
			.values({
				officeId,
				callId,
				applicantType: 'informal_group',
				applicantName: `Група ${index + 1}`,
				title: `Пројекат ${index + 1}`,
				requested,
				status: 'submitted',
				reference: `P-2026-000${index + 1}`,
				submittedAt: new Date('2026-03-20T10:00:00Z'),
				administrativeCheck: check
			})
			.returning();
		applicationIds.push(application.id);
	}
	const staff = contextOf(test.db, officeId, coordinator);
	for (const [index, member] of members.entries()) {
		await addCommitteeMember(staff, { callId, email: member.email, isChair: index === 0 });
	}
});
afterAll(() => test.close());

async function refusal(promise: Promise<unknown>) {
	try {
		await promise;
	} catch (caught) {
		if (isAppError(caught)) return { code: caught.code, key: caught.messageKey };
		throw caught;
	}
	throw new Error('expected a refusal');
}

describe('the action plan’s indicator', () => {
	it('counts applications submitted in a Belgrade year to calls funding the measures asked about', async () => {
		const measureId = '00000000-0000-4000-8000-000000000001';
		await test.db.update(fundingCalls).set({ measureIds: [measureId] });
		const count = (measureIds: string[]) =>
			countSubmittedApplicationsByYear(test.db, { officeId, measureIds, years: [2025, 2026] });
		expect(Object.fromEntries(await count([measureId]))).toEqual({ 2025: 0, 2026: 2 });
		expect(Object.fromEntries(await count(['00000000-0000-4000-8000-000000000002']))).toEqual({ 2025: 0, 2026: 0 });
	});
});

describe('the committee', () => {
	it('refuses scoring before the conflict statement, and someone outside the committee altogether', async () => {
		const first = contextOf(test.db, officeId, members[0]);
		expect(
			await refusal(
				submitScore(first, { applicationId: applicationIds[0], points: { need: '50', budget: '30' }, comments: {} })
			)
		).toEqual({
			code: 'invalid',
			key: 'calls.committee.statementFirst'
		});
		const stranger = contextOf(test.db, officeId, outsider);
		expect(await refusal(getApplicationForMember(stranger, applicationIds[0]))).toMatchObject({ code: 'not_found' });
		expect(
			await refusal(
				declareConflictStatement(stranger, { applicationId: applicationIds[0], hasConflict: false, reason: '' })
			)
		).toMatchObject({
			code: 'not_found'
		});
		expect(await refusal(listCommitteeWork(stranger, callId))).toMatchObject({ code: 'not_found' });
	});

	it('blocks a member who declared a conflict from scoring and from seeing the application or others’ scores', async () => {
		const third = contextOf(test.db, officeId, members[2]);
		await declareConflictStatement(third, {
			applicationId: applicationIds[0],
			hasConflict: true,
			reason: 'Мој брат је у групи.'
		});
		expect(
			await refusal(
				submitScore(third, { applicationId: applicationIds[0], points: { need: '60', budget: '40' }, comments: {} })
			)
		).toEqual({
			code: 'forbidden',
			key: 'calls.committee.conflictDeclared'
		});
		// The statement is final.
		expect(
			await refusal(
				declareConflictStatement(third, { applicationId: applicationIds[0], hasConflict: false, reason: '' })
			)
		).toMatchObject({
			code: 'conflict'
		});
		const view = await getApplicationForMember(third, applicationIds[0]);
		expect(view.application).toBeNull();
		expect(view.othersScores).toBeNull();
		expect((await listCommitteeWork(third, callId)).map((row) => row.stage)).toEqual(['conflict', 'statement']);
	});

	it('hides other members’ scores until the member submits their own, and checks the points’ range', async () => {
		const [first, second] = members.map((member) => contextOf(test.db, officeId, member));
		for (const ctx of [first, second]) {
			for (const applicationId of applicationIds)
				await declareConflictStatement(ctx, { applicationId, hasConflict: false, reason: '' });
		}
		await submitScore(first, {
			applicationId: applicationIds[0],
			points: { need: '50', budget: '30' },
			comments: { need: 'Јасна потреба.' }
		});
		const before = await getApplicationForMember(second, applicationIds[0]);
		expect(before.othersScores).toBeNull();
		expect(before.application?.title).toBe('Пројекат 1');
		const badPoints = await submitScore(second, {
			applicationId: applicationIds[0],
			points: { need: '61', budget: 'x' },
			comments: {}
		}).catch((caught) => caught);
		expect(Object.keys(badPoints.fieldErrors).sort()).toEqual(['points.budget', 'points.need']);
		await submitScore(second, { applicationId: applicationIds[0], points: { need: '40', budget: '30' }, comments: {} });
		const after = await getApplicationForMember(second, applicationIds[0]);
		expect(after.othersScores?.map((score) => score.points)).toEqual([{ need: 50, budget: 30 }]);
		expect(
			await refusal(
				submitScore(second, { applicationId: applicationIds[0], points: { need: '1', budget: '1' }, comments: {} })
			)
		).toMatchObject({
			code: 'conflict'
		});
	});

	it('audits every read of an application by a member, the one with a conflict too, and no refused read', async () => {
		const reads = async (member: Actor) =>
			test.db
				.select({ entityId: auditLog.entityId, entityType: auditLog.entityType, officeId: auditLog.officeId })
				.from(auditLog)
				.where(and(eq(auditLog.action, 'calls.committee.applicationViewed'), eq(auditLog.actorUserId, member.userId)));
		const before = (await reads(members[1])).length;
		await getApplicationForMember(contextOf(test.db, officeId, members[1]), applicationIds[1]);
		const after = await reads(members[1]);
		expect(after).toHaveLength(before + 1);
		expect(after.at(-1)).toEqual({ entityId: applicationIds[1], entityType: 'call_application', officeId });
		// The member with a conflict sees nothing of the application, but that they opened it is still on record.
		const conflicted = (await reads(members[2])).length;
		await getApplicationForMember(contextOf(test.db, officeId, members[2]), applicationIds[0]);
		expect(await reads(members[2])).toHaveLength(conflicted + 1);
		// A refused read (someone outside the committee) leaves no "viewed" entry.
		await refusal(getApplicationForMember(contextOf(test.db, officeId, outsider), applicationIds[1]));
		expect(await reads(outsider)).toEqual([]);
	});

	it('ranks from the scores of members without a conflict, within the budget', async () => {
		const [first, second] = members.map((member) => contextOf(test.db, officeId, member));
		await submitScore(first, { applicationId: applicationIds[1], points: { need: '60', budget: '35' }, comments: {} });
		await submitScore(second, { applicationId: applicationIds[1], points: { need: '55', budget: '30' }, comments: {} });
		const { rows } = await getRankingForStaff(contextOf(test.db, officeId, coordinator), callId);
		expect(rows.map((row) => [row.reference, row.average, row.outcome, row.proposed])).toEqual([
			['P-2026-0002', 90, 'funded', 200_000],
			['P-2026-0001', 75, 'partial', 100_000]
		]);
		expect(await refusal(getRankingForStaff(contextOf(test.db, officeId, members[0]), callId))).toMatchObject({
			code: 'forbidden'
		});
	});
});

describe('the chair’s view and the discussion round', () => {
	it('shows the chair the spread per criterion only once every member without a conflict has scored', async () => {
		const [chair, second] = members.map((member) => contextOf(test.db, officeId, member));
		const view = await getApplicationForMember(chair, applicationIds[0]);
		expect(view.discussion?.isChair).toBe(true);
		expect(view.discussion?.spread).toEqual([
			{ key: 'need', maxPoints: 60, lowest: 40, highest: 50, average: 45 },
			{ key: 'budget', maxPoints: 40, lowest: 30, highest: 30, average: 30 },
			{ key: '', maxPoints: 100, lowest: 70, highest: 80, average: 75 }
		]);
		// Another member sees no spread; on the second application the third member has not scored yet.
		expect((await getApplicationForMember(second, applicationIds[0])).discussion?.spread).toBeNull();
		const waiting = await getApplicationForMember(chair, applicationIds[1]);
		expect(waiting.discussion).toMatchObject({ spread: null, scored: 2, expected: 3 });
		expect(await refusal(openDiscussionRound(chair, { applicationId: applicationIds[1], note: '' }))).toEqual({
			code: 'invalid',
			key: 'calls.chair.notAllScored'
		});
		expect(await refusal(openDiscussionRound(second, { applicationId: applicationIds[0], note: '' }))).toEqual({
			code: 'forbidden',
			key: 'calls.chair.notChair'
		});
	});

	it('lets members revise their score with a comment only in an open round, audited, and the ranking follows', async () => {
		const [chair, second, third] = members.map((member) => contextOf(test.db, officeId, member));
		const revise = (ctx: typeof chair, comment: string) =>
			reviseScore(ctx, { applicationId: applicationIds[0], points: { need: '48', budget: '30' }, comment });
		expect(await refusal(revise(second, 'Поново сам прочитао.'))).toEqual({
			code: 'invalid',
			key: 'calls.revise.noRound'
		});
		await openDiscussionRound(chair, { applicationId: applicationIds[0], note: 'Разлика код потреба.' });
		// The member who may revise is told with a link to the application; the chair and the one with a conflict are not.
		const emails = await test.db
			.select({ id: users.id, email: users.email })
			.from(users)
			.where(
				inArray(
					users.id,
					members.map((member) => member.userId)
				)
			);
		const emailOf = (index: number) => emails.find((row) => row.id === members[index].userId)!.email;
		const mails = await test.db
			.select()
			.from(outboxMessages)
			.where(inArray(outboxMessages.toAddress, [emailOf(0), emailOf(1), emailOf(2)]));
		expect(mails.map((mail) => mail.toAddress)).toEqual([emailOf(1)]);
		expect(mails[0].subject).toContain('круг расправе');
		expect(mails[0].textBody).toContain('Разлика код потреба.');
		expect(mails[0].textBody).toMatch(
			new RegExp(`^https?://\\S+/account/committee/application/${applicationIds[0]}$`, 'm')
		);
		expect(await refusal(openDiscussionRound(chair, { applicationId: applicationIds[0], note: '' }))).toMatchObject({
			code: 'conflict'
		});
		expect(await refusal(revise(second, '  '))).toMatchObject({ code: 'invalid', key: 'common.formHasErrors' });
		// The member with a conflict has no score to revise.
		expect(await refusal(revise(third, 'Желим да оценим.'))).toMatchObject({ code: 'invalid' });
		await revise(second, 'Поново сам прочитао опис потреба.');
		const view = await getApplicationForMember(chair, applicationIds[0]);
		expect(view.discussion?.round?.note).toBe('Разлика код потреба.');
		expect(view.discussion?.revisions).toEqual([
			expect.objectContaining({
				previousPoints: { need: 40, budget: 30 },
				points: { need: 48, budget: 30 },
				comment: 'Поново сам прочитао опис потреба.'
			})
		]);
		const { rows } = await getRankingForStaff(contextOf(test.db, officeId, coordinator), callId);
		expect(rows.find((row) => row.applicationId === applicationIds[0])?.average).toBe(79);
		const audited = await test.db
			.select({ action: auditLog.action })
			.from(auditLog)
			.where(inArray(auditLog.action, ['calls.committee.roundOpened', 'calls.committee.scoreRevised']));
		expect(audited.map((row) => row.action).sort()).toEqual([
			'calls.committee.roundOpened',
			'calls.committee.scoreRevised'
		]);
	});
});
