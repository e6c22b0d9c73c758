// Participation behaviours the first integration file leaves out, on a real database (PGlite, or
// PostgreSQL with TEST_DATABASE_URL): poll audiences and the per-address limit, one-level replies and
// the comment limit, hidden comments, followers told of status changes, the public list's filters and
// search in either script, the home page's block, feasibility reviews, paper ballots, breakdowns per
// project, the "projects done" indicator and the demo office's participation.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { and, eq } from 'drizzle-orm';
import { createOffice, createPerson } from '../../server/testing/factories.ts';
import type { Actor } from '../../server/actor.ts';
import { auditLog, outboxMessages } from '../../server/db/core-schema.ts';
import { DAY, NOW, YEAR, day, refusal, useParticipationOffice } from './test-office.ts';
import { initiativeInput, pollInput, roundInput } from './inputs.ts';
import { submitInitiative } from './commands/submit-initiative.server.ts';
import { moderateInitiative } from './commands/moderate-initiative.server.ts';
import { supportInitiative } from './commands/support-initiative.server.ts';
import { setFollowing } from './commands/follow-initiative.server.ts';
import { answerInitiative } from './commands/answer-initiative.server.ts';
import { commentOnInitiative } from './commands/comment-on-initiative.server.ts';
import { hideContent } from './commands/moderate-content.server.ts';
import { addCategory } from './commands/categories.server.ts';
import { proposeProject, reviewProject, saveBudgetRound, updateProjectProgress } from './commands/budget.server.ts';
import { castBallot, enterPaperBallot } from './commands/cast-ballot.server.ts';
import { savePoll } from './commands/save-poll.server.ts';
import { voteInPoll } from './commands/vote-in-poll.server.ts';
import { listComments, listInitiativesForAdmin, listPublicInitiatives, getPublicInitiative } from './queries.server.ts';
import { getCurrentRound, getRound, getRoundResults, listProjects } from './budget-queries.server.ts';
import { listClosedPolls, listOpenPolls } from './poll-queries.server.ts';
import { getParticipationHighlights } from './home.server.ts';
import { participationIndicatorSources } from './indicators.server.ts';
import { seedDemoParticipation } from './seed.server.ts';
import { participationBallots, participationInitiatives } from './schema.ts';
import { INITIATIVE_STATUSES } from './constants.ts';
import { isAnswerOverdue } from './rules.ts';

const fixture = useParticipationOffice({ preModeration: false, supportThreshold: 3, groupMinMembers: 3 });
const { ctxOf, youngPerson } = fixture;

async function published(title: string, options: { categoryId?: string; office?: string; author?: Actor } = {}) {
	const office = options.office ?? fixture.officeId;
	const author = options.author ?? (await youngPerson(18, { office }));
	const { id, status } = await submitInitiative(ctxOf(author, office), {
		input: v.parse(initiativeInput, {
			title,
			problem: 'Проблем је стваран.',
			proposal: 'Предлог решења.',
			categoryId: options.categoryId ?? '',
			follow: 'on'
		})
	});
	// Published at once where the office does not pre-moderate (the first office), else by staff.
	if (status === 'submitted')
		await moderateInitiative(ctxOf(fixture.staff, office), { id, input: { decision: 'publish' } });
	return id;
}

const answer = (
	status: 'accepted' | 'in_progress' | 'done' | 'under_consideration',
	text = 'Одговор канцеларије.'
) => ({
	status,
	answer: text,
	answerEn: '',
	linkedLabel: '',
	linkedPath: ''
});

