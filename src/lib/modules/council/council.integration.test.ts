import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { auditLog, memberships, outboxMessages } from '../../server/db/core-schema.ts';
import { parseForm } from '../../server/forms.ts';
import type { Actor } from '../../server/actor.ts';
import { belgradeToInstant } from '../../i18n/office-time.ts';
import {
	agendaOutcomeInput,
	bodyInput,
	cancelSessionInput,
	memberInput,
	sessionInput,
	type MemberInput
} from './inputs.ts';
import { councilBodies, councilDecisions, councilInvitations, councilMembers, councilSessions } from './schema.ts';
import { createCouncilBody } from './commands/create-body.server.ts';
import { addCouncilMember } from './commands/add-member.server.ts';
import { endCouncilMandate } from './commands/end-mandate.server.ts';
import { createCouncilSession } from './commands/create-session.server.ts';
import { addAgendaItem } from './commands/add-agenda-item.server.ts';
import { sendCouncilInvitations } from './commands/send-invitations.server.ts';
import { answerInvitationAsMember, answerInvitationByLink } from './commands/answer-invitation.server.ts';
import { recordCouncilAttendance } from './commands/record-attendance.server.ts';
import { recordAgendaOutcome } from './commands/record-agenda-outcome.server.ts';
import {
	approveCouncilMinutes,
	commentOnMinutes,
	draftCouncilMinutes,
	sendMinutesForComments
} from './commands/minutes.server.ts';
import { updateDecisionFollowUp } from './commands/update-decision.server.ts';
import { cancelCouncilSession } from './commands/cancel-session.server.ts';
import { uploadDocument } from '../documents/commands/upload-document.server.ts';
import { samplePdf, sampleExecutable } from '../documents/test-fixtures.ts';
import {
	councilAttention,
	countDecisionsCarriedOutByYear,
	getBodyForStaff,
	getCouncilAreaFor,
	getDraftMinutesForMember,
	getInvitationByLink,
	getPublicBody,
	getPublicDecision,
	getPublicMinutes,
	getSessionForStaff,
	listCouncilBodies,
	COUNCIL_BODY_SORT_COLUMNS,
	listDecisionsForStaff,
	listPublicDecisions,
	searchCouncil,
	searchCouncilArchive
} from './queries.server.ts';
import { exportCouncilData, eraseCouncilData } from './personal-data.server.ts';
import { seedDemoCouncil } from './seed.server.ts';
import { councilManifest } from './manifest.ts';
import { searchKey } from '../../i18n/script.ts';
import { listSortOf } from '../../server/list-sort.ts';
import { events } from '../events/schema.ts';

let test: TestDatabase;
beforeAll(async () => {
	test = await createTestDatabase();
});
afterAll(() => test.close());

const NOW = new Date('2026-11-15T10:00:00Z');
const YEAR = 2026;

function form(values: Record<string, string | string[]>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(values)) {
		if (Array.isArray(value)) for (const item of value) data.append(name, item);
		else data.set(name, value);
	}
	return data;
}

async function office() {
	const { id: officeId } = await createOffice(test.db, {
		email: 'kzm@ivanjica.test',
		publicUrl: 'https://mladi.ivanjica.test'
	});
	const coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
	return { officeId, coordinator, ctx: contextOf(test.db, officeId, coordinator) };
}

async function body(officeId: string, coordinator: Actor, name = 'Савет за младе') {
	const parsed = parseForm(
		bodyInput,
		form({ name, kind: 'council', minYouthSharePercent: '50', quorumPercent: '50', isPublic: 'yes' })
	);
	if (!parsed.ok) throw new Error('body input');
	return createCouncilBody(contextOf(test.db, officeId, coordinator), parsed.data);
}

const member = (bodyId: string, overrides: Partial<MemberInput> = {}): MemberInput => ({
	bodyId,
	name: `Члан ${Math.random().toString(36).slice(2, 7)}`,
	email: '',
	phone: '',
	role: 'member',
	representsKind: 'self',
	representsName: '',
	birthYear: 2000,
	mandateFrom: '2025-01-01',
	mandateTo: null,
	chosenHow: '',
	showName: false,
	...overrides
});

const auditOf = (officeId: string, action: string) =>
	test.db
		.select()
		.from(auditLog)
		.where(and(eq(auditLog.officeId, officeId), eq(auditLog.action, action)));

