// Participation against a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL): age checks,
// similar initiatives across scripts, moderation hiding everywhere, one support and one ballot per
// person under concurrency, over-budget ballots refused, permissions, audited supporter reads.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { and, eq } from 'drizzle-orm';
import { createPerson } from '../../server/testing/factories.ts';
import type { Actor } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import { auditLog, outboxMessages } from '../../server/db/core-schema.ts';
import { DAY, NOW, YEAR, day, refusal, useParticipationOffice } from './test-office.ts';
import { initiativeInput, roundInput, pollInput } from './inputs.ts';
import { submitInitiative } from './commands/submit-initiative.server.ts';
import { moderateInitiative } from './commands/moderate-initiative.server.ts';
import { supportInitiative } from './commands/support-initiative.server.ts';
import { answerInitiative } from './commands/answer-initiative.server.ts';
import { commentOnInitiative } from './commands/comment-on-initiative.server.ts';
import { hideContent, reportContent } from './commands/moderate-content.server.ts';
import { saveBudgetRound, proposeProject, reviewProject } from './commands/budget.server.ts';
import { castBallot, enterPaperBallot } from './commands/cast-ballot.server.ts';
import { savePoll } from './commands/save-poll.server.ts';
import { voteInPoll } from './commands/vote-in-poll.server.ts';
import {
	countAttention,
	findSimilarInitiatives,
	getPublicInitiative,
	listInitiativesForAdmin,
	listInitiativesSitemap,
	listPublicInitiatives,
	listRecentInitiatives,
	readSupporters,
	searchInitiatives
} from './queries.server.ts';
import { getRoundResults, getRound } from './budget-queries.server.ts';
import { getPoll, getPollResults } from './poll-queries.server.ts';
import { participationBallots, participationSupports } from './schema.ts';
import { participationIndicatorSources } from './indicators.server.ts';
import { participationPersonalData } from './personal-data.server.ts';
import { searchKey } from '../../i18n/script.ts';

const fixture = useParticipationOffice({ preModeration: true, supportThreshold: 3, groupMinMembers: 3 });
const { ctxOf, youngPerson } = fixture;

async function publishedInitiative(title: string, author?: Actor) {
	const by = author ?? (await youngPerson());
	const { id } = await submitInitiative(ctxOf(by), {
		input: v.parse(initiativeInput, {
			title,
			problem: 'Проблем је стваран.',
			proposal: 'Предлог решења.',
			follow: 'on'
		})
	});
	await moderateInitiative(ctxOf(fixture.staff), { id, input: { decision: 'publish' } });
	return { id, author: by };
}

