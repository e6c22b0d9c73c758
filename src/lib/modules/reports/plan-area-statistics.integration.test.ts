// The statistics' action-plan area filter: events narrow to those linked to the area's measures, volunteering to
// those events' opportunities, the council to decisions on the area and participation to the initiatives those
// decisions follow up (decision 0037); blocks that cannot narrow say so, an unknown area counts the whole office,
// and the export tells which.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import type { Context } from '../../server/actor.ts';
import { belgradeToInstant } from '../../i18n/office-time.ts';
import { createTestEvent } from '../events/test-factories.ts';
import { actionPlans, planAreas, planEventLinks, planGoals, planMeasures } from '../action-plan/schema.ts';
import { councilBodies, councilDecisions } from '../council/schema.ts';
import { participationInitiatives } from '../participation/schema.ts';
import {
	volunteerApplications,
	volunteerHours,
	volunteerOpportunities,
	volunteerProfiles
} from '../volunteering/schema.ts';
import { getOfficeStatistics } from './queries.server.ts';
import { exportOfficeStatistics } from './commands/export-statistics.server.ts';
import { yearPeriod } from './period.ts';

let test: TestDatabase;
let officeId: string;
let coordinator: Context;
let educationId: string;
let healthId: string;

const session = (day: string) => {
	const startsAt = belgradeToInstant(day, '10:00');
	return { startsAt, endsAt: new Date(startsAt.getTime() + 60 * 60 * 1000) };
};

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	coordinator = contextOf(test.db, officeId, await createPerson(test.db, { officeId, roles: ['coordinator'] }));
	const [plan] = await test.db
		.insert(actionPlans)
		.values({ officeId, slug: 'lap', title: 'ЛАП', firstYear: 2025, lastYear: 2027, isCurrent: true })
		.returning();
	const child = { officeId, planId: plan.id };
	const [education, health] = await test.db
		.insert(planAreas)
		.values([
			{ ...child, name: 'Образовање', nameEn: 'Education', sortOrder: 1 },
			{ ...child, name: 'Здравље', nameEn: 'Health', sortOrder: 2 }
		])
		.returning();
	educationId = education.id;
	healthId = health.id;
	const [goal] = await test.db
		.insert(planGoals)
		.values({ ...child, areaId: education.id, title: 'Циљ' })
		.returning();
	const [measure] = await test.db
		.insert(planMeasures)
		.values({ ...child, goalId: goal.id, title: 'Мера' })
		.returning();
	// Three events held in 2025: two workshops under the education measure, one lecture under none.
	const linkedEventIds: string[] = [];
	for (const day of ['2025-03-10', '2025-04-10']) {
		const event = await createTestEvent(test.db, officeId, {
			type: 'workshop',
			status: 'finished',
			sessions: [session(day)]
		});
		linkedEventIds.push(event.id);
		await test.db.insert(planEventLinks).values({ eventId: event.id, officeId, measureId: measure.id });
	}
	const lecture = await createTestEvent(test.db, officeId, {
		type: 'lecture',
		status: 'finished',
		sessions: [session('2025-05-10')]
	});

	// Volunteering: an opportunity at a linked workshop (one volunteer, 2 h) and one at the lecture (one, 3 h).
	let number = 0;
	for (const [eventId, minutes] of [
		[linkedEventIds[0], 120],
		[lecture.id, 180]
	] as const) {
		number++;
		const [opportunity] = await test.db
			.insert(volunteerOpportunities)
			.values({
				officeId,
				slug: `prilika-${number}`,
				title: `Прилика ${number}`,
				summary: 'Кратко',
				category: 'education',
				status: 'published',
				eventId,
				publishedAt: new Date('2025-02-01T10:00:00Z')
			})
			.returning({ id: volunteerOpportunities.id });
		const [profile] = await test.db
			.insert(volunteerProfiles)
			.values({ officeId, name: `Волонтер ${number}`, cardNumber: `T-${number}`, cardCode: `code-${number}` })
			.returning({ id: volunteerProfiles.id });
		const [application] = await test.db
			.insert(volunteerApplications)
			.values({ officeId, opportunityId: opportunity.id, profileId: profile.id, status: 'accepted' })
			.returning({ id: volunteerApplications.id });
		await test.db.insert(volunteerHours).values({
			officeId,
			applicationId: application.id,
			profileId: profile.id,
			opportunityId: opportunity.id,
			workedOn: '2025-03-10',
			minutes,
			source: 'organiser',
			status: 'approved'
		});
	}

	// Council: a decision on the education measure following up an initiative, and one on nothing.
	const author = await createPerson(test.db, { officeId });
	const [linkedInitiative, otherInitiative] = await test.db
		.insert(participationInitiatives)
		.values(
			['Учионица на отвореном', 'Клупе у парку'].map((title) => ({
				officeId,
				authorId: author.userId,
				authorName: 'Ауторка',
				title,
				problem: 'Проблем',
				proposal: 'Предлог',
				status: 'published' as const,
				submittedAt: new Date('2025-02-10T10:00:00Z'),
				publishedAt: new Date('2025-02-11T10:00:00Z')
			}))
		)
		.returning({ id: participationInitiatives.id });
	void otherInitiative;
	const [body] = await test.db
		.insert(councilBodies)
		.values({ officeId, slug: 'savet', name: 'Савет за младе', kind: 'council' })
		.returning({ id: councilBodies.id });
	await test.db.insert(councilDecisions).values([
		{
			officeId,
			bodyId: body.id,
			year: 2025,
			sequence: 1,
			title: 'Одлука о учионици',
			adoptedOn: '2025-03-01',
			measureId: measure.id,
			initiativeId: linkedInitiative.id
		},
		{ officeId, bodyId: body.id, year: 2025, sequence: 2, title: 'Одлука о раду', adoptedOn: '2025-03-02' }
	]);
}, 120_000);
afterAll(() => test.close());