/** A body with members (one linked to an account), a planned session with an agenda, invitations sent. */
async function invitedSession() {
	const { officeId, coordinator, ctx } = await office();
	const { id: bodyId } = await body(officeId, coordinator);
	const memberAccount = await createPerson(test.db, {
		officeId,
		roles: ['young_person'],
		email: `clan-${Math.random().toString(36).slice(2, 8)}@example.test`
	});
	const members = [];
	members.push(
		await addCouncilMember(
			ctx,
			member(bodyId, { name: 'Јована Марковић', email: memberAccount.email, showName: true }),
			NOW
		)
	);
	for (let index = 0; index < 4; index++)
		members.push(
			await addCouncilMember(
				ctx,
				member(bodyId, {
					email: `clan${index}-${bodyId.slice(0, 6)}@example.test`,
					birthYear: index < 2 ? 2001 : 1980
				}),
				NOW
			)
		);
	const session = await createCouncilSession(
		ctx,
		{
			bodyId,
			startsAt: belgradeToInstant('2026-11-20', '18:00'),
			endsAt: belgradeToInstant('2026-11-20', '20:00'),
			place: 'Сала',
			onlineUrl: '',
			guests: ''
		},
		NOW
	);
	await addAgendaItem(ctx, {
		sessionId: session.id,
		title: 'Предлог мера за запошљавање',
		titleEn: '',
		presenter: 'Јелена',
		kind: 'decision',
		materialDocumentId: null,
		materialUrl: 'https://example.test/nacrt.pdf'
	});
	await addAgendaItem(ctx, {
		sessionId: session.id,
		title: 'Информација о ЛАП-у',
		titleEn: '',
		presenter: '',
		kind: 'information',
		materialDocumentId: null,
		materialUrl: ''
	});
	const sent = await sendCouncilInvitations(ctx, { sessionId: session.id });
	const mails = await test.db.select().from(outboxMessages).where(eq(outboxMessages.officeId, officeId));
	const tokenOf = (email: string) =>
		/\/council\/answer\/(\S+)/.exec(mails.find((mail) => mail.toAddress === email)!.textBody)![1];
	const account = { ...memberAccount, roles: ['young_person', 'council_member'] as Actor['roles'] };
	return { officeId, coordinator, ctx, bodyId, members, session, sent, mails, tokenOf, account };
}

describe('bodies, members and the age rule', () => {
	it('refuses a mandate that ends before it starts, in the reader’s words', () => {
		const parsed = parseForm(
			memberInput,
			form({
				bodyId: crypto.randomUUID(),
				name: 'Ана',
				role: 'member',
				representsKind: 'self',
				birthYear: '2004',
				mandateFrom: '2026-05-01',
				mandateTo: '2026-04-30'
			})
		);
		expect(parsed.ok).toBe(false);
		expect(!parsed.ok && parsed.failure.data.errors).toEqual({ mandateTo: 'council.error.mandateEndsBeforeStart' });
	});

	it('explains the age rule after every addition and warns when an addition breaks it', async () => {
		const { officeId, coordinator, ctx } = await office();
		const { id: bodyId } = await body(officeId, coordinator);
		const first = await addCouncilMember(ctx, member(bodyId, { birthYear: 2003 }), NOW);
		expect(first.before.today).toMatchObject({ members: 0, holds: true });
		expect(first.after.today).toMatchObject({ members: 1, young: 1, holds: true });
		const second = await addCouncilMember(ctx, member(bodyId, { birthYear: 1975 }), NOW);
		expect(second.after.today).toMatchObject({ members: 2, young: 1, sharePercent: 50, holds: true });
		const third = await addCouncilMember(ctx, member(bodyId, { birthYear: 1970 }), NOW);
		expect(third.before.today.holds).toBe(true);
		expect(third.after.today).toMatchObject({ members: 3, young: 1, holds: false });
		const [entry] = (await auditOf(officeId, 'council.member_added')).filter((row) => row.entityId === third.memberId);
		expect(entry.details).toMatchObject({ ageRuleHolds: false });
	});

	it('warns three months ahead of a member ageing out, and the staff page shows it', async () => {
		const { officeId, coordinator, ctx } = await office();
		const { id: bodyId } = await body(officeId, coordinator);
		const ageingOut = await addCouncilMember(ctx, member(bodyId, { name: 'Лазар Томовић', birthYear: 1996 }), NOW);
		const result = await addCouncilMember(ctx, member(bodyId, { birthYear: 1980 }), NOW);
		expect(result.after.warning).toMatchObject({
			date: '2027-01-01',
			causes: [{ memberId: ageingOut.memberId, reason: 'ages_out' }]
		});
		const page = await getBodyForStaff(ctx, bodyId, { now: NOW });
		expect(page.ageRule.warning?.date).toBe('2027-01-01');
		expect(page.current).toHaveLength(2);
		// Reading members' details is audited.
		expect(await auditOf(officeId, 'council.members_viewed')).toHaveLength(1);
		// On the first of January the rule is broken.
		expect((await getBodyForStaff(ctx, bodyId, { date: '2027-01-01', now: NOW })).ageRule.today.holds).toBe(false);
	});

	it('ends a mandate (never before it starts) and keeps the member in the history', async () => {
		const { officeId, coordinator, ctx } = await office();
		const { id: bodyId } = await body(officeId, coordinator);
		const { memberId } = await addCouncilMember(ctx, member(bodyId, { mandateFrom: '2025-03-01' }), NOW);
		await expect(endCouncilMandate(ctx, { memberId, mandateTo: '2025-02-01' }, NOW)).rejects.toMatchObject({
			code: 'invalid',
			messageKey: 'council.error.mandateEndsBeforeStart'
		});
		const ended = await endCouncilMandate(ctx, { memberId, mandateTo: '2026-10-31' }, NOW);
		expect(ended.after.today.members).toBe(0);
		const page = await getBodyForStaff(ctx, bodyId, { now: NOW });
		expect(page.current).toEqual([]);
		expect(page.past.map((row) => row.id)).toEqual([memberId]);
	});

	it('links an existing account and gives it the council member role', async () => {
		const { officeId, coordinator, ctx } = await office();
		const { id: bodyId } = await body(officeId, coordinator);
		const person = await createPerson(test.db, { officeId, roles: ['young_person'] });
		const result = await addCouncilMember(ctx, member(bodyId, { email: person.email }), NOW);
		expect(result.linkedAccount).toBe(true);
		const roles = await test.db
			.select()
			.from(memberships)
			.where(and(eq(memberships.userId, person.userId), eq(memberships.officeId, officeId)));
		expect(roles.map((row) => row.role).sort()).toEqual(['council_member', 'young_person']);
	});

	it('lets only staff manage bodies and read members', async () => {
		const { officeId, coordinator } = await office();
		const { id: bodyId } = await body(officeId, coordinator);
		for (const roles of [['young_person'], ['council_member'], ['association_representative']] as const) {
			const person = await createPerson(test.db, { officeId, roles: [...roles] });
			const ctx = contextOf(test.db, officeId, person);
			await expect(listCouncilBodies(ctx)).rejects.toMatchObject({ code: 'forbidden' });
			await expect(getBodyForStaff(ctx, bodyId)).rejects.toMatchObject({ code: 'forbidden' });
			await expect(addCouncilMember(ctx, member(bodyId))).rejects.toMatchObject({ code: 'forbidden' });
		}
		await expect(listCouncilBodies(contextOf(test.db, officeId, null))).rejects.toMatchObject({
			code: 'unauthenticated'
		});
		// Another office's staff do not find the body.
		const other = await office();
		await expect(getBodyForStaff(other.ctx, bodyId)).rejects.toMatchObject({ code: 'not_found' });
	});
});

