// Every statistics output of the demo office, driven as the screens, PDFs and exports drive them:
// no count from 1 to 4 may be visible where the suppression rule applies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../server/testing/db.ts';
import { contextOf, createPerson } from '../server/testing/factories.ts';
import { loadDemoOffice } from '../modules/registry.server.ts';
import { events } from '../modules/events/schema.ts';
import { surveys } from '../modules/surveys/schema.ts';
import { getEventResults, getStatisticsReport } from '../modules/attendance/queries.server.ts';
import {
	NO_FILTER,
	crossTabulate,
	getSurveyForAnalysis,
	summarizeSurvey
} from '../modules/surveys/analysis/queries.server.ts';
import { CROSS_DEMOGRAPHICS } from '../modules/surveys/analysis/crosstab-options.ts';
import type { Context } from '../server/actor.ts';
import { participationInitiatives } from '../modules/participation/schema.ts';
import { readSupporters } from '../modules/participation/queries.server.ts';
import { getPollResults, listPollsForAdmin } from '../modules/participation/poll-queries.server.ts';
import { getRoundResults, listRoundsForAdmin } from '../modules/participation/budget-queries.server.ts';
import { getVolunteeringStatistics } from '../modules/volunteering/queries.server.ts';
import { wallClock } from '../i18n/office-time.ts';

let test: TestDatabase;
let ctx: Context;
let officeId: string;

beforeAll(async () => {
	test = await createTestDatabase();
	({ officeId } = await loadDemoOffice(test.db));
	ctx = contextOf(test.db, officeId, await createPerson(test.db, { officeId, roles: ['coordinator'] }));
}, 120_000);
afterAll(() => test.close());

/**
 * Every visible small count in a value: a shown count `{ hidden: false, count }` from 1 to 4, or
 * a published count string "1"…"4" under one of the given keys. Paths say where.
 */
function visibleSmallCounts(value: unknown, stringKeys: ReadonlySet<string>, path = ''): string[] {
	if (Array.isArray(value))
		return value.flatMap((item, index) => visibleSmallCounts(item, stringKeys, `${path}[${index}]`));
	if (value && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		if (record.hidden === false && typeof record.count === 'number' && record.count >= 1 && record.count <= 4)
			return [`${path} = ${record.count}`];
		return Object.entries(record).flatMap(([key, item]) => {
			if (typeof item === 'string' && /^[1-4]$/.test(item) && (stringKeys.has(key) || stringKeys.has('*')))
				return [`${path}.${key} = ${item}`];
			return visibleSmallCounts(item, stringKeys, `${path}.${key}`);
		});
	}
	return [];
}

/**
 * Problems of a breakdown of people into groups (`{ key, count }` or `{ key, volunteers }`, null when
 * hidden): a visible group of 1 to 4, or exactly one hidden group next to visible ones (it could be
 * worked out from the total by subtraction).
 */
function breakdownProblems(groups: readonly Record<string, unknown>[], countKey: string, where: string): string[] {
	const problems: string[] = [];
	for (const group of groups) {
		const count = group[countKey];
		if (typeof count === 'number' && count >= 1 && count <= 4)
			problems.push(`${where} ${String(group.key)} = ${count}`);
	}
	const hidden = groups.filter((group) => group[countKey] === null).length;
	if (hidden === 1 && groups.length > 1) problems.push(`${where}: one hidden group next to visible ones`);
	return problems;
}

const PUBLISHED_FIGURES = new Set([
	'registered',
	'attended',
	'attendedRegistered',
	'walkIns',
	'headcount',
	'participants',
	'uniquePeople',
	'total',
	// cells and totals keyed by gender and vulnerable group
	'female',
	'male',
	'other',
	'unspecified',
	'*'
]);

