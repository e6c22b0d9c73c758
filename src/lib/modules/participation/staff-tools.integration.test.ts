// The staff tools of participation against a real database (PGlite, or PostgreSQL with
// TEST_DATABASE_URL): invitation codes of a budget round (one use under concurrency), audited
// exports, what may change in an opened poll or round, and categories from the action plan's areas.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../server/actor.ts';
import { auditLog } from '../../server/db/core-schema.ts';
import { belgradeToInstant } from '../../i18n/office-time.ts';
import { DAY, NOW, YEAR, day, refusal, useParticipationOffice } from './test-office.ts';
import { initiativeInput, pollInput, roundInput } from './inputs.ts';
import { submitInitiative } from './commands/submit-initiative.server.ts';
import { moderateInitiative } from './commands/moderate-initiative.server.ts';
import { supportInitiative } from './commands/support-initiative.server.ts';
import { proposeProject, reviewProject, saveBudgetRound } from './commands/budget.server.ts';
import { castBallot } from './commands/cast-ballot.server.ts';
import { generateBudgetCodes } from './commands/budget-codes.server.ts';
import { exportParticipation } from './commands/export-participation.server.ts';
import { savePoll } from './commands/save-poll.server.ts';
import { voteInPoll } from './commands/vote-in-poll.server.ts';
import {
	addCategoriesFromPlanAreas,
	addCategory,
	renameCategory,
	setCategoryRetired
} from './commands/categories.server.ts';
import { getRound, listBudgetCodes } from './budget-queries.server.ts';
import { getPoll } from './poll-queries.server.ts';
import { listCategories } from './queries.server.ts';
import { participationBallots, participationBudgetCodes } from './schema.ts';
import { createPlan } from '../action-plan/commands/create-plan.server.ts';
import { planInput } from '../action-plan/inputs.ts';

const fixture = useParticipationOffice({ preModeration: true, supportThreshold: 30, groupMinMembers: 5 });
const { ctxOf, youngPerson } = fixture;

const roundForm = (overrides: Record<string, string> = {}) =>
	v.parse(roundInput, {
		title: 'Буџет за младе',
		amount: '1000000',
		rule: 'within_amount',
		proposalsFrom: day(-3),
		reviewFrom: day(-2),
		votingFrom: day(-1),
		resultsFrom: day(5),
		implementationFrom: day(10),
		...overrides
	});

