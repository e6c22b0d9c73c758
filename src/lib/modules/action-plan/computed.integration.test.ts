// Computed indicators against a real database: the counts follow attendance recorded through the
// attendance module's commands, and a submitted report keeps what was counted when it was submitted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import type { Actor } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import { createTestEvent } from '../events/test-factories.ts';
import { cancelEvent } from '../events/commands/cancel-event.server.ts';
import { createTestRegistration } from '../attendance/test-helpers.ts';
import { markAttendance } from '../attendance/commands/mark-attendance.server.ts';
import { addWalkIn } from '../attendance/commands/add-walk-in.server.ts';
import { saveHeadcount } from '../attendance/commands/save-headcount.server.ts';
import { emptyHeadcount, DEFAULT_AGE_BANDS } from '../attendance/statistics.ts';
import { getEventAttendanceFigures, getEventResults, getStatisticsReport } from '../attendance/queries.server.ts';
import { activityInput, goalInput, indicatorInput, measureInput, planInput } from './inputs.ts';
import { createPlan } from './commands/create-plan.server.ts';
import { savePlanItem } from './commands/save-plan-item.server.ts';
import { saveIndicator } from './commands/save-indicator.server.ts';
import { recordIndicatorActual } from './commands/record-indicator-actual.server.ts';
import { setEventPlanLinks } from './commands/link-event.server.ts';
import {
	startMonitoringReport,
	submitMonitoringReport,
	type MonitoringSnapshot
} from './commands/monitoring-report.server.ts';
import {
	getCurrentPublicPlan,
	getMonitoringReport,
	getPlanTree,
	type IndicatorNode,
	type PlanTree
} from './queries.server.ts';
import { seedDemoEvents } from '../events/seed.server.ts';
import { seedDemoAttendance } from '../attendance/seed.server.ts';
import { seedDemoActionPlan } from './seed.server.ts';
import { wallClock } from '../../i18n/office-time.ts';

const HOUR = 60 * 60 * 1000;

let test: TestDatabase;
let officeId: string;
let coordinator: Actor;
let staff: Actor;
let youngPerson: Actor;
let councilMember: Actor;

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
	staff = await createPerson(test.db, { officeId, roles: ['staff'] });
	youngPerson = await createPerson(test.db, { officeId, roles: ['young_person'] });
	councilMember = await createPerson(test.db, { officeId, roles: ['council_member'] });
});
afterAll(() => test.close());

/** An event whose sessions start at these instants (two hours each). */
function eventAt(starts: string[], overrides: Parameters<typeof createTestEvent>[2] = {}) {
	return createTestEvent(test.db, officeId, {
		status: 'finished',
		sessions: starts.map((start) => ({
			startsAt: new Date(start),
			endsAt: new Date(new Date(start).getTime() + 2 * HOUR)
		})),
		...overrides
	});
}

/** A plan for 2024–2028 with one goal of two measures; the second has an activity. */
async function buildPlan() {
	const ctx = contextOf(test.db, officeId, coordinator);
	const plan = await createPlan(
		ctx,
		v.parse(planInput, { title: 'План', firstYear: '2024', lastYear: '2028', status: 'draft' })
	);
	const tree = (await getPlanTree(test.db, officeId, plan.id))!;
	const goal = await savePlanItem(ctx, {
		planId: plan.id,
		kind: 'goal',
		input: v.parse(goalInput, { areaId: tree.areas[0].id, title: 'Више младих у заједници' })
	});
	const measure = async (title: string) =>
		(
			await savePlanItem(ctx, {
				planId: plan.id,
				kind: 'measure',
				input: v.parse(measureInput, { goalId: goal.id, title })
			})
		).id;
	const workshops = await measure('Радионице');
	const volunteering = await measure('Волонтирање');
	const activity = await savePlanItem(ctx, {
		planId: plan.id,
		kind: 'activity',
		input: v.parse(activityInput, {
			measureId: volunteering,
			title: 'Акције чишћења',
			status: 'in_progress'
		})
	});
	return { plan, goalId: goal.id, workshops, volunteering, activityId: activity.id };
}

async function indicator(
	planId: string,
	parent: { goalId?: string; measureId?: string },
	computedFrom: string,
	name = 'Показатељ'
) {
	const ctx = contextOf(test.db, officeId, coordinator);
	return (
		await saveIndicator(ctx, {
			planId,
			input: v.parse(indicatorInput, {
				goalId: parent.goalId ?? '',
				measureId: parent.measureId ?? '',
				name,
				computedFrom,
				targets: [{ year: '2025', target: '5' }]
			})
		})
	).id;
}