describe('sessions, agendas and invitations', () => {
	it('refuses a planned session in the past and one that ends before it starts', async () => {
		const { officeId, coordinator, ctx } = await office();
		const { id: bodyId } = await body(officeId, coordinator);
		await expect(
			createCouncilSession(
				ctx,
				{
					bodyId,
					startsAt: new Date('2026-11-01T17:00:00Z'),
					endsAt: new Date('2026-11-01T19:00:00Z'),
					place: '',
					onlineUrl: '',
					guests: ''
				},
				NOW
			)
		).rejects.toMatchObject({ code: 'invalid', fieldErrors: { startsAt: 'council.error.plannedInPast' } });
		const parsed = parseForm(sessionInput, form({ bodyId, startsAt: '2026-12-01T18:00', endsAt: '2026-12-01T17:00' }));
		expect(!parsed.ok && parsed.failure.data.errors).toEqual({ endsAt: 'council.error.endsBeforeStart' });
	});

	it('numbers sessions per body, e-mails each member once with the agenda, links and an .ics', async () => {
		const { session, sent, mails, officeId, ctx } = await invitedSession();
		expect(session.number).toBe(1);
		expect(sent).toEqual({ invited: 5, mailed: 5 });
		expect(mails).toHaveLength(5);
		expect(mails[0].subject).toContain('Позив на 1. седницу');
		expect(mails[0].textBody).toContain('1. Предлог мера за запошљавање (Јелена)');
		expect(mails[0].textBody).toContain('https://mladi.ivanjica.test/council/answer/');
		expect(mails[0].attachments[0]).toMatchObject({ filename: 'sednica-1.ics' });
		expect(mails[0].attachments[0].content).toContain('BEGIN:VEVENT');
		// Sending again invites nobody twice.
		expect(await sendCouncilInvitations(ctx, { sessionId: session.id })).toEqual({ invited: 0, mailed: 0 });
		expect(await test.db.select().from(outboxMessages).where(eq(outboxMessages.officeId, officeId))).toHaveLength(5);
		const [stored] = await test.db.select().from(councilSessions).where(eq(councilSessions.id, session.id));
		expect(stored.status).toBe('invited');
	});

	it('takes answers by link, each link for its own invitation only, and counts the quorum forecast', async () => {
		const { officeId, ctx, session, tokenOf, account, members, bodyId } = await invitedSession();
		const token = tokenOf(account.email);
		expect(await getInvitationByLink(test.db, officeId, token)).toMatchObject({
			memberName: 'Јована Марковић',
			answer: 'pending'
		});
		expect(await answerInvitationByLink(test.db, { officeId, token, answer: 'coming' })).toEqual({
			answer: 'coming',
			changed: true
		});
		// The same answer again changes nothing; a change of mind updates the same invitation.
		expect(await answerInvitationByLink(test.db, { officeId, token, answer: 'coming' })).toEqual({
			answer: 'coming',
			changed: false
		});
		const rows = await test.db.select().from(councilInvitations).where(eq(councilInvitations.sessionId, session.id));
		expect(rows).toHaveLength(5);
		expect(rows.filter((row) => row.answer === 'coming').map((row) => row.memberId)).toEqual([members[0].memberId]);
		// A made-up token or another office finds nothing.
		await expect(
			answerInvitationByLink(test.db, { officeId, token: 'nepostojeci', answer: 'coming' })
		).rejects.toMatchObject({ code: 'not_found' });
		const other = await office();
		await expect(
			answerInvitationByLink(test.db, { officeId: other.officeId, token, answer: 'coming' })
		).rejects.toMatchObject({ code: 'not_found' });
		// The signed-in member answers their own invitation.
		await answerInvitationAsMember(contextOf(test.db, officeId, account), {
			sessionId: session.id,
			answer: 'not_coming'
		});
		await answerInvitationByLink(test.db, {
			officeId,
			token: tokenOf(`clan0-${bodyId.slice(0, 6)}@example.test`),
			answer: 'coming'
		});
		const staffView = await getSessionForStaff(ctx, session.id);
		expect(staffView.quorum).toMatchObject({ needed: 3, coming: 1, expected: false });
		expect(staffView.invitations.find((row) => row.name === 'Јована Марковић')?.answer).toBe('not_coming');
		// Someone who is not invited has no invitation to answer.
		const stranger = await createPerson(test.db, { officeId, roles: ['council_member'] });
		await expect(
			answerInvitationAsMember(contextOf(test.db, officeId, stranger), { sessionId: session.id, answer: 'coming' })
		).rejects.toMatchObject({ code: 'not_found' });
		// Once the session is held, the link no longer answers.
		await recordCouncilAttendance(ctx, { sessionId: session.id, present: [] }, new Date('2026-11-20T17:00:00Z'));
		await expect(answerInvitationByLink(test.db, { officeId, token, answer: 'coming' })).rejects.toMatchObject({
			code: 'conflict',
			messageKey: 'council.error.answerClosed'
		});
	});
});