describe('quick polls', () => {
	async function poll(audience: 'everyone' | 'signed_in' | 'young') {
		const { id } = await savePoll(ctxOf(fixture.staff), {
			input: v.parse(pollInput, {
				question: `Анкета за ${audience}?`,
				options: 'Да\nНе',
				audience,
				opensAt: day(-1),
				closesAt: day(3)
			})
		});
		return id;
	}
	const vote = (pollId: string, actor: Actor | null, token: string | null = null, clientKey = '10.0.0.1') =>
		voteInPoll(ctxOf(actor), { pollId, choices: ['o1'], browserToken: token, clientKey });

	it('lets only signed-in people vote in a "signed in" poll, and says so next to the poll', async () => {
		const id = await poll('signed_in');
		const anonymous = await refusal(vote(id, null, 'browser-signed-in'));
		expect(anonymous.code).toBe('unauthenticated');
		expect(anonymous.messageKey).toBe('participation.poll.signInFirst');
		expect(anonymous.fieldErrors.choices).toBe('participation.poll.signInFirst');
		// Any signed-in account counts, whatever its age.
		await vote(id, await youngPerson(45));
		await vote(id, await youngPerson(null));
	});

	it('lets only young people within the range vote in a "young" poll, with the reason on the poll', async () => {
		const id = await poll('young');
		expect((await refusal(vote(id, null, 'browser-young'))).messageKey).toBe('participation.poll.signInFirst');
		const older = await refusal(vote(id, await youngPerson(40)));
		expect(older.code).toBe('forbidden');
		expect(older.fieldErrors.choices).toContain('participation.error.ageRange');
		expect(older.fieldErrors.choices).toContain('"max":30');
		const unknown = await refusal(vote(id, await youngPerson(null)));
		expect(unknown.fieldErrors.choices).toContain('participation.error.birthYearMissing');
		await vote(id, await youngPerson(17));
	});

	it('takes at most 30 browsers an hour from one network address in an "everyone" poll', async () => {
		const id = await poll('everyone');
		for (let index = 0; index < 30; index++) await vote(id, null, `browser-${index}`, '10.0.0.9');
		const limited = await refusal(vote(id, null, 'browser-30', '10.0.0.9'));
		expect(limited.code).toBe('rate_limited');
		expect(limited.messageKey).toBe('error.429.text');
		// Another address, or another poll from the same address, is not affected.
		await vote(id, null, 'browser-31', '10.0.0.10');
		await vote(await poll('everyone'), null, 'browser-32', '10.0.0.9');
	}, 60_000);
});

describe('comments', () => {
	it('keeps replies one level deep: a reply to a reply, or to another initiative, is refused', async () => {
		const id = await published('Зидни мурал у подвожњаку');
		const other = await published('Полица за књиге на станици');
		const [first, second, third] = [await youngPerson(18), await youngPerson(19), await youngPerson(20)];
		const top = await commentOnInitiative(ctxOf(first), { initiativeId: id, body: 'Одлично!' });
		expect(top.isApproved).toBe(true);
		const reply = await commentOnInitiative(ctxOf(second), { initiativeId: id, body: 'Слажем се.', parentId: top.id });
		const deeper = await refusal(
			commentOnInitiative(ctxOf(third), { initiativeId: id, body: 'И ја.', parentId: reply.id })
		);
		expect(deeper.code).toBe('invalid');
		expect(deeper.messageKey).toBe('participation.error.replyTarget');
		expect(
			(await refusal(commentOnInitiative(ctxOf(third), { initiativeId: other, body: 'Овде?', parentId: top.id })))
				.messageKey
		).toBe('participation.error.replyTarget');
		// A made-up parent is the same refusal, not a database error.
		expect(
			(await refusal(commentOnInitiative(ctxOf(third), { initiativeId: id, body: 'Хм.', parentId: 'not-an-id' })))
				.messageKey
		).toBe('participation.error.replyTarget');
		const thread = await listComments(fixture.db, id, null);
		expect(thread).toHaveLength(1);
		expect(thread[0].id).toBe(top.id);
		expect(thread[0].replies.map((node) => node.id)).toEqual([reply.id]);
		expect(thread[0].replies[0].replies).toEqual([]);
	});

	it('takes five comments per person in ten minutes, then refuses with the rate-limit message', async () => {
		const id = await published('Бесплатне радионице гитаре');
		const talker = await youngPerson(21);
		for (let index = 0; index < 5; index++)
			await commentOnInitiative(ctxOf(talker), { initiativeId: id, body: `Коментар ${index}` });
		const limited = await refusal(commentOnInitiative(ctxOf(talker), { initiativeId: id, body: 'Још један' }));
		expect(limited.code).toBe('rate_limited');
		expect(limited.messageKey).toBe('error.429.text');
		await commentOnInitiative(ctxOf(await youngPerson(22)), { initiativeId: id, body: 'Други човек може.' });
		expect((await listComments(fixture.db, id, null)).filter((node) => node.body.startsWith('Коментар'))).toHaveLength(
			5
		);
	});

	it('shows a hidden comment in its place with the public reason and without its text', async () => {
		const id = await published('Пумпа за бицикле код школе');
		const { id: commentId } = await commentOnInitiative(ctxOf(await youngPerson(18)), {
			initiativeId: id,
			body: 'Ово је мој број телефона 064 123 456.'
		});
		await hideContent(ctxOf(fixture.staff), { initiativeId: id, commentId, reason: 'personal_data' });
		const [publicView] = await listComments(fixture.db, id, null);
		expect(publicView).toMatchObject({ id: commentId, body: '', hiddenReason: 'personal_data' });
		const [staffView] = await listComments(fixture.db, id, fixture.staff);
		expect(staffView.body).toContain('064');
		expect(staffView.hiddenReason).toBe('personal_data');
	});
});