type Statistics = Awaited<ReturnType<typeof getOfficeStatistics>>;
const figure = (statistics: Statistics, key: string) =>
	statistics.blocks.flatMap((block) => block.figures).find((item) => item.key === key);
const block = (statistics: Statistics, key: string) => statistics.blocks.find((item) => item.key === key);

describe('statistics by action-plan area', () => {
	it('offers the current plan areas and counts the whole office without one', async () => {
		const statistics = await getOfficeStatistics(coordinator, { period: yearPeriod(2025), programmeId: null });
		expect(statistics.planAreaOptions.map((area) => area.nameEn)).toEqual(['Education', 'Health']);
		expect(statistics.filter.planAreaId).toBeNull();
		expect(figure(statistics, 'events.held')?.value).toBe(3);
		expect(figure(statistics, 'volunteering.hours')?.value).toBe(5);
		expect(figure(statistics, 'council.adopted')?.value).toBe(2);
		expect(figure(statistics, 'participation.submitted')?.value).toBe(2);
	});

	it('narrows events to those linked to the area and marks the blocks that cannot narrow', async () => {
		const statistics = await getOfficeStatistics(coordinator, {
			period: yearPeriod(2025),
			programmeId: null,
			planAreaId: educationId
		});
		expect(statistics.filter.planAreaId).toBe(educationId);
		expect(figure(statistics, 'events.held')?.value).toBe(2);
		expect(block(statistics, 'events')?.areaFiltered).toBe(true);
		// Volunteering narrows through the events, the council through its decisions' links, participation
		// through the initiatives those decisions follow up.
		expect(figure(statistics, 'volunteering.hours')?.value).toBe(2);
		expect(figure(statistics, 'volunteering.opportunities')?.value).toBe(1);
		expect(figure(statistics, 'council.adopted')?.value).toBe(1);
		expect(figure(statistics, 'participation.submitted')?.value).toBe(1);
		for (const key of ['volunteering', 'council', 'participation'])
			expect(block(statistics, key)?.areaFiltered).toBe(true);
		// Surveys do not link to the plan: they count the whole office and the page says so.
		const unfiltered = statistics.blocks.filter((item) => !item.areaFiltered).map((item) => item.key);
		expect(unfiltered).toContain('surveys');
		expect(unfiltered).not.toContain('events');
		if (block(statistics, 'calls')) expect(block(statistics, 'calls')?.areaFiltered).toBe(true);
	});

	it('counts nothing for an area without linked events, and the whole office for an unknown area', async () => {
		const health = await getOfficeStatistics(coordinator, {
			period: yearPeriod(2025),
			programmeId: null,
			planAreaId: healthId
		});
		expect(figure(health, 'events.held')?.value).toBe(0);
		expect(figure(health, 'volunteering.hours')?.value).toBe(0);
		expect(figure(health, 'council.adopted')?.value).toBe(0);
		expect(figure(health, 'participation.submitted')?.value).toBe(0);
		const unknown = await getOfficeStatistics(coordinator, {
			period: yearPeriod(2025),
			programmeId: null,
			planAreaId: '00000000-0000-4000-8000-000000000000'
		});
		expect(unknown.filter.planAreaId).toBeNull();
		expect(figure(unknown, 'events.held')?.value).toBe(3);
	});

	it('names the area in the export and notes the blocks counted for the whole office', async () => {
		const file = await exportOfficeStatistics(coordinator, {
			filter: { period: yearPeriod(2025), programmeId: null, planAreaId: educationId },
			format: 'xlsx',
			locale: 'en'
		});
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(file.body.buffer as ArrayBuffer);
		const text: string[] = [];
		workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => text.push(String(cell.value ?? '')))));
		expect(text).toContain('Action plan area');
		expect(text).toContain('Education');
		expect(text).toContain('These records are not linked to action plan areas: the figures are for the whole office.');
	});
});