describe('the session record, minutes and decisions', () => {
	const DURING = new Date('2026-11-20T17:30:00Z');

	it('records attendance with the quorum, refuses votes above attendance, and numbers decisions per year', async () => {
		const { ctx, session, members, bodyId } = await invitedSession();
		const view = await getSessionForStaff(ctx, session.id);
		const present = members.slice(0, 3).map((row) => row.memberId);
		expect(await recordCouncilAttendance(ctx, { sessionId: session.id, present }, DURING)).toEqual({
			present: 3,
			invited: 5,
			quorum: true
		});
		const [first, second] = view.agenda;
		const outcome = {
			discussion: 'Сви су говорили.',
			votesFor: 3,
			votesAgainst: 1,
			votesAbstained: 0,
			decisionTitle: '',
			decisionText: '',
			responsible: '',
			responsibleMemberId: null,
			deadline: null
		};
		await expect(recordAgendaOutcome(ctx, { itemId: first.id, ...outcome })).rejects.toMatchObject({
			code: 'invalid',
			messageKey: 'council.error.votesExceedAttendance|{"present":3}'
		});
		const adopted = await recordAgendaOutcome(ctx, {
			itemId: first.id,
			...outcome,
			votesAgainst: 0,
			decisionTitle: 'Сајам запошљавања младих',
			responsible: 'Јована Марковић',
			responsibleMemberId: members[0].memberId,
			deadline: '2026-11-30'
		});
		expect(adopted.decisionNumber).toBe(`1/${YEAR}`);
		// Saving the item again updates its decision rather than numbering a new one.
		expect(
			(
				await recordAgendaOutcome(ctx, {
					itemId: first.id,
					...outcome,
					votesAgainst: 0,
					decisionTitle: 'Сајам запошљавања'
				})
			).decisionNumber
		).toBe(`1/${YEAR}`);
		expect(
			(
				await recordAgendaOutcome(ctx, {
					itemId: second.id,
					...outcome,
					votesAgainst: 0,
					decisionTitle: 'Друга одлука'
				})
			).decisionNumber
		).toBe(`2/${YEAR}`);
		const decisions = await test.db.select().from(councilDecisions).where(eq(councilDecisions.bodyId, bodyId));
		expect(decisions.map((row) => row.sequence).sort()).toEqual([1, 2]);
	});

	it('drafts minutes from the record, takes members’ comments, and approves them only once', async () => {
		const { ctx, session, members, officeId, account, coordinator } = await invitedSession();
		await expect(draftCouncilMinutes(ctx, { sessionId: session.id })).rejects.toMatchObject({
			messageKey: 'council.error.minutesBeforeHeld'
		});
		await recordCouncilAttendance(
			ctx,
			{ sessionId: session.id, present: members.slice(0, 4).map((row) => row.memberId) },
			DURING
		);
		const view = await getSessionForStaff(ctx, session.id);
		await recordAgendaOutcome(ctx, {
			itemId: view.agenda[0].id,
			discussion: 'Предлог је подржан.',
			votesFor: 4,
			votesAgainst: 0,
			votesAbstained: 0,
			decisionTitle: 'Сајам запошљавања младих',
			decisionText: '',
			responsible: '',
			responsibleMemberId: members[0].memberId,
			deadline: '2027-03-01'
		});
		await draftCouncilMinutes(ctx, { sessionId: session.id });
		const drafted = (await getSessionForStaff(ctx, session.id)).session;
		expect(drafted.minutesStatus).toBe('draft');
		expect(drafted.minutesHtml).toContain('Јована Марковић');
		expect(drafted.minutesHtml).toContain('Предлог је подржан.');
		expect(drafted.minutesHtml).toContain(`Одлука 1/${YEAR}:`);
		expect(drafted.minutesHtml).toContain('за 4, против 0, уздржано 0');

		const memberCtx = contextOf(test.db, officeId, account);
		// Not sent yet: the member cannot read or comment.
		await expect(getDraftMinutesForMember(memberCtx, session.id, NOW)).rejects.toMatchObject({ code: 'not_found' });
		await expect(commentOnMinutes(memberCtx, { sessionId: session.id, text: 'Примедба' }, NOW)).rejects.toMatchObject({
			code: 'conflict'
		});
		expect(await sendMinutesForComments(ctx, { sessionId: session.id })).toEqual({ mailed: 5 });
		expect((await getDraftMinutesForMember(memberCtx, session.id, NOW)).minutesHtml).toContain('Предлог је подржан.');
		await commentOnMinutes(memberCtx, { sessionId: session.id, text: 'Исправите моје презиме.' }, NOW);
		expect((await getSessionForStaff(ctx, session.id)).comments).toMatchObject([
			{ text: 'Исправите моје презиме.', name: 'Јована Марковић' }
		]);

		// The member’s own area: the draft with their comment, and the decision they are responsible for.
		const area = await getCouncilAreaFor(memberCtx, NOW);
		expect(area.bodies).toHaveLength(1);
		expect(area.drafts.map((row) => row.id)).toEqual([session.id]);
		expect(area.drafts[0].myComments.map((row) => row.text)).toEqual(['Исправите моје презиме.']);
		expect(area.decisions.map((row) => row.number)).toEqual([`1/${YEAR}`]);
		// Members' private details are not in it.
		expect(JSON.stringify(area)).not.toContain('@example.test');
		expect(JSON.stringify(area)).not.toContain('birthYear');

		// A member of another body of the same office cannot read these drafts or comment on them.
		const otherBody = await body(officeId, coordinator, 'Омладински парламент');
		const outsider = await createPerson(test.db, { officeId, roles: ['council_member'] });
		await addCouncilMember(ctx, member(otherBody.id, { email: outsider.email }), NOW);
		const outsiderCtx = contextOf(test.db, officeId, outsider);
		await expect(getDraftMinutesForMember(outsiderCtx, session.id, NOW)).rejects.toMatchObject({ code: 'not_found' });
		await expect(
			commentOnMinutes(outsiderCtx, { sessionId: session.id, text: 'Туђа примедба' }, NOW)
		).rejects.toMatchObject({ code: 'not_found' });
		expect((await getCouncilAreaFor(outsiderCtx, NOW)).drafts).toEqual([]);
		// A young person cannot open the council area at all.
		const young = await createPerson(test.db, { officeId, roles: ['young_person'] });
		await expect(getCouncilAreaFor(contextOf(test.db, officeId, young), NOW)).rejects.toMatchObject({
			code: 'forbidden'
		});

		// Not public before approval.
		expect(await getPublicMinutes(test.db, officeId, session.id)).toBeNull();
		await approveCouncilMinutes(ctx, { sessionId: session.id });
		await expect(approveCouncilMinutes(ctx, { sessionId: session.id })).rejects.toMatchObject({
			code: 'conflict',
			messageKey: 'council.error.minutesAlreadyApproved'
		});
		expect(await auditOf(officeId, 'council.minutes_approved')).toHaveLength(1);
		const published = await getPublicMinutes(test.db, officeId, session.id);
		expect(published?.decisions.map((row) => row.number)).toEqual([`1/${YEAR}`]);
		expect(published?.session.status).toBe('minutes_approved');
	});

	it('follows decisions up: overdue, carried out per year, links, public list and search', async () => {
		const { ctx, session, members, officeId, bodyId } = await invitedSession();
		await recordCouncilAttendance(ctx, { sessionId: session.id, present: members.map((row) => row.memberId) }, DURING);
		const view = await getSessionForStaff(ctx, session.id);
		const base = {
			discussion: '',
			votesFor: 5,
			votesAgainst: 0,
			votesAbstained: 0,
			decisionText: '',
			responsible: 'Општинска управа',
			responsibleMemberId: null
		};
		const late = await recordAgendaOutcome(ctx, {
			...base,
			itemId: view.agenda[0].id,
			decisionTitle: 'Бесплатан интернет у центру',
			deadline: '2026-11-25'
		});
		const done = await recordAgendaOutcome(ctx, {
			...base,
			itemId: view.agenda[1].id,
			decisionTitle: 'Омладински клуб суботом',
			deadline: '2027-01-31'
		});
		const after = new Date('2026-12-01T10:00:00Z');
		expect((await listDecisionsForStaff(ctx, { overdueOnly: true, now: after })).map((row) => row.id)).toEqual([
			late.decisionId
		]);
		const [event] = await test.db
			.insert(events)
			.values({
				officeId,
				slug: 'klub-subotom',
				title: 'Клуб суботом',
				status: 'published',
				startsAt: new Date('2026-12-05T18:00Z'),
				endsAt: new Date('2026-12-05T20:00Z')
			})
			.returning();
		const eventId = event.id;
		const followUp = {
			decisionId: done.decisionId!,
			status: 'carried_out' as const,
			statusNote: 'Клуб ради суботом.',
			measureId: null,
			activityId: null,
			eventId,
			initiativeId: null
		};
		// A link to a record that does not exist here is refused, field by field.
		await expect(
			updateDecisionFollowUp(ctx, { ...followUp, eventId: crypto.randomUUID(), initiativeId: crypto.randomUUID() })
		).rejects.toMatchObject({
			fieldErrors: { eventId: 'council.error.unknownLink', initiativeId: 'council.error.unknownLink' }
		});
		await updateDecisionFollowUp(ctx, followUp);
		const counts = await countDecisionsCarriedOutByYear(test.db, { officeId, years: [2025, YEAR] });
		expect(counts.get(YEAR)).toBe(1);
		expect(counts.get(2025)).toBe(0);
		// Through the manifest hook too.
		const source = councilManifest.indicatorSources?.find(
			(candidate) => candidate.key === 'council.decisions_carried_out'
		);
		expect(
			(await source!.countByYear(test.db, { officeId, measureIds: [], years: [YEAR], now: after })).get(YEAR)
		).toBe(1);
		const attention = await councilAttention(test.db, officeId, after);
		expect(attention.find((item) => item.labelKey === 'council.dashboard.overdue')).toMatchObject({
			count: 1,
			tone: 'warning'
		});
		// Decisions are public once the minutes are approved; then they are found in either script.
		expect(await listPublicDecisions(test.db, officeId, { bodyId })).toEqual([]);
		await draftCouncilMinutes(ctx, { sessionId: session.id });
		// The dashboard leads straight to the one session whose minutes wait for approval.
		expect(
			(await councilAttention(test.db, officeId, after)).find(
				(item) => item.labelKey === 'council.dashboard.minutesAwaiting'
			)
		).toMatchObject({ count: 1, href: `/admin/council/sessions/${session.id}` });
		await approveCouncilMinutes(ctx, { sessionId: session.id });
		const publicList = await listPublicDecisions(test.db, officeId, { bodyId, now: after });
		expect(publicList.map((row) => [row.number, row.status, row.isOverdue])).toEqual([
			[`2/${YEAR}`, 'carried_out', false],
			[`1/${YEAR}`, 'adopted', true]
		]);
		expect(publicList[0].eventId).toBe(eventId);
		expect((await searchCouncil(test.db, officeId, searchKey('omladinski klub'), 10)).map((hit) => hit.path)).toEqual([
			`/council/decisions/${done.decisionId}`
		]);
		// Staff-only fields stay off the public page: unnamed members show only role and age.
		const page = await getPublicBody(
			test.db,
			officeId,
			(await test.db.select().from(councilBodies).where(eq(councilBodies.id, bodyId)))[0].slug,
			after
		);
		expect(page?.current.find((row) => row.name === 'Јована Марковић')).toBeDefined();
		expect(page?.current.filter((row) => row.name === null)).toHaveLength(4);
		expect(JSON.stringify(page?.current)).not.toContain('@example.test');
	});
});