describe('followers', () => {
	it('tells supporters who chose to follow when the status changes, and not those who did not', async () => {
		const title = `Пешачки прелаз код вртића ${Date.now()}`;
		const id = await published(title);
		const follower = await youngPerson(18, { email: `prati-${Date.now()}@example.test` });
		const silent = await youngPerson(19, { email: `ne-prati-${Date.now()}@example.test` });
		const stopped = await youngPerson(20, { email: `prestao-${Date.now()}@example.test` });
		const watcher = await youngPerson(45, { email: `posmatrac-${Date.now()}@example.test` });
		await supportInitiative(ctxOf(follower), { id, follow: true });
		await supportInitiative(ctxOf(silent), { id, follow: false });
		await supportInitiative(ctxOf(stopped), { id, follow: true });
		await setFollowing(ctxOf(stopped), { id, follow: false });
		// Following does not need a support (nor the youth age range).
		await setFollowing(ctxOf(watcher), { id, follow: true });
		const mailsTo = async (actor: Actor) =>
			(await fixture.db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, actor.email))).filter((mail) =>
				mail.subject.includes(title)
			);

		await answerInitiative(ctxOf(fixture.coordinator), { id, input: answer('under_consideration', '') });
		expect(await mailsTo(follower)).toHaveLength(1);
		expect(await mailsTo(watcher)).toHaveLength(1);
		expect(await mailsTo(silent)).toHaveLength(0);
		expect(await mailsTo(stopped)).toHaveLength(0);
		// The same status again with a corrected text tells nobody; a new status tells them again.
		await answerInitiative(ctxOf(fixture.coordinator), { id, input: answer('under_consideration', 'Разматрамо.') });
		expect(await mailsTo(follower)).toHaveLength(1);
		await answerInitiative(ctxOf(fixture.coordinator), { id, input: answer('accepted', 'Прихваћено.') });
		const mails = await mailsTo(follower);
		expect(mails).toHaveLength(2);
		expect(mails.some((mail) => mail.textBody.includes(`/initiatives/${id}`))).toBe(true);
		expect(await mailsTo(silent)).toHaveLength(0);
	});
});