describe('initiatives', () => {
	it('asks for the year of birth, refuses people outside the youth range, and waits for moderation', async () => {
		const nobody = await createPerson(fixture.db, { officeId: fixture.officeId, roles: ['young_person'] });
		const input = v.parse(initiativeInput, {
			title: 'Клупе у парку',
			problem: 'Нема где да се седне.',
			proposal: 'Поставити клупе.'
		});
		const missing = await refusal(submitInitiative(ctxOf(nobody), { input }));
		expect(missing.messageKey).toBe('participation.error.birthYearMissing');
		const older = await youngPerson(35);
		const outside = await refusal(submitInitiative(ctxOf(older), { input }));
		expect(outside.code).toBe('forbidden');
		expect(outside.fieldErrors.birthYear).toContain('participation.error.ageRange');
		const young = await youngPerson(16);
		const created = await submitInitiative(ctxOf(young), { input });
		expect(created.status).toBe('submitted');
		// Not public until published; the author sees it, a visitor does not.
		expect(await getPublicInitiative(fixture.db, fixture.officeId, created.id, null)).toBeNull();
		expect((await getPublicInitiative(fixture.db, fixture.officeId, created.id, young))?.status).toBe('submitted');
		expect((await listInitiativesForAdmin(fixture.db, fixture.officeId, 'moderation')).map((row) => row.id)).toContain(
			created.id
		);
	});

	it('finds similar initiatives whichever script they were written in', async () => {
		const { id } = await publishedInitiative('Бесплатан интернет у градском парку');
		const similar = await findSimilarInitiatives(fixture.db, fixture.officeId, 'Besplatan internet u parku');
		expect(similar.map((row) => row.id)).toContain(id);
		expect(await findSimilarInitiatives(fixture.db, fixture.officeId, 'Спортска хала')).not.toContainEqual(
			expect.objectContaining({ id })
		);
	});

	it('lets only staff moderate, and only the author edit, and only before publication', async () => {
		const author = await youngPerson(20);
		const other = await youngPerson(21);
		const input = v.parse(initiativeInput, {
			title: 'Радионица стрипа',
			problem: 'Нема радионица.',
			proposal: 'Организовати их.'
		});
		const { id } = await submitInitiative(ctxOf(author), { input });
		expect((await refusal(moderateInitiative(ctxOf(author), { id, input: { decision: 'publish' } }))).code).toBe(
			'forbidden'
		);
		expect((await refusal(submitInitiative(ctxOf(other), { id, input }))).code).toBe('forbidden');
		await moderateInitiative(ctxOf(fixture.staff), {
			id,
			input: { decision: 'reject', reason: 'unclear', note: 'Допишите где.' }
		});
		const edited = await submitInitiative(ctxOf(author), { id, input: { ...input, place: 'Дом културе' } });
		expect(edited.status).toBe('submitted');
		await moderateInitiative(ctxOf(fixture.staff), { id, input: { decision: 'publish' } });
		expect((await refusal(submitInitiative(ctxOf(author), { id, input }))).code).toBe('forbidden');
	});

	it('keeps one support per person under 100 concurrent attempts and starts the answer deadline at the threshold', async () => {
		const { id } = await publishedInitiative('Летњи биоскоп на тргу');
		const supporter = await youngPerson(19);
		const outcomes = await Promise.allSettled(
			Array.from({ length: 100 }, () => supportInitiative(ctxOf(supporter), { id }))
		);
		expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
		const rejected = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
		expect(
			rejected.every(
				(outcome) => isAppError(outcome.reason) && outcome.reason.messageKey === 'participation.error.alreadySupported'
			)
		).toBe(true);
		const rows = await fixture.db
			.select()
			.from(participationSupports)
			.where(eq(participationSupports.initiativeId, id));
		expect(rows).toHaveLength(1);
		let initiative = (await getPublicInitiative(fixture.db, fixture.officeId, id, null))!;
		expect(initiative.supportCount).toBe(1);
		expect(initiative.answerDueAt).toBeNull();
		for (const age of [17, 22])
			await supportInitiative(ctxOf(await youngPerson(age)), { id, now: new Date(NOW.getTime() - 40 * DAY) });
		initiative = (await getPublicInitiative(fixture.db, fixture.officeId, id, null))!;
		expect(initiative.supportCount).toBe(3);
		expect(initiative.answerDueAt!.getTime()).toBe(initiative.thresholdReachedAt!.getTime() + 30 * DAY);
		// Reached 40 days ago with 30 days to answer: overdue, for staff and on the dashboard.
		expect(
			(await listInitiativesForAdmin(fixture.db, fixture.officeId, 'overdue', NOW)).map((row) => row.id)
		).toContain(id);
		expect((await countAttention(fixture.db, fixture.officeId, NOW)).overdue).toBeGreaterThan(0);
		// A person outside the range cannot support.
		expect((await refusal(supportInitiative(ctxOf(await youngPerson(40)), { id }))).code).toBe('forbidden');
	}, 120_000);

	it('tells followers through the outbox when the office answers, and the answer ends the overdue state', async () => {
		const author = await youngPerson(18, { email: `autor-${Date.now()}@example.test` });
		const { id } = await publishedInitiative('Чесме за воду у парку', author);
		const incomplete = await refusal(
			answerInitiative(ctxOf(fixture.staff), {
				id,
				input: { status: 'accepted', answer: '', answerEn: '', linkedLabel: '', linkedPath: '' }
			})
		);
		expect(incomplete.fieldErrors.answer).toContain('participation.error.answerRequired');
		await answerInitiative(ctxOf(fixture.coordinator), {
			id,
			input: {
				status: 'accepted',
				answer: 'Прихваћено, чесме стижу у пролеће.',
				answerEn: '',
				linkedLabel: '',
				linkedPath: ''
			}
		});
		const mails = await fixture.db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, author.email));
		expect(
			mails.some((mail) => mail.subject.includes('Чесме за воду у парку') && mail.textBody.includes('Прихваћено'))
		).toBe(true);
		expect(
			(
				await refusal(
					answerInitiative(ctxOf(author), {
						id,
						input: { status: 'done', answer: 'x', answerEn: '', linkedLabel: '', linkedPath: '' }
					})
				)
			).code
		).toBe('forbidden');
	});

	it('hides moderated content everywhere: list, search, feed and sitemap, and refuses comments on it', async () => {
		const { id } = await publishedInitiative('Трамболина у школском дворишту');
		const reporter = await youngPerson(17);
		await reportContent(ctxOf(reporter), { initiativeId: id, reason: 'offensive', note: '' });
		const visible = async () => ({
			list: (await listPublicInitiatives(fixture.db, fixture.officeId, {})).items.some((row) => row.id === id),
			search: (await searchInitiatives(fixture.db, fixture.officeId, searchKey('трамболина'), 10)).some((hit) =>
				hit.path.endsWith(id)
			),
			feed: (await listRecentInitiatives(fixture.db, fixture.officeId, 50)).some((row) => row.id === id),
			sitemap: (await listInitiativesSitemap(fixture.db, fixture.officeId)).some((entry) => entry.path.endsWith(id))
		});
		expect(await visible()).toEqual({ list: true, search: true, feed: true, sitemap: true });
		expect((await refusal(hideContent(ctxOf(reporter), { initiativeId: id, reason: 'offensive' }))).code).toBe(
			'forbidden'
		);
		await hideContent(ctxOf(fixture.staff), { initiativeId: id, reason: 'offensive' });
		expect(await visible()).toEqual({ list: false, search: false, feed: false, sitemap: false });
		const page = (await getPublicInitiative(fixture.db, fixture.officeId, id, null))!;
		expect(page.hiddenReason).toBe('offensive');
		expect(page.title).toBe('');
		const comment = await refusal(commentOnInitiative(ctxOf(reporter), { initiativeId: id, body: 'Ипак?' }));
		expect(comment.messageKey).toBe('participation.error.hiddenNoComments');
		expect((await countAttention(fixture.db, fixture.officeId, NOW)).reports).toBe(0);
	});

	it('shows staff supporters by group, with names only of those who agreed, and audits every read', async () => {
		const { id } = await publishedInitiative('Бицикли за изнајмљивање');
		const named = await youngPerson(18);
		await supportInitiative(ctxOf(named), { id, showName: true });
		for (let index = 0; index < 5; index++) await supportInitiative(ctxOf(await youngPerson(18)), { id });
		const view = await readSupporters(ctxOf(fixture.staff), id);
		expect(view.total).toBe(6);
		expect(view.named).toEqual([named.name]);
		expect(view.byAgeBand).toEqual([{ key: '15_19', count: 6 }]);
		const audits = await fixture.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'participation.supporters.viewed'), eq(auditLog.entityId, id)));
		expect(audits).toHaveLength(1);
		expect((await refusal(readSupporters(ctxOf(named), id))).code).toBe('forbidden');
	});
});

