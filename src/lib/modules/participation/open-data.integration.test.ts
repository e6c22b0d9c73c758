// The participation open datasets: listed initiatives without their authors, closed polls with small counts
// hidden, and budget results only once the round's results are out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { createOffice, createPerson } from '../../server/testing/factories.ts';
import {
	participationBallots,
	participationBudgetProjects,
	participationBudgetRounds,
	participationCategories,
	participationInitiatives,
	participationPollVotes,
	participationPolls
} from './schema.ts';
import { budgetResultsDataset, initiativesDataset, pollResultsDataset } from './open-data.server.ts';
import { participationManifest } from './manifest.ts';
import { ADMIN_INITIATIVE_SORT_COLUMNS, listInitiativesForAdmin } from './queries.server.ts';
import { listSortOf } from '../../server/list-sort.ts';

const NOW = new Date('2026-06-01T08:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);

let test: TestDatabase;
let officeId: string;
let closedPollId: string;

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	const author = await createPerson(test.db, { officeId, name: 'Јована Ауторка' });
	const [category] = await test.db
		.insert(participationCategories)
		.values({ officeId, name: 'Спорт', nameEn: 'Sport' })
		.returning({ id: participationCategories.id });
	const initiative = (title: string, values: Partial<typeof participationInitiatives.$inferInsert>) => ({
		officeId,
		authorId: author.userId,
		authorName: 'Јована Ауторка',
		showAuthorName: true,
		title,
		problem: 'Проблем',
		proposal: 'Предлог',
		categoryId: category.id,
		publishedAt: ago(20),
		...values
	});
	await test.db.insert(participationInitiatives).values([
		initiative('Клупе у парку', { status: 'published', supportCount: 12 }),
		initiative('Теретана на отвореном', {
			status: 'accepted',
			supportCount: 40,
			answer: 'Уврштено у план за следећу годину.',
			answeredAt: ago(2)
		}),
		initiative('Скривена', { status: 'published', hiddenAt: ago(1), hiddenReason: 'offensive' }),
		initiative('Послата', { status: 'submitted', publishedAt: null }),
		initiative('Одбијена', { status: 'rejected', publishedAt: null })
	]);

	const options = [
		{ id: 'a', label: 'Прва помоћ', labelEn: 'First aid' },
		{ id: 'b', label: 'Јавни наступ', labelEn: '' }
	];
	const [closed] = await test.db
		.insert(participationPolls)
		.values({ officeId, question: 'Која радионица?', options, opensAt: ago(10), closesAt: ago(3) })
		.returning({ id: participationPolls.id });
	closedPollId = closed.id;
	const [open] = await test.db
		.insert(participationPolls)
		.values({ officeId, question: 'Још траје', options, opensAt: ago(1), closesAt: new Date(NOW.getTime() + DAY) })
		.returning({ id: participationPolls.id });
	// Eight votes for a, two for b in the closed poll; one vote in the open one.
	await test.db.insert(participationPollVotes).values([
		...Array.from({ length: 10 }, (_, index) => ({
			pollId: closed.id,
			tokenHash: `t${index}`,
			choices: [index < 8 ? 'a' : 'b']
		})),
		{ pollId: open.id, tokenHash: 'x', choices: ['a'] }
	]);

	const round = (title: string, resultsFrom: Date) => ({
		officeId,
		title,
		amount: 500_000,
		proposalsFrom: ago(90),
		reviewFrom: ago(60),
		votingFrom: ago(30),
		resultsFrom,
		implementationFrom: new Date(resultsFrom.getTime() + 30 * DAY)
	});
	const [done, voting] = await test.db
		.insert(participationBudgetRounds)
		.values([round('Буџет 2026', ago(5)), round('Још се гласа', new Date(NOW.getTime() + 5 * DAY))])
		.returning({ id: participationBudgetRounds.id });
	const project = (roundId: string, title: string, cost: number, feasibility: 'feasible' | 'not_feasible') => ({
		officeId,
		roundId,
		authorId: author.userId,
		title,
		description: 'Опис',
		estimatedCost: cost,
		finalCost: cost,
		feasibility
	});
	const projects = await test.db
		.insert(participationBudgetProjects)
		.values([
			project(done.id, 'Мурал', 300_000, 'feasible'),
			project(done.id, 'Бина', 400_000, 'feasible'),
			project(done.id, 'Базен', 9_000_000, 'not_feasible'),
			project(voting.id, 'Тајно до резултата', 100_000, 'feasible')
		])
		.returning({ id: participationBudgetProjects.id });
	await test.db
		.insert(participationBallots)
		.values([
			...Array.from({ length: 6 }, () => ({ roundId: done.id, isPaper: true, projectIds: [projects[0].id] })),
			...Array.from({ length: 3 }, () => ({ roundId: done.id, isPaper: true, projectIds: [projects[1].id] })),
			{ roundId: voting.id, isPaper: true, projectIds: [projects[3].id] }
		]);
}, 120_000);
afterAll(() => test.close());