describe('the public list', () => {
	it('filters by category and status, sorts newest or most supported, and searches in either script', async () => {
		const office = (await createOffice(fixture.db)).id;
		const ctx = ctxOf(fixture.coordinator, office);
		const { id: sport } = await addCategory(ctx, { input: { name: 'Спорт', nameEn: 'Sport' } });
		const { id: culture } = await addCategory(ctx, { input: { name: 'Култура', nameEn: 'Culture' } });
		const latin = await published('Besplatan Wi-Fi na gradskom trgu', { office, categoryId: culture });
		const cyrillic = await published('Скејт парк поред реке', { office, categoryId: sport });
		const plain = await published('Клупе испред библиотеке', { office });
		// Published one day apart, oldest first.
		for (const [index, id] of [latin, cyrillic, plain].entries())
			await fixture.db
				.update(participationInitiatives)
				.set({ publishedAt: new Date(NOW.getTime() - (3 - index) * DAY) })
				.where(eq(participationInitiatives.id, id));
		for (const age of [16, 17])
			await supportInitiative(ctxOf(await youngPerson(age, { office }), office), { id: cyrillic });
		await supportInitiative(ctxOf(await youngPerson(18, { office }), office), { id: latin });
		await answerInitiative(ctxOf(fixture.coordinator, office), { id: cyrillic, input: answer('accepted') });

		const ids = async (options: Parameters<typeof listPublicInitiatives>[2]) =>
			(await listPublicInitiatives(fixture.db, office, options)).items.map((item) => item.id);
		expect(await ids({})).toEqual([plain, cyrillic, latin]);
		expect(await ids({ sort: 'newest' })).toEqual([plain, cyrillic, latin]);
		expect(await ids({ sort: 'supported' })).toEqual([cyrillic, latin, plain]);
		expect(await ids({ categoryId: culture })).toEqual([latin]);
		expect(await ids({ categoryId: sport })).toEqual([cyrillic]);
		expect(await ids({ status: 'accepted' })).toEqual([cyrillic]);
		expect(await ids({ status: 'published' })).toEqual([plain, latin]);
		expect(await ids({ status: 'published', categoryId: sport })).toEqual([]);
		// A Cyrillic query finds Latin text and a Latin query Cyrillic text.
		expect(await ids({ query: 'бесплатан' })).toEqual([latin]);
		expect(await ids({ query: 'градском тргу' })).toEqual([latin]);
		expect(await ids({ query: 'skejt park' })).toEqual([cyrillic]);
		expect(await ids({ query: 'biblioteke' })).toEqual([plain]);
		expect(await ids({ query: 'skejt', categoryId: culture })).toEqual([]);
		const total = await listPublicInitiatives(fixture.db, office, { status: 'published' });
		expect(total.total).toBe(2);
		expect(total.pages).toBe(1);
	});
});

describe('the home page', () => {
	it('shows an open budget phase and the three newest initiatives, and leaves out a round under review', async () => {
		const office = (await createOffice(fixture.db)).id;
		let highlights = await getParticipationHighlights(fixture.db, office, NOW);
		expect(highlights).toEqual({ polls: [], budget: null, initiatives: [] });
		const titles = ['Прва идеја', 'Друга идеја', 'Трећа идеја', 'Четврта идеја'];
		for (const [index, title] of titles.entries()) {
			const id = await published(title, { office });
			await fixture.db
				.update(participationInitiatives)
				.set({ publishedAt: new Date(NOW.getTime() - (10 - index) * DAY) })
				.where(eq(participationInitiatives.id, id));
		}
		const { id: roundId } = await saveBudgetRound(ctxOf(fixture.coordinator, office), {
			input: v.parse(roundInput, {
				title: 'Буџет за младе',
				titleEn: 'Youth budget',
				amount: '500000',
				rule: 'within_amount',
				proposalsFrom: day(-10),
				reviewFrom: day(-5),
				votingFrom: day(-1),
				resultsFrom: day(5),
				implementationFrom: day(10)
			})
		});
		highlights = await getParticipationHighlights(fixture.db, office, NOW);
		expect(highlights.budget).toEqual({ title: 'Буџет за младе', titleEn: 'Youth budget', phase: 'voting' });
		expect(highlights.initiatives.map((item) => item.title)).toEqual(['Четврта идеја', 'Трећа идеја', 'Друга идеја']);
		expect(highlights.initiatives.every((item) => item.overdue === false)).toBe(true);
		const round = (await getRound(fixture.db, office, roundId))!;
		expect((await getParticipationHighlights(fixture.db, office, round.proposalsFrom)).budget?.phase).toBe('proposals');
		expect((await getParticipationHighlights(fixture.db, office, round.reviewFrom)).budget).toBeNull();
		expect((await getParticipationHighlights(fixture.db, office, round.resultsFrom)).budget?.phase).toBe('results');
		expect((await getParticipationHighlights(fixture.db, office, round.implementationFrom)).budget).toBeNull();
	});
});