describe('participatory budget', () => {
	async function votingRound(amount = '1000000') {
		const ctx = ctxOf(fixture.coordinator);
		const { id } = await saveBudgetRound(ctx, {
			input: v.parse(roundInput, {
				title: 'Буџет',
				amount,
				rule: 'within_amount',
				proposalsFrom: day(-3),
				reviewFrom: day(-2),
				votingFrom: day(-1),
				resultsFrom: day(5),
				implementationFrom: day(10)
			})
		});
		const round = (await getRound(fixture.db, fixture.officeId, id))!;
		// Projects are proposed during the proposals phase, then reviewed.
		const proposer = await youngPerson(20);
		const projectIds: string[] = [];
		for (const [title, cost] of [
			['Клупе', 600_000],
			['Светла', 500_000],
			['Књиге', 300_000]
		] as const) {
			const { id: projectId } = await proposeProject(ctxOf(proposer), {
				roundId: id,
				input: { title, description: 'Опис', estimatedCost: cost, imageIds: [] },
				now: new Date(round.proposalsFrom.getTime() + 1000)
			});
			await reviewProject(ctxOf(fixture.staff), { projectId, feasibility: 'feasible', finalCost: cost, reason: '' });
			projectIds.push(projectId);
		}
		return { round, projectIds };
	}

	it('refuses an over-budget ballot with the amounts, accepts a valid one, and lets the voter change it', async () => {
		const { round, projectIds } = await votingRound();
		const voter = await youngPerson(18);
		const over = await refusal(
			castBallot(ctxOf(voter), { roundId: round.id, projectIds: [projectIds[0], projectIds[1]] })
		);
		expect(over.messageKey).toBe('participation.ballot.error.overBudget');
		expect(over.fieldErrors.projects).toContain('1.100.000 RSD');
		expect(
			(await castBallot(ctxOf(voter), { roundId: round.id, projectIds: [projectIds[0], projectIds[2]] })).replaced
		).toBe(false);
		expect((await castBallot(ctxOf(voter), { roundId: round.id, projectIds: [projectIds[1]] })).replaced).toBe(true);
		const rows = await fixture.db.select().from(participationBallots).where(eq(participationBallots.roundId, round.id));
		expect(rows.map((row) => row.projectIds)).toEqual([[projectIds[1]]]);
		// Outside the age range, or before/after the voting phase.
		expect(
			(await refusal(castBallot(ctxOf(await youngPerson(45)), { roundId: round.id, projectIds: [projectIds[2]] }))).code
		).toBe('forbidden');
		const early = await refusal(
			castBallot(ctxOf(voter), { roundId: round.id, projectIds: [projectIds[2]], now: round.reviewFrom })
		);
		expect(early.messageKey).toBe('participation.ballot.error.notYet');
		const late = await refusal(
			castBallot(ctxOf(voter), { roundId: round.id, projectIds: [projectIds[2]], now: round.resultsFrom })
		);
		expect(late.messageKey).toBe('participation.ballot.error.closed');
	});

	it('keeps one ballot per person under 100 concurrent attempts, counts paper ballots apart, and picks winners greedily', async () => {
		const { round, projectIds } = await votingRound();
		const voter = await youngPerson(22);
		const outcomes = await Promise.allSettled(
			Array.from({ length: 100 }, (_, index) =>
				castBallot(ctxOf(voter), { roundId: round.id, projectIds: [projectIds[index % 2 === 0 ? 0 : 2]] })
			)
		);
		expect(outcomes.every((outcome) => outcome.status === 'fulfilled')).toBe(true);
		const rows = await fixture.db.select().from(participationBallots).where(eq(participationBallots.roundId, round.id));
		expect(rows).toHaveLength(1);
		await castBallot(ctxOf(await youngPerson(19)), { roundId: round.id, projectIds: [projectIds[0], projectIds[2]] });
		await castBallot(ctxOf(await youngPerson(19)), { roundId: round.id, projectIds: [projectIds[1], projectIds[2]] });
		expect(
			(await refusal(enterPaperBallot(ctxOf(voter), { roundId: round.id, projectIds: [projectIds[1]] }))).code
		).toBe('forbidden');
		await enterPaperBallot(ctxOf(fixture.staff), { roundId: round.id, projectIds: [projectIds[1]] });
		await enterPaperBallot(ctxOf(fixture.staff), { roundId: round.id, projectIds: [projectIds[1]] });
		const results = await getRoundResults(fixture.db, round);
		expect(results.ballots).toBe(5);
		expect(results.paperBallots).toBe(2);
		const byTitle = new Map(results.projects.map((project) => [project.title, project]));
		// Светла has 3 votes (500k), Књиге 2 or 3 (300k; the cheaper wins a tie), Клупе 1 or 2 (600k): the
		// first two are chosen, 800k of the amount, and Клупе no longer fits in what is left.
		expect(byTitle.get('Светла')!.votes).toBe(3);
		expect(byTitle.get('Светла')!.paperVotes).toBe(2);
		expect(byTitle.get('Светла')!.isWinner).toBe(true);
		expect(byTitle.get('Књиге')!.isWinner).toBe(true);
		expect(byTitle.get('Клупе')!.isSkipped).toBe(true);
		expect(results.spent).toBe(800_000);
	}, 120_000);
});