describe('demo and personal data', () => {
	it('seeds the council with the age-rule warning, the parliament and decisions in every status', async () => {
		const { officeId, ctx } = await office();
		await createPerson(test.db, {
			officeId,
			roles: ['council_member'],
			email: `savet-${officeId.slice(0, 6)}@demo.test`
		});
		await seedDemoCouncil(test.db, officeId, NOW);
		const bodies = await listCouncilBodies(ctx, NOW);
		expect(bodies.map((row) => [row.kind, row.memberCount])).toEqual([
			['parliament', 30],
			['council', 11]
		]);
		// Sorted from the list's headings in the query: the members counted there are the ones shown.
		const sorted = async (params: string) =>
			(await listCouncilBodies(ctx, NOW, listSortOf(new URLSearchParams(params), COUNCIL_BODY_SORT_COLUMNS))).map(
				(row) => [row.kind, row.memberCount]
			);
		expect(await sorted('sort=members&dir=asc')).toEqual([
			['council', 11],
			['parliament', 30]
		]);
		expect(await sorted('sort=members&dir=desc')).toEqual([
			['parliament', 30],
			['council', 11]
		]);
		expect((await sorted('sort=kind&dir=asc')).map(([kind]) => kind)).toEqual(['council', 'parliament']);
		const council = await getBodyForStaff(ctx, bodies[1].id, { now: NOW });
		expect(council.ageRule.today.holds).toBe(true);
		expect(council.ageRule.warning?.causes.map((cause) => cause.name)).toEqual(['Лазар Томовић']);
		const statuses = new Set((await listDecisionsForStaff(ctx, { now: NOW })).map((row) => row.status));
		expect([...statuses].sort()).toEqual(['adopted', 'carried_out', 'in_progress', 'not_carried_out']);
		expect(council.sessions.some((row) => row.minutesStatus === 'sent')).toBe(true);
	});

	it('exports and erases a member’s records', async () => {
		const { officeId, ctx, account } = await invitedSession();
		const subject = { officeId, userId: account.userId, email: null, phone: null };
		const sections = await exportCouncilData(test.db, subject);
		expect(sections[0].records[0]).toMatchObject({ name: 'Јована Марковић', email: account.email });
		expect(await eraseCouncilData(test.db, subject)).toBe(1);
		const rows = await test.db.select().from(councilMembers).where(eq(councilMembers.officeId, officeId));
		expect(rows.some((row) => row.name === 'Јована Марковић')).toBe(false);
		expect(await exportCouncilData(test.db, subject)).toEqual([]);
		void ctx;
	});
});