describe('participatory budget', () => {
	/** A round in its voting phase with feasible projects of the given costs, in a fresh office. */
	async function votingRound(costs: number[]) {
		const office = (await createOffice(fixture.db)).id;
		const { id } = await saveBudgetRound(ctxOf(fixture.coordinator, office), {
			input: v.parse(roundInput, {
				title: 'Буџет',
				amount: '1000000',
				rule: 'within_amount',
				proposalsFrom: day(-3),
				reviewFrom: day(-2),
				votingFrom: day(-1),
				resultsFrom: day(5),
				implementationFrom: day(10)
			})
		});
		const round = (await getRound(fixture.db, office, id))!;
		const proposer = await youngPerson(20, { office });
		const projectIds: string[] = [];
		for (const [index, cost] of costs.entries()) {
			const { id: projectId } = await proposeProject(ctxOf(proposer, office), {
				roundId: id,
				input: { title: `Пројекат ${index + 1}`, description: 'Опис', estimatedCost: cost, imageIds: [] },
				now: new Date(round.proposalsFrom.getTime() + 1000)
			});
			projectIds.push(projectId);
		}
		return { office, round, projectIds };
	}

	it('marks a project not feasible only with a public reason, and keeps it off the ballot and the results', async () => {
		const { office, round, projectIds } = await votingRound([200_000, 300_000]);
		const [feasible, unfeasible] = projectIds;
		await reviewProject(ctxOf(fixture.staff, office), {
			projectId: feasible,
			feasibility: 'feasible',
			finalCost: 210_000,
			reason: ''
		});
		const missing = await refusal(
			reviewProject(ctxOf(fixture.staff, office), {
				projectId: unfeasible,
				feasibility: 'not_feasible',
				finalCost: 300_000,
				reason: ''
			})
		);
		expect(missing.messageKey).toBe('participation.budget.error.reasonRequired');
		expect(missing.fieldErrors.reason).toBe('participation.budget.error.reasonRequired');
		const young = await youngPerson(18, { office });
		expect(
			(
				await refusal(
					reviewProject(ctxOf(young, office), {
						projectId: unfeasible,
						feasibility: 'not_feasible',
						finalCost: 1,
						reason: 'Не.'
					})
				)
			).code
		).toBe('forbidden');
		await reviewProject(ctxOf(fixture.staff, office), {
			projectId: unfeasible,
			feasibility: 'not_feasible',
			finalCost: 3_000_000,
			reason: 'Земљиште није у власништву општине.'
		});
		const all = await listProjects(fixture.db, round.id);
		expect(all.find((project) => project.id === unfeasible)).toMatchObject({
			feasibility: 'not_feasible',
			feasibilityReason: 'Земљиште није у власништву општине.',
			finalCost: 3_000_000
		});
		expect((await listProjects(fixture.db, round.id, { feasibleOnly: true })).map((project) => project.id)).toEqual([
			feasible
		]);
		expect(
			(await refusal(castBallot(ctxOf(young, office), { roundId: round.id, projectIds: [unfeasible] }))).messageKey
		).toBe('participation.ballot.error.unknownProject');
		await castBallot(ctxOf(young, office), { roundId: round.id, projectIds: [feasible] });
		const results = await getRoundResults(fixture.db, round);
		expect(results.projects.map((project) => project.id)).toEqual([feasible]);
		expect(results.projects[0].cost).toBe(210_000);
		const audits = await fixture.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'participation.project.reviewed'), eq(auditLog.entityId, unfeasible)));
		expect(audits).toHaveLength(1);
		expect(audits[0].details).toMatchObject({ feasibility: 'not_feasible' });
	});

	it('records who entered each paper ballot and audits it', async () => {
		const { office, round, projectIds } = await votingRound([100_000]);
		await reviewProject(ctxOf(fixture.staff, office), {
			projectId: projectIds[0],
			feasibility: 'feasible',
			finalCost: 100_000,
			reason: ''
		});
		const other = await createPerson(fixture.db, { officeId: office, roles: ['coordinator'] });
		const first = await enterPaperBallot(ctxOf(fixture.staff, office), {
			roundId: round.id,
			projectIds: projectIds,
			ageBand: '15_19'
		});
		const second = await enterPaperBallot(ctxOf(other, office), { roundId: round.id, projectIds: projectIds });
		const rows = await fixture.db.select().from(participationBallots).where(eq(participationBallots.roundId, round.id));
		const byId = new Map(rows.map((row) => [row.id, row]));
		expect(byId.get(first.id)).toMatchObject({
			isPaper: true,
			userId: null,
			enteredBy: fixture.staff.userId,
			ageBand: '15_19'
		});
		expect(byId.get(second.id)).toMatchObject({ isPaper: true, userId: null, enteredBy: other.userId });
		const audits = await fixture.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'participation.ballot.paper'), eq(auditLog.entityId, round.id)));
		expect(audits.map((row) => row.actorUserId).sort()).toEqual([fixture.staff.userId, other.userId].sort());
		expect((await getRoundResults(fixture.db, round)).paperBallots).toBe(2);
	});

	it('breaks each project’s votes down by age band and gender without showing groups of one to four', async () => {
		const { office, round, projectIds } = await votingRound([100_000, 200_000]);
		for (const projectId of projectIds)
			await reviewProject(ctxOf(fixture.staff, office), {
				projectId,
				feasibility: 'feasible',
				finalCost: 100_000,
				reason: ''
			});
		const [popular, niche] = projectIds;
		for (let index = 0; index < 6; index++)
			await castBallot(ctxOf(await youngPerson(17, { office, gender: 'female' }), office), {
				roundId: round.id,
				projectIds: [popular]
			});
		for (let index = 0; index < 2; index++)
			await castBallot(ctxOf(await youngPerson(26, { office, gender: 'male' }), office), {
				roundId: round.id,
				projectIds: [popular, niche]
			});
		await enterPaperBallot(ctxOf(fixture.staff, office), { roundId: round.id, projectIds: [niche], ageBand: '20_24' });
		const results = await getRoundResults(fixture.db, round);
		const byId = new Map(results.projects.map((project) => [project.id, project]));
		expect(byId.get(popular)!.votes).toBe(8);
		expect(byId.get(niche)!.votes).toBe(3);
		for (const project of results.projects) {
			const cells = [...project.byAgeBand, ...project.byGender];
			expect(cells.filter((cell) => cell.count !== null && cell.count >= 1 && cell.count <= 4)).toEqual([]);
			// What is shown never adds up to more than the project's votes.
			const shown = (rows: { count: number | null }[]) => rows.reduce((sum, row) => sum + (row.count ?? 0), 0);
			expect(shown(project.byAgeBand)).toBeLessThanOrEqual(project.votes);
			expect(shown(project.byGender)).toBeLessThanOrEqual(project.votes);
		}
		// The groups themselves are named (counts aside), so readers see which groups voted.
		expect(
			byId
				.get(popular)!
				.byAgeBand.map((cell) => cell.key)
				.sort()
		).toEqual(['15_19', '25_30']);
		expect(
			byId
				.get(popular)!
				.byGender.map((cell) => cell.key)
				.sort()
		).toEqual(['female', 'male']);
		expect(
			byId
				.get(niche)!
				.byAgeBand.map((cell) => cell.key)
				.sort()
		).toEqual(['20_24', '25_30']);
	}, 60_000);

	it('counts a project as done in the plan indicator in the year it reached 100 %', async () => {
		const { office, projectIds } = await votingRound([100_000, 200_000]);
		const source = participationIndicatorSources.find((item) => item.key === 'participation.budget_projects_done')!;
		const done = () =>
			source.countByYear(fixture.db, { officeId: office, measureIds: [], years: [YEAR - 1, YEAR], now: new Date() });
		expect(await done()).toEqual(
			new Map([
				[YEAR - 1, 0],
				[YEAR, 0]
			])
		);
		await updateProjectProgress(ctxOf(fixture.staff, office), {
			projectId: projectIds[0],
			progress: 100,
			note: 'Готово.'
		});
		await updateProjectProgress(ctxOf(fixture.staff, office), {
			projectId: projectIds[1],
			progress: 60,
			note: 'Радови трају.'
		});
		expect(await done()).toEqual(
			new Map([
				[YEAR - 1, 0],
				[YEAR, 1]
			])
		);
		// Saving 100 % again keeps the date; going back below 100 % takes it out.
		await updateProjectProgress(ctxOf(fixture.staff, office), {
			projectId: projectIds[0],
			progress: 100,
			note: 'Отворено.'
		});
		expect((await done()).get(YEAR)).toBe(1);
		await updateProjectProgress(ctxOf(fixture.staff, office), {
			projectId: projectIds[0],
			progress: 90,
			note: 'Поправка.'
		});
		expect((await done()).get(YEAR)).toBe(0);
		// Another office's projects never count here.
		expect(
			(
				await source.countByYear(fixture.db, {
					officeId: fixture.officeId,
					measureIds: [],
					years: [YEAR],
					now: new Date()
				})
			).get(YEAR)
		).toBe(0);
	});
});