describe('suppression over the demo office', () => {
	it('finds a count from 1 to 4 when one is shown (the check itself)', () => {
		expect(visibleSmallCounts({ a: { hidden: false, count: 3 } }, new Set())).toEqual(['.a = 3']);
		expect(visibleSmallCounts({ walkIns: '2' }, PUBLISHED_FIGURES)).toEqual(['.walkIns = 2']);
		expect(visibleSmallCounts({ walkIns: '<5', x: { hidden: true } }, PUBLISHED_FIGURES)).toEqual([]);
	});

	it('attendance statistics: overall, per event, per programme and every event breakdown', async () => {
		const report = await getStatisticsReport(ctx, {
			from: '2020-01-01',
			to: '2030-12-31',
			programmeId: null,
			eventId: null
		});
		expect(report.events.length).toBeGreaterThan(0);
		const { settings: _settings, programmeOptions: _p, eventOptions: _e, filter: _f, ...published } = report;
		expect(visibleSmallCounts(published, PUBLISHED_FIGURES)).toEqual([]);
		const eventRows = await test.db.select({ id: events.id }).from(events).where(eq(events.officeId, officeId));
		for (const event of eventRows) {
			// The results page shows its own staff exact headline figures; the breakdown is published.
			const results = await getEventResults(ctx, event.id);
			expect(visibleSmallCounts(results.statistics, PUBLISHED_FIGURES)).toEqual([]);
		}
	});

	it('survey results: every summary (results page, PDF report, public page) and every cross-tab', async () => {
		const rows = await test.db.select({ id: surveys.id }).from(surveys).where(eq(surveys.officeId, officeId));
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) {
			const survey = (await getSurveyForAnalysis(test.db, officeId, row.id))!;
			const summary = await summarizeSurvey(test.db, survey, NO_FILTER);
			expect(visibleSmallCounts(summary, new Set()), survey.slug).toEqual([]);
			for (const question of survey.questions) {
				for (const demographic of CROSS_DEMOGRAPHICS) {
					const table = await crossTabulate(test.db, survey, question.key, demographic, NO_FILTER);
					if (table) expect(visibleSmallCounts(table, new Set()), `${question.key} × ${demographic}`).toEqual([]);
				}
			}
		}
	}, 120_000);

	it('participation: poll and budget results (staff and public pages) and initiative supporters by age and gender', async () => {
		const problems: string[] = [];
		let groups = 0;
		const check = (list: readonly Record<string, unknown>[], where: string) => {
			groups += list.length;
			problems.push(...breakdownProblems(list, 'count', where));
		};
		// The staff poll page and the public polls page both read getPollResults. Votes per option are
		// the poll's outcome, not people by a personal category, and stay exact (decision 0017).
		for (const poll of await listPollsForAdmin(test.db, officeId)) {
			const results = await getPollResults(test.db, poll);
			check(results.byAgeBand, `poll ${poll.id} age`);
			check(results.byGender, `poll ${poll.id} gender`);
		}
		// The staff round page and the public budget page both read getRoundResults.
		for (const round of await listRoundsForAdmin(test.db, officeId)) {
			for (const project of (await getRoundResults(test.db, round)).projects) {
				check(project.byAgeBand, `project ${project.id} age`);
				check(project.byGender, `project ${project.id} gender`);
			}
		}
		const initiatives = await test.db
			.select({ id: participationInitiatives.id })
			.from(participationInitiatives)
			.where(eq(participationInitiatives.officeId, officeId));
		for (const initiative of initiatives) {
			const supporters = await readSupporters(ctx, initiative.id);
			check(supporters.byAgeBand, `initiative ${initiative.id} age`);
			check(supporters.byGender, `initiative ${initiative.id} gender`);
		}
		expect(groups).toBeGreaterThan(0);
		expect(problems).toEqual([]);
	}, 120_000);

	it('volunteering statistics: volunteers by gender, age band, organiser and category, every recent year', async () => {
		const problems: string[] = [];
		let groups = 0;
		const thisYear = wallClock(new Date()).year;
		for (let year = thisYear - 2; year <= thisYear; year++) {
			const statistics = await getVolunteeringStatistics(ctx, year);
			for (const key of ['byGender', 'byAgeBand', 'byOrganiser', 'byCategory'] as const) {
				const lines = statistics[key] as unknown as Record<string, unknown>[];
				groups += lines.length;
				problems.push(...breakdownProblems(lines, 'volunteers', `${year} ${key}`));
				// A hidden group's hours are hidden with it.
				for (const line of lines) if (line.volunteers === null) expect(line.hours).toBeNull();
			}
		}
		expect(groups).toBeGreaterThan(0);
		expect(problems).toEqual([]);
	}, 120_000);
});