describe('quick polls', () => {
	it('takes one vote per account and per browser, and hides small groups in the results', async () => {
		const { id } = await savePoll(ctxOf(fixture.staff), {
			input: v.parse(pollInput, {
				question: 'Које радионице?',
				options: 'Цртање\nМузика',
				audience: 'everyone',
				resultsAfterVote: 'on',
				opensAt: day(-1),
				closesAt: day(3)
			})
		});
		const voter = await youngPerson(18);
		const vote = (actor: Actor | null, token: string | null, choices = ['o1']) =>
			voteInPoll(ctxOf(actor), { pollId: id, choices, browserToken: token, clientKey: 'test' });
		await vote(voter, null);
		expect((await refusal(vote(voter, null, ['o2']))).messageKey).toBe('participation.poll.alreadyVoted');
		await vote(null, 'browser-a', ['o2']);
		expect((await refusal(vote(null, 'browser-a'))).messageKey).toBe('participation.poll.alreadyVoted');
		expect((await refusal(vote(null, null))).messageKey).toBe('participation.poll.cookiesNeeded');
		expect((await refusal(vote(null, 'browser-b', ['o1', 'o2']))).code).toBe('invalid');
		const results = await getPollResults(fixture.db, (await getPoll(fixture.db, fixture.officeId, id))!);
		expect(results.voters).toBe(2);
		expect(results.options).toEqual([
			{ id: 'o1', votes: 1, percent: 50 },
			{ id: 'o2', votes: 1, percent: 50 }
		]);
		expect(results.byAgeBand).toEqual([{ key: '15_19', count: null }]);
	});
});