function findIndicator(tree: PlanTree, id: string): IndicatorNode {
	const all = tree.areas.flatMap((area) =>
		area.goals.flatMap((goal) => [...goal.indicators, ...goal.measures.flatMap((measure) => measure.indicators)])
	);
	return all.find((row) => row.id === id)!;
}

async function actualOf(planId: string, indicatorId: string, year: number): Promise<number | null | undefined> {
	const tree = (await getPlanTree(test.db, officeId, planId))!;
	return findIndicator(tree, indicatorId).values.find((row) => row.year === year)?.actual;
}

async function link(eventId: string, measureId: string, activityId: string | null = null) {
	await setEventPlanLinks(contextOf(test.db, officeId, coordinator), {
		eventId,
		links: [{ measureId, activityId }]
	});
}

async function checkIn(event: Awaited<ReturnType<typeof eventAt>>, registrationId: string, session = 0) {
	await markAttendance(contextOf(test.db, officeId, staff), {
		eventId: event.id,
		sessionId: event.sessions[session].id,
		registrationId,
		present: true
	});
}

describe('computed indicators', () => {
	it('count young people at events linked to the measure as attendance is recorded, by Belgrade year', async () => {
		const { plan, workshops } = await buildPlan();
		const participants = await indicator(plan.id, { measureId: workshops }, 'event_participants');
		const held = await indicator(plan.id, { measureId: workshops }, 'events_held');
		expect(await actualOf(plan.id, participants, 2025)).toBe(0);

		const spring = await eventAt(['2025-03-10T16:00:00Z', '2025-03-17T16:00:00Z']);
		const autumn = await eventAt(['2025-10-02T15:00:00Z']);
		const lastYear = await eventAt(['2024-11-20T16:00:00Z']);
		// 00:30 on 1 January 2025 in Belgrade, still 2024 in UTC.
		const newYear = await eventAt(['2024-12-31T23:30:00Z']);
		const cancelled = await eventAt(['2025-05-05T16:00:00Z'], { status: 'published' });
		for (const event of [spring, autumn, lastYear, newYear, cancelled]) await link(event.id, workshops);

		const ana = await createTestRegistration(test.db, officeId, spring.id, { email: 'ana@example.test' });
		const bojan = await createTestRegistration(test.db, officeId, spring.id, { email: 'bojan@example.test' });
		await checkIn(spring, ana.id, 0);
		await checkIn(spring, ana.id, 1);
		expect(await actualOf(plan.id, participants, 2025)).toBe(1);
		await checkIn(spring, bojan.id, 1);
		expect(await actualOf(plan.id, participants, 2025)).toBe(2);

		// The same person at another event of the year is not counted again; a walk-in is someone new.
		const anaAgain = await createTestRegistration(test.db, officeId, autumn.id, { email: 'ana@example.test' });
		await checkIn(autumn, anaAgain.id);
		await addWalkIn(contextOf(test.db, officeId, staff), {
			eventId: autumn.id,
			sessionId: autumn.sessions[0].id,
			name: 'Вера Вујић',
			birthYear: 2006,
			gender: 'female',
			email: '',
			phone: '0641234567'
		});
		expect(await actualOf(plan.id, participants, 2025)).toBe(3);

		// Anonymous headcounts add the people counted at the door: the larger of the two meetings.
		const counts = (total: number) => {
			const headcount = emptyHeadcount(DEFAULT_AGE_BANDS, []);
			headcount.byBand['15-19'].female = total;
			return headcount;
		};
		const ctx = contextOf(test.db, officeId, staff);
		await saveHeadcount(ctx, { eventId: spring.id, sessionId: spring.sessions[0].id, counts: counts(4) });
		await saveHeadcount(ctx, { eventId: spring.id, sessionId: spring.sessions[1].id, counts: counts(6) });
		expect(await actualOf(plan.id, participants, 2025)).toBe(3 + 6);

		// A cancelled event and events of another year do not count for 2025.
		const cancelledGuest = await createTestRegistration(test.db, officeId, cancelled.id);
		await checkIn(cancelled, cancelledGuest.id);
		expect(await actualOf(plan.id, participants, 2025)).toBe(10);
		await cancelEvent(contextOf(test.db, officeId, coordinator), { id: cancelled.id, reason: 'Киша' });
		expect(await actualOf(plan.id, participants, 2025)).toBe(9);
		const lastYearGuest = await createTestRegistration(test.db, officeId, lastYear.id);
		await checkIn(lastYear, lastYearGuest.id);
		const newYearGuest = await createTestRegistration(test.db, officeId, newYear.id);
		await checkIn(newYear, newYearGuest.id);
		expect(await actualOf(plan.id, participants, 2025)).toBe(10);
		expect(await actualOf(plan.id, participants, 2024)).toBe(1);

		expect(await actualOf(plan.id, held, 2025)).toBe(3);
		expect(await actualOf(plan.id, held, 2024)).toBe(1);
		// Years still to come have no value yet; the typed target stays.
		const tree = (await getPlanTree(test.db, officeId, plan.id))!;
		const values = findIndicator(tree, held).values;
		expect(values.find((row) => row.year === 2025)?.target).toBe(5);
		expect(values.find((row) => row.year === 2028)?.actual ?? null).toBe(null);
	});

	it('count a goal’s indicator over all its measures, activity links included, each person once', async () => {
		const { plan, goalId, workshops, volunteering, activityId } = await buildPlan();
		const goalPeople = await indicator(plan.id, { goalId }, 'event_participants');
		const goalEvents = await indicator(plan.id, { goalId }, 'events_held');
		const volunteers = await indicator(plan.id, { measureId: volunteering }, 'volunteers');
		const workshop = await eventAt(['2025-04-01T15:00:00Z']);
		const cleanup = await eventAt(['2025-04-12T08:00:00Z'], { type: 'volunteer_action' });
		await link(workshop.id, workshops);
		await link(cleanup.id, volunteering, activityId);
		const mila = await createTestRegistration(test.db, officeId, workshop.id, { email: 'mila@example.test' });
		const milaAgain = await createTestRegistration(test.db, officeId, cleanup.id, { email: 'mila@example.test' });
		const nikola = await createTestRegistration(test.db, officeId, cleanup.id, { email: 'nikola@example.test' });
		await checkIn(workshop, mila.id);
		await checkIn(cleanup, milaAgain.id);
		await checkIn(cleanup, nikola.id);

		expect(await actualOf(plan.id, goalPeople, 2025)).toBe(2);
		expect(await actualOf(plan.id, goalEvents, 2025)).toBe(2);
		// Volunteers: attendees of the volunteer action only.
		expect(await actualOf(plan.id, volunteers, 2025)).toBe(2);
	});

	it('are frozen into a submitted report, which keeps its number after more attendance', async () => {
		const { plan, workshops } = await buildPlan();
		const participants = await indicator(plan.id, { measureId: workshops }, 'event_participants');
		const event = await eventAt(['2025-06-01T15:00:00Z']);
		await link(event.id, workshops);
		const first = await createTestRegistration(test.db, officeId, event.id);
		await checkIn(event, first.id);

		const ctx = contextOf(test.db, officeId, coordinator);
		const report = await startMonitoringReport(ctx, { planId: plan.id, year: 2025 });
		await submitMonitoringReport(ctx, { reportId: report.id });

		const late = await createTestRegistration(test.db, officeId, event.id);
		await checkIn(event, late.id);
		expect(await actualOf(plan.id, participants, 2025)).toBe(2);

		const stored = await getMonitoringReport(test.db, officeId, report.id);
		const snapshot = stored!.snapshot as unknown as MonitoringSnapshot;
		const frozen = findIndicator(snapshot.tree, participants);
		expect(frozen.computedFrom).toBe('event_participants');
		expect(frozen.values.find((row) => row.year === 2025)?.actual).toBe(1);
	});

	it('cannot be typed in, and only plan editors (staff) may make an indicator computed', async () => {
		const { plan, workshops } = await buildPlan();
		const participants = await indicator(plan.id, { measureId: workshops }, 'event_participants');
		const typed = recordIndicatorActual(contextOf(test.db, officeId, coordinator), {
			planId: plan.id,
			indicatorId: participants,
			input: { year: 2025, actual: 40, source: '', note: '' }
		}).catch((error: unknown) => error);
		const refused = await typed;
		expect(isAppError(refused) && refused.code).toBe('invalid');
		expect(isAppError(refused) && Object.keys(refused.fieldErrors)).toContain('actual');

		for (const actor of [youngPerson, councilMember]) {
			const caught = await saveIndicator(contextOf(test.db, officeId, actor), {
				planId: plan.id,
				input: v.parse(indicatorInput, { measureId: workshops, name: 'Туђи', computedFrom: 'events_held' })
			}).catch((error: unknown) => error);
			expect(isAppError(caught) && caught.code).toBe('forbidden');
		}
		// An unknown measure is refused by the form's schema.
		expect(v.safeParse(indicatorInput, { measureId: workshops, name: 'Х', computedFrom: 'likes' }).success).toBe(false);
	});

	it('switching back to typed values shows what was typed before', async () => {
		const { plan, workshops } = await buildPlan();
		const ctx = contextOf(test.db, officeId, coordinator);
		const id = await indicator(plan.id, { measureId: workshops }, '');
		await recordIndicatorActual(ctx, {
			planId: plan.id,
			indicatorId: id,
			input: { year: 2025, actual: 40, source: 'Евиденција', note: '' }
		});
		const save = (computedFrom: string) =>
			saveIndicator(ctx, {
				planId: plan.id,
				id,
				input: v.parse(indicatorInput, {
					measureId: workshops,
					name: 'Показатељ',
					computedFrom,
					targets: [{ year: '2025', target: '5' }]
				})
			});
		await save('events_held');
		expect(await actualOf(plan.id, id, 2025)).toBe(0);
		await save('');
		expect(await actualOf(plan.id, id, 2025)).toBe(40);
	});

	it('in the demo plan count the demo events’ attendance, publicly, next to typed indicators', async () => {
		const office = (await createOffice(test.db, { isDefault: false })).id;
		await createPerson(test.db, { officeId: office, roles: ['coordinator'], email: 'koordinator@demo.kzm.test' });
		await seedDemoEvents(test.db, office);
		await seedDemoAttendance(test.db, office);
		await seedDemoActionPlan(test.db, office);
		const tree = (await getCurrentPublicPlan(test.db, office))!;
		const all = tree.areas.flatMap((area) =>
			area.goals.flatMap((goal) => [...goal.indicators, ...goal.measures.flatMap((measure) => measure.indicators)])
		);
		const counted = all.filter((row) => row.computedFrom !== null);
		expect(counted.map((row) => row.computedFrom).sort()).toEqual(['event_participants', 'volunteers']);
		// The clean-up action was 45 days ago, the job fair 70 days ago (the demo's dates follow today's).
		const DAY = 24 * HOUR;
		const volunteers = counted.find((row) => row.computedFrom === 'volunteers')!;
		const cleanupYear = wallClock(new Date(Date.now() - 45 * DAY)).year;
		expect(volunteers.values.find((row) => row.year === cleanupYear)?.actual).toBeGreaterThan(0);
		const participants = counted.find((row) => row.computedFrom === 'event_participants')!;
		const fairYear = wallClock(new Date(Date.now() - 70 * DAY)).year;
		expect(participants.values.find((row) => row.year === fairYear)?.actual).toBeGreaterThan(0);
	});

	it('read an event as its registrations page, results summary and statistics read it (one definition)', async () => {
		const { plan, workshops } = await buildPlan();
		const participants = await indicator(plan.id, { measureId: workshops }, 'event_participants');
		const event = await eventAt(['2025-06-02T16:00:00Z', '2025-06-09T16:00:00Z']);
		await link(event.id, workshops);
		const staffCtx = contextOf(test.db, officeId, staff);
		const people = [];
		for (const name of ['mila', 'nikola', 'olja', 'petar'])
			people.push(await createTestRegistration(test.db, officeId, event.id, { email: `${name}@figures.test` }));
		await checkIn(event, people[0].id, 0);
		await checkIn(event, people[0].id, 1);
		await checkIn(event, people[1].id, 0);
		await checkIn(event, people[2].id, 1);
		await addWalkIn(staffCtx, {
			eventId: event.id,
			sessionId: event.sessions[1].id,
			name: 'Рада Ристић',
			birthYear: 2007,
			gender: 'female',
			email: '',
			phone: '0649876543'
		});
		const counts = (total: number) => {
			const headcount = emptyHeadcount(DEFAULT_AGE_BANDS, []);
			headcount.byBand['15-19'].male = total;
			return headcount;
		};
		await saveHeadcount(staffCtx, { eventId: event.id, sessionId: event.sessions[0].id, counts: counts(5) });
		await saveHeadcount(staffCtx, { eventId: event.id, sessionId: event.sessions[1].id, counts: counts(7) });

		// The registrations page and the results summary: 3 attended + 1 walk-in + the larger headcount, 7.
		const figures = await getEventAttendanceFigures(test.db, event);
		expect(figures).toMatchObject({ confirmed: 4, attended: 3, walkIns: 1, headcount: 7, participants: 11 });
		expect((await getEventResults(staffCtx, event.id)).figures).toEqual(figures);
		// The office's event statistics, one line per event.
		const report = await getStatisticsReport(contextOf(test.db, officeId, coordinator), {
			from: '2025-06-01',
			to: '2025-06-30',
			programmeId: null,
			eventId: event.id
		});
		expect(report.events.map((line) => [line.id, line.participants])).toEqual([[event.id, '11']]);
		// The plan's computed count of the measure's only event.
		expect(await actualOf(plan.id, participants, 2025)).toBe(figures.participants);
	});
});