/** A round in its voting phase with two feasible projects. */
async function votingRound(overrides: Record<string, string> = {}) {
	const { id } = await saveBudgetRound(ctxOf(fixture.coordinator), { input: roundForm(overrides) });
	const round = (await getRound(fixture.db, fixture.officeId, id))!;
	const proposer = await youngPerson(20);
	const projectIds: string[] = [];
	for (const [title, cost] of [
		['Клупе', 600_000],
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

async function auditActions(action: string) {
	return fixture.db
		.select()
		.from(auditLog)
		.where(and(eq(auditLog.officeId, fixture.officeId), eq(auditLog.action, action)));
}

describe('invitation codes of a budget round', () => {
	it('lets staff generate codes, refuses a missing, wrong or used code, and asks a voter only once', async () => {
		const { round, projectIds } = await votingRound({ requiresCode: 'on', amount: '800000' });
		expect(
			(
				await refusal(
					generateBudgetCodes(ctxOf(await youngPerson()), { roundId: round.id, input: { batch: 'x', count: 1 } })
				)
			).code
		).toBe('forbidden');
		const { codes } = await generateBudgetCodes(ctxOf(fixture.staff), {
			roundId: round.id,
			input: { batch: 'Гимназија, II-3', count: 25 }
		});
		expect(codes).toHaveLength(25);
		expect(codes.every((code) => /^[A-HJ-NP-Z2-9]{6}$/.test(code))).toBe(true);
		expect((await auditActions('participation.codes.generated'))[0].details).toMatchObject({ count: 25 });

		const voter = await youngPerson(17);
		const ballot = (actor: Actor, code?: string, ids = [projectIds[1]]) =>
			castBallot(ctxOf(actor), { roundId: round.id, projectIds: ids, code });
		const missing = await refusal(ballot(voter));
		expect(missing.fieldErrors.code).toContain('participation.code.error.missing');
		const wrong = await refusal(ballot(voter, 'ZZZZZZ'));
		expect(wrong.fieldErrors.code).toContain('participation.code.error.wrong');
		// Typed in lower case with a dash: read as the printed code.
		const typed = `${codes[0].slice(0, 3).toLowerCase()}-${codes[0].slice(3)}`;
		expect((await ballot(voter, typed)).replaced).toBe(false);
		// The code is theirs now: changing the ballot asks for none.
		expect((await ballot(voter, undefined, [projectIds[0]])).replaced).toBe(true);
		const used = await refusal(ballot(await youngPerson(19), codes[0]));
		expect(used.fieldErrors.code).toContain('participation.code.error.used');
		// An over-budget ballot is refused before the code is taken.
		const other = await youngPerson(21);
		expect((await refusal(ballot(other, codes[1], projectIds))).messageKey).toBe(
			'participation.ballot.error.overBudget'
		);
		expect((await listBudgetCodes(fixture.db, round.id)).find((row) => row.code === codes[1])!.usedAt).toBeNull();
	});

	it('lets one code be used once when 30 people type it at the same time', async () => {
		const { round, projectIds } = await votingRound({ requiresCode: 'on' });
		const {
			codes: [code]
		} = await generateBudgetCodes(ctxOf(fixture.staff), { roundId: round.id, input: { batch: 'ОШ', count: 1 } });
		const voters = await Promise.all(Array.from({ length: 30 }, (_, index) => youngPerson(15 + (index % 10))));
		const outcomes = await Promise.allSettled(
			voters.map((voter) => castBallot(ctxOf(voter), { roundId: round.id, projectIds: [projectIds[0]], code }))
		);
		expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
		for (const outcome of outcomes)
			if (outcome.status === 'rejected')
				expect(outcome.reason.fieldErrors?.code).toContain('participation.code.error.used');
		const ballots = await fixture.db
			.select()
			.from(participationBallots)
			.where(eq(participationBallots.roundId, round.id));
		expect(ballots).toHaveLength(1);
		const [row] = await fixture.db
			.select()
			.from(participationBudgetCodes)
			.where(eq(participationBudgetCodes.roundId, round.id));
		expect(row.usedBy).toBe(ballots[0].userId);
	}, 120_000);

	it('keeps one code per voter when the same person sends two codes at once', async () => {
		const { round, projectIds } = await votingRound({ requiresCode: 'on' });
		const { codes } = await generateBudgetCodes(ctxOf(fixture.staff), {
			roundId: round.id,
			input: { batch: 'ОШ', count: 2 }
		});
		const voter = await youngPerson(16);
		await Promise.allSettled(
			codes.map((code) => castBallot(ctxOf(voter), { roundId: round.id, projectIds: [projectIds[1]], code }))
		);
		const used = (await listBudgetCodes(fixture.db, round.id)).filter((row) => row.usedAt);
		expect(used).toHaveLength(1);
	});
});

describe('exports for staff', () => {
	it('exports initiatives, supports and budget results as CSV and XLSX, names only where chosen, each audited', async () => {
		const author = await youngPerson(17);
		const { id } = await submitInitiative(ctxOf(author), {
			input: v.parse(initiativeInput, { title: 'Скејт парк', problem: 'Нема где.', proposal: 'Направити парк.' })
		});
		await moderateInitiative(ctxOf(fixture.staff), { id, input: { decision: 'publish' } });
		const supporters = await Promise.all(
			Array.from({ length: 6 }, (_, index) => youngPerson(16, { gender: index < 5 ? 'female' : 'male' }))
		);
		for (const [index, supporter] of supporters.entries())
			await supportInitiative(ctxOf(supporter), { id, showName: index === 0, follow: false });

		const ctx = ctxOf(fixture.staff);
		expect(
			(await refusal(exportParticipation(ctxOf(author), { kind: 'initiatives', format: 'csv', locale: 'en' }))).code
		).toBe('forbidden');
		const initiatives = await exportParticipation(ctx, { kind: 'initiatives', format: 'csv', locale: 'sr-Latn' });
		const text = new TextDecoder().decode(initiatives.body);
		expect(initiatives.filename).toBe('initiatives.csv');
		expect(text).toContain('Skejt park');
		expect(text).toContain('mlada osoba, 17');
		expect(text).not.toContain(author.name);

		const supports = await exportParticipation(ctx, { kind: 'supports', format: 'xlsx', locale: 'en' });
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(supports.body.buffer as ArrayBuffer);
		const rows = workbook.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
		const header = rows[0].slice(1).map(String);
		const line = rows
			.find((row) => row[1] === 'Skejt park')!
			.slice(1)
			.map(String);
		const cell = (name: string) => line[header.indexOf(name)];
		expect(cell('Supports')).toBe('6');
		expect(cell('Gender: Female')).toBe('5');
		expect(cell('Gender: Male')).toBe('<5');
		expect(cell('Supporters who agreed to be named')).toBe(supporters[0].name);
		expect(line.join(' ')).not.toContain(supporters[1].name);

		const { round, projectIds } = await votingRound();
		await castBallot(ctxOf(await youngPerson()), { roundId: round.id, projectIds: [projectIds[1]] });
		const results = await exportParticipation(ctx, {
			kind: 'results',
			format: 'csv',
			locale: 'sr-Cyrl',
			roundId: round.id
		});
		const resultText = new TextDecoder().decode(results.body);
		expect(resultText).toMatch(/Књиге,300000,300000,Изводљив,,1,0,1,изабран,0/);
		expect(results.rows).toBe(2);

		const audited = await auditActions('participation.exported');
		expect(audited.map((row) => (row.details as { kind: string }).kind).sort()).toEqual([
			'initiatives',
			'results',
			'supports'
		]);
		expect(audited.find((row) => (row.details as { kind: string }).kind === 'results')!.entityId).toBe(round.id);
	});
});

describe('editing polls and rounds', () => {
	it('changes anything in a poll before it opens, and only texts and a later close once open', async () => {
		const form = (overrides: Record<string, string>) =>
			v.parse(pollInput, {
				question: 'Које радионице?',
				options: 'Цртање\nМузика',
				audience: 'everyone',
				resultsAfterVote: 'on',
				opensAt: day(2),
				closesAt: day(6),
				...overrides
			});
		const { id } = await savePoll(ctxOf(fixture.staff), { input: form({}) });
		await savePoll(ctxOf(fixture.staff), { id, input: form({ options: 'Цртање\nМузика\nПлес', audience: 'young' }) });
		expect((await getPoll(fixture.db, fixture.officeId, id))!.options).toHaveLength(3);
		// Now it opens, and someone votes.
		const opened = form({ options: 'Цртање\nМузика\nПлес', audience: 'young', opensAt: day(-1) });
		await savePoll(ctxOf(fixture.staff), { id, input: opened });
		await voteInPoll(ctxOf(await youngPerson()), { pollId: id, choices: ['o1'], browserToken: null, clientKey: 't' });
		const locked = await refusal(
			savePoll(ctxOf(fixture.staff), {
				id,
				input: { ...opened, options: ['Цртање', 'Музика'], isMultiple: true, closesAt: new Date(NOW.getTime() + DAY) }
			})
		);
		expect(locked.messageKey).toBe('participation.edit.error.opened');
		expect(Object.keys(locked.fieldErrors).sort()).toEqual(['closesAt', 'isMultiple', 'options']);
		expect(locked.fieldErrors.closesAt).toContain('participation.edit.error.onlyLater');
		const past = await refusal(
			savePoll(ctxOf(fixture.staff), { id, input: { ...opened, opensAt: form({ opensAt: day(-2) }).opensAt } })
		);
		expect(past.fieldErrors.opensAt).toContain('participation.edit.error.started');
		await savePoll(ctxOf(fixture.staff), {
			id,
			input: form({
				question: 'Које радионице желиш?',
				options: 'Сликање\nМузика\nПлес',
				audience: 'young',
				opensAt: day(-1),
				closesAt: day(9)
			})
		});
		const poll = (await getPoll(fixture.db, fixture.officeId, id))!;
		expect(poll.question).toBe('Које радионице желиш?');
		expect(poll.options[0].label).toBe('Сликање');
		expect(poll.closesAt.getTime()).toBe(form({ closesAt: day(9) }).closesAt.getTime());
		expect((await refusal(savePoll(ctxOf(await youngPerson()), { id, input: opened }))).code).toBe('forbidden');
	});

	it('changes anything in a round before proposals open, then only texts and dates ahead moved later', async () => {
		const { id } = await saveBudgetRound(ctxOf(fixture.coordinator), {
			input: roundForm({
				proposalsFrom: day(1),
				reviewFrom: day(2),
				votingFrom: day(3),
				resultsFrom: day(4),
				implementationFrom: day(5)
			})
		});
		await saveBudgetRound(ctxOf(fixture.coordinator), {
			id,
			input: roundForm({
				amount: '2000000',
				requiresCode: 'on',
				proposalsFrom: day(-1),
				reviewFrom: day(2),
				votingFrom: day(3),
				resultsFrom: day(4),
				implementationFrom: day(5)
			})
		});
		const stored = (await getRound(fixture.db, fixture.officeId, id))!;
		expect(stored.amount).toBe(2_000_000);
		expect(stored.requiresCode).toBe(true);
		const base = {
			amount: '2000000',
			requiresCode: 'on',
			proposalsFrom: day(-1),
			reviewFrom: day(2),
			votingFrom: day(3),
			resultsFrom: day(4),
			implementationFrom: day(5)
		};
		const refused = await refusal(
			saveBudgetRound(ctxOf(fixture.coordinator), {
				id,
				input: roundForm({ ...base, amount: '3000000', requiresCode: '', proposalsFrom: day(-2), reviewFrom: day(1) })
			})
		);
		expect(refused.messageKey).toBe('participation.edit.error.opened');
		expect(refused.fieldErrors.amount).toContain('participation.edit.error.locked');
		expect(refused.fieldErrors.requiresCode).toContain('participation.edit.error.locked');
		expect(refused.fieldErrors.proposalsFrom).toContain('participation.edit.error.started');
		expect(refused.fieldErrors.reviewFrom).toContain('participation.edit.error.onlyLater');
		await saveBudgetRound(ctxOf(fixture.coordinator), {
			id,
			input: roundForm({
				...base,
				title: 'Буџет за младе 2027',
				votingFrom: day(6),
				resultsFrom: day(8),
				implementationFrom: day(9)
			})
		});
		const changed = (await getRound(fixture.db, fixture.officeId, id))!;
		expect(changed.title).toBe('Буџет за младе 2027');
		expect(changed.proposalsFrom.getTime()).toBe(stored.proposalsFrom.getTime());
		expect(changed.votingFrom.getTime()).toBe(belgradeToInstant(day(6), '00:00').getTime());
	});
});

describe('categories of initiatives', () => {
	it('takes the action plan areas through the hook, then lets staff add, rename and retire', async () => {
		expect((await addCategoriesFromPlanAreas(ctxOf(fixture.staff))).added).toBe(0);
		await createPlan(
			ctxOf(fixture.coordinator),
			v.parse(planInput, {
				title: 'ЛАП',
				firstYear: String(YEAR),
				lastYear: String(YEAR + 4),
				status: 'draft',
				isCurrent: 'on'
			})
		);
		const { added } = await addCategoriesFromPlanAreas(ctxOf(fixture.staff));
		expect(added).toBeGreaterThan(3);
		expect((await addCategoriesFromPlanAreas(ctxOf(fixture.staff))).added).toBe(0);
		const categories = await listCategories(fixture.db, fixture.officeId);
		expect(categories).toHaveLength(added);

		const { id } = await addCategory(ctxOf(fixture.staff), { input: { name: 'Спорт и рекреација', nameEn: 'Sport' } });
		// The same name in Latin is the same category.
		expect(
			(await refusal(addCategory(ctxOf(fixture.staff), { input: { name: 'sport i rekreacija', nameEn: '' } })))
				.fieldErrors.name
		).toContain('participation.error.categoryExists');
		await renameCategory(ctxOf(fixture.staff), { id, input: { name: 'Спорт', nameEn: 'Sport' } });
		await setCategoryRetired(ctxOf(fixture.staff), { id, retired: true });
		expect((await listCategories(fixture.db, fixture.officeId)).some((row) => row.id === id)).toBe(false);
		expect(
			(await listCategories(fixture.db, fixture.officeId, { includeRetired: true })).find((row) => row.id === id)!.name
		).toBe('Спорт');
		// A retired category is not offered to authors.
		const refused = await refusal(
			submitInitiative(ctxOf(await youngPerson()), {
				input: v.parse(initiativeInput, { title: 'Терен', problem: 'Нема.', proposal: 'Да има.', categoryId: id })
			})
		);
		expect(refused.fieldErrors.categoryId).toBeTruthy();
		await setCategoryRetired(ctxOf(fixture.staff), { id, retired: false });
		expect((await listCategories(fixture.db, fixture.officeId)).some((row) => row.id === id)).toBe(true);
		expect((await refusal(addCategory(ctxOf(await youngPerson()), { input: { name: 'X', nameEn: '' } }))).code).toBe(
			'forbidden'
		);
		expect(await auditActions('participation.category.retired')).toHaveLength(1);
	});
});