describe('cancelling a session', () => {
	it('calls a session off with a reason, tells the invited members with an .ics CANCEL, and only once', async () => {
		const { ctx, officeId, session, bodyId, account } = await invitedSession();
		const empty = parseForm(cancelSessionInput, form({ sessionId: session.id, reason: '  ' }));
		expect(empty.ok).toBe(false);
		// A council member edits nothing but their own answers and comments.
		await expect(
			cancelCouncilSession(contextOf(test.db, officeId, account), { sessionId: session.id, reason: 'Болест' })
		).rejects.toMatchObject({ code: 'forbidden' });
		expect(await cancelCouncilSession(ctx, { sessionId: session.id, reason: 'Председница је болесна.' })).toEqual({
			mailed: 5
		});
		const mails = (await test.db.select().from(outboxMessages).where(eq(outboxMessages.officeId, officeId))).filter(
			(mail) => mail.subject.startsWith('Отказана')
		);
		expect(mails).toHaveLength(5);
		expect(mails[0].subject).toBe('Отказана 1. седница: Савет за младе');
		expect(mails[0].textBody).toContain('Разлог: Председница је болесна.');
		expect(mails[0].attachments[0].contentType).toBe('text/calendar; method=CANCEL');
		expect(mails[0].attachments[0].content).toContain('METHOD:CANCEL');
		expect(mails[0].attachments[0].content).toContain('STATUS:CANCELLED');
		// The same event as the invitation, so calendar apps remove it.
		expect(mails[0].attachments[0].content).toContain(`UID:council-${session.id}@mladi.ivanjica.test`);
		await expect(cancelCouncilSession(ctx, { sessionId: session.id, reason: 'Опет' })).rejects.toMatchObject({
			messageKey: 'council.error.alreadyCancelled'
		});
		expect(await auditOf(officeId, 'council.session_cancelled')).toHaveLength(1);
		// The public page says so, with the reason, and the answer links are closed.
		const slug = (await test.db.select().from(councilBodies).where(eq(councilBodies.id, bodyId)))[0].slug;
		const page = await getPublicBody(test.db, officeId, slug, NOW);
		expect(page?.upcoming.map((row) => [row.status, row.cancelReason])).toEqual([
			['cancelled', 'Председница је болесна.']
		]);
	});

	it('refuses to cancel a session that has been held', async () => {
		const { ctx, session, members } = await invitedSession();
		await recordCouncilAttendance(
			ctx,
			{ sessionId: session.id, present: [members[0].memberId] },
			new Date('2026-11-20T17:30:00Z')
		);
		await expect(cancelCouncilSession(ctx, { sessionId: session.id, reason: 'Касно' })).rejects.toMatchObject({
			messageKey: 'council.error.cancelAfterHeld'
		});
	});
});