describe('participation open data', () => {
	it('is declared through the openData hook', () => {
		expect(participationManifest.openData?.map((dataset) => dataset.id)).toEqual([
			'initiatives',
			'poll-results',
			'budget-results'
		]);
	});

	it('lists the initiatives the portal shows, with the answer and never the author', async () => {
		const { rows } = await initiativesDataset.read(test.db, officeId, NOW);
		expect(rows.map((row) => row.title).sort()).toEqual(['Клупе у парку', 'Теретана на отвореном']);
		const answered = rows.find((row) => row.title === 'Теретана на отвореном')!;
		expect(answered).toMatchObject({
			category: 'Спорт',
			category_en: 'Sport',
			status: 'accepted',
			supports: 40,
			answer: 'Уврштено у план за следећу годину.',
			answer_en: null,
			answered_at: ago(2).toISOString()
		});
		expect(answered.url).toBe(`/initiatives/${answered.id}`);
		expect(rows.find((row) => row.title === 'Клупе у парку')!.answer).toBeNull();
		expect(Object.keys(answered).sort()).toEqual(initiativesDataset.columns.map((c) => c.name).sort());
		expect(JSON.stringify(rows)).not.toContain('Јована');
	});

	it('gives the results of closed polls only, with counts under five hidden', async () => {
		const { rows, updatedAt } = await pollResultsDataset.read(test.db, officeId, NOW);
		expect(rows).toEqual([
			expect.objectContaining({
				poll_id: closedPollId,
				option_id: 'a',
				option_en: 'First aid',
				voters: 10,
				votes: 8,
				percent: 80
			}),
			expect.objectContaining({
				poll_id: closedPollId,
				option_id: 'b',
				option_en: null,
				voters: 10,
				votes: null,
				percent: null
			})
		]);
		expect(updatedAt).toEqual(ago(3));
	});

	it('gives a round’s projects, costs, votes and winners once its results are out, not before', async () => {
		const { rows } = await budgetResultsDataset.read(test.db, officeId, NOW);
		expect(rows.map((row) => [row.project, row.cost, row.votes, row.is_winner])).toEqual([
			['Мурал', 300_000, 6, true],
			['Бина', 400_000, 3, false]
		]);
		expect(rows[0]).toMatchObject({ round: 'Буџет 2026', amount: 500_000, ballots: 9, url: '/budget' });
		expect(JSON.stringify(rows)).not.toMatch(/Јована|Тајно|Базен/);
	});
});

describe('the back-office list of initiatives sorted from its headings', () => {
	it("sorts the status column in an initiative's course (not by its code) and the supports as numbers, in the query", async () => {
		const list = async (params: string) =>
			(
				await listInitiativesForAdmin(
					test.db,
					officeId,
					'all',
					NOW,
					listSortOf(new URLSearchParams(params), ADMIN_INITIATIVE_SORT_COLUMNS)
				)
			).map((row) => row.status);
		// By code: accepted, published, published, rejected, submitted.
		expect(await list('sort=status&dir=asc')).toEqual(['submitted', 'published', 'published', 'accepted', 'rejected']);
		expect(await list('sort=status&dir=desc')).toEqual(['rejected', 'accepted', 'published', 'published', 'submitted']);
		const supports = await listInitiativesForAdmin(
			test.db,
			officeId,
			'all',
			NOW,
			listSortOf(new URLSearchParams('sort=supports&dir=desc'), ADMIN_INITIATIVE_SORT_COLUMNS)
		);
		expect(supports.slice(0, 2).map((row) => row.supportCount)).toEqual([40, 12]);
	});
});