describe('the demo office', () => {
	it('has initiatives in every status with a hidden and an overdue one, polls, and a voting round with eight projects and ballots', async () => {
		const office = (await createOffice(fixture.db)).id;
		const demoStaff = await createPerson(fixture.db, {
			officeId: office,
			roles: ['staff'],
			email: 'saradnik@demo.kzm.test',
			isDemo: true
		});
		await seedDemoParticipation(fixture.db, office);
		const initiatives = await fixture.db
			.select()
			.from(participationInitiatives)
			.where(eq(participationInitiatives.officeId, office));
		expect(new Set(initiatives.map((row) => row.status))).toEqual(new Set(INITIATIVE_STATUSES));
		expect(initiatives.some((row) => row.groupName !== '')).toBe(true);
		const hidden = initiatives.filter((row) => row.hiddenAt !== null);
		expect(hidden).toHaveLength(1);
		const hiddenPage = (await getPublicInitiative(fixture.db, office, hidden[0].id, null))!;
		expect(hiddenPage.hiddenReason).toBeTruthy();
		expect(hiddenPage.title).toBe('');
		expect((await listPublicInitiatives(fixture.db, office, {})).items.map((item) => item.id)).not.toContain(
			hidden[0].id
		);
		const overdue = await listInitiativesForAdmin(fixture.db, office, 'overdue', NOW);
		expect(overdue).toHaveLength(1);
		expect(
			isAnswerOverdue(
				initiatives.find((row) => row.id === overdue[0].id)!,
				NOW
			)
		).toBe(true);
		expect((await listPublicInitiatives(fixture.db, office, {})).items.some((item) => isAnswerOverdue(item, NOW))).toBe(
			true
		);

		expect(await listOpenPolls(fixture.db, office, NOW)).toHaveLength(1);
		expect(await listClosedPolls(fixture.db, office, NOW)).toHaveLength(1);

		const round = (await getCurrentRound(fixture.db, office, NOW))!;
		expect(round.phase).toBe('voting');
		const projects = await listProjects(fixture.db, round.id);
		expect(projects.filter((project) => project.feasibility === 'feasible')).toHaveLength(8);
		const unfeasible = projects.filter((project) => project.feasibility === 'not_feasible');
		expect(unfeasible).toHaveLength(1);
		expect(unfeasible[0].feasibilityReason).not.toBe('');
		const results = await getRoundResults(fixture.db, round);
		expect(results.onlineBallots).toBeGreaterThan(20);
		expect(results.paperBallots).toBeGreaterThan(0);
		expect(results.projects.some((project) => project.isWinner)).toBe(true);
		expect(results.spent).toBeLessThanOrEqual(round.amount);
		const paper = await fixture.db
			.select()
			.from(participationBallots)
			.where(and(eq(participationBallots.roundId, round.id), eq(participationBallots.isPaper, true)));
		expect(paper.every((ballot) => ballot.enteredBy === demoStaff.userId)).toBe(true);
	});
});