describe('connections', () => {
	it('gives the action plan its figures and a person their data, then erases it keeping the counts', async () => {
		const source = (key: string) => participationIndicatorSources.find((item) => item.key === key)!;
		const submitted = await source('participation.initiatives_submitted').countByYear(fixture.db, {
			officeId: fixture.officeId,
			measureIds: [],
			years: [YEAR - 1, YEAR],
			now: new Date()
		});
		expect(submitted.get(YEAR)).toBeGreaterThan(5);
		expect(submitted.get(YEAR - 1)).toBe(0);
		const people = await source('participation.young_participants').countByYear(fixture.db, {
			officeId: fixture.officeId,
			measureIds: [],
			years: [YEAR],
			now: new Date()
		});
		expect(people.get(YEAR)).toBeGreaterThan(10);

		const person = await youngPerson(18);
		const { id } = await publishedInitiative('Моја идеја за брисање', person);
		const other = await publishedInitiative('Туђа идеја');
		await supportInitiative(ctxOf(person), { id: other.id });
		const subject = { officeId: fixture.officeId, userId: person.userId, email: person.email, phone: null };
		const sections = await participationPersonalData.export(fixture.db, subject);
		expect(sections.map((section) => section.titleKey)).toEqual(
			expect.arrayContaining(['participation.personalData.initiatives', 'participation.personalData.supports'])
		);
		const changed = await fixture.db.transaction((tx) => participationPersonalData.erase(tx, subject, NOW));
		expect(changed).toBeGreaterThan(2);
		expect(await participationPersonalData.export(fixture.db, subject)).toEqual([]);
		const kept = (await getPublicInitiative(fixture.db, fixture.officeId, id, null))!;
		expect(kept.authorId).toBeNull();
		expect((await getPublicInitiative(fixture.db, fixture.officeId, other.id, null))!.supportCount).toBe(1);
	});
});