describe('named votes, materials, founding act and search', () => {
	it('records each member’s vote when the body votes by name, in the minutes and on the public decision', async () => {
		const { ctx, officeId, session, members, bodyId } = await invitedSession();
		await test.db.update(councilBodies).set({ namedVotes: true }).where(eq(councilBodies.id, bodyId));
		const present = members.slice(0, 3).map((row) => row.memberId);
		await recordCouncilAttendance(ctx, { sessionId: session.id, present }, new Date('2026-11-20T17:30:00Z'));
		const [first] = (await getSessionForStaff(ctx, session.id)).agenda;
		const parsed = parseForm(
			agendaOutcomeInput,
			form({
				itemId: first.id,
				discussion: '',
				decisionTitle: 'Сајам запошљавања младих',
				// The typed totals are ignored: the named votes count.
				votesFor: '9',
				namedVote: [`${present[0]}:for`, `${present[1]}:against`, `${present[2]}:`]
			}),
			['namedVote']
		);
		if (!parsed.ok) throw new Error('outcome input');
		// Someone who was not present cannot vote.
		await expect(
			recordAgendaOutcome(ctx, {
				...parsed.data,
				namedVote: [...parsed.data.namedVote, { memberId: members[4].memberId, vote: 'for' }]
			})
		).rejects.toMatchObject({ messageKey: 'council.error.voterNotPresent' });
		await recordAgendaOutcome(ctx, parsed.data);
		const view = await getSessionForStaff(ctx, session.id);
		expect([view.agenda[0].votesFor, view.agenda[0].votesAgainst, view.agenda[0].votesAbstained]).toEqual([1, 1, 0]);
		expect(view.namedVotes[first.id]).toEqual({ [present[0]]: 'for', [present[1]]: 'against' });
		// A forged value is refused as bad input, not stored.
		expect(parseForm(agendaOutcomeInput, form({ itemId: first.id, namedVote: ['x:for'] }), ['namedVote']).ok).toBe(
			false
		);
		await draftCouncilMinutes(ctx, { sessionId: session.id });
		const drafted = (await test.db.select().from(councilSessions).where(eq(councilSessions.id, session.id)))[0];
		expect(drafted.minutesHtml).toContain('<strong>Гласали за:</strong> Јована Марковић');
		expect(drafted.minutesHtml).toContain('Гласали против:');
		await approveCouncilMinutes(ctx, { sessionId: session.id });
		const [decision] = await test.db.select().from(councilDecisions).where(eq(councilDecisions.bodyId, bodyId));
		const shown = await getPublicDecision(test.db, officeId, decision.id);
		expect(shown?.votes).toEqual({ for: 1, against: 1, abstained: 0 });
		// Names only of members who agreed; the others by role and age.
		expect(shown?.namedVotes).toEqual([
			{ vote: 'for', name: 'Јована Марковић', role: 'member', age: 26 },
			{ vote: 'against', name: null, role: 'member', age: expect.any(Number) }
		]);
	});

	it('uploads an agenda item’s material into the library, checked by its bytes', async () => {
		const { ctx, session } = await invitedSession();
		const item = {
			sessionId: session.id,
			title: 'Извештај о раду',
			titleEn: '',
			presenter: '',
			kind: 'information' as const,
			materialDocumentId: null,
			materialUrl: ''
		};
		await expect(
			addAgendaItem(ctx, { ...item, materialFile: { name: 'izvestaj.pdf', bytes: sampleExecutable() } })
		).rejects.toMatchObject({ code: 'invalid', fieldErrors: { materialFile: expect.any(String) } });
		const { id } = await addAgendaItem(ctx, {
			...item,
			materialFile: { name: 'izvestaj.pdf', bytes: samplePdf('Izvestaj') }
		});
		const agenda = (await getSessionForStaff(ctx, session.id)).agenda;
		const added = agenda.find((row) => row.id === id)!;
		expect(added.materialDocumentId).not.toBeNull();
		expect(added.materialPath).toMatch(/^\/documents\//);
		expect(added.materialTitle).toBe('Извештај о раду');
	});

	it('shows the founding act and finds decisions and minutes in either script', async () => {
		const { officeId, ctx, session, members, bodyId } = await invitedSession();
		const { id: documentId } = await uploadDocument(ctx, {
			title: 'Одлука о оснивању Савета за младе',
			titleEn: '',
			type: 'regulation',
			year: 2024,
			description: '',
			descriptionEn: '',
			isPublished: true,
			file: { name: 'osnivanje.pdf', bytes: samplePdf('Osnivanje') }
		});
		await test.db.update(councilBodies).set({ foundingDocumentId: documentId }).where(eq(councilBodies.id, bodyId));
		const slug = (await test.db.select().from(councilBodies).where(eq(councilBodies.id, bodyId)))[0].slug;
		expect((await getPublicBody(test.db, officeId, slug, NOW))?.foundingAct).toMatchObject({
			title: 'Одлука о оснивању Савета за младе',
			path: expect.stringMatching(/^\/documents\//)
		});
		await recordCouncilAttendance(
			ctx,
			{ sessionId: session.id, present: members.slice(0, 3).map((row) => row.memberId) },
			new Date('2026-11-20T17:30:00Z')
		);
		const [first] = (await getSessionForStaff(ctx, session.id)).agenda;
		await recordAgendaOutcome(ctx, {
			itemId: first.id,
			discussion: 'Говорило се о Шумадијском сајму.',
			votesFor: 3,
			votesAgainst: 0,
			votesAbstained: 0,
			decisionTitle: 'Сајам запошљавања младих',
			decisionText: '',
			responsible: '',
			responsibleMemberId: null,
			deadline: null
		});
		// Nothing is public before the minutes are approved.
		expect(await searchCouncilArchive(test.db, officeId, 'sajam')).toEqual({ decisions: [], minutes: [] });
		await draftCouncilMinutes(ctx, { sessionId: session.id });
		await approveCouncilMinutes(ctx, { sessionId: session.id });
		const latin = await searchCouncilArchive(test.db, officeId, 'sajam zaposljavanja');
		expect(latin.decisions.map((row) => row.title)).toEqual(['Сајам запошљавања младих']);
		const minutes = await searchCouncilArchive(test.db, officeId, 'šumadijskom');
		expect(minutes.minutes.map((row) => row.id)).toEqual([session.id]);
		expect((await searchCouncilArchive(test.db, officeId, 'Шумадијском')).minutes).toHaveLength(1);
		expect(await searchCouncilArchive(test.db, officeId, 'нематакверечи')).toEqual({ decisions: [], minutes: [] });
	});
});
