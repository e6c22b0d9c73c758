import type { PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { dayAndWeekAt } from '#lib/server/dashboard.ts';
import { dashboardAttentionFor, dashboardFiguresFor } from '#lib/modules/registry.server.ts';
import { listSessionsBetween } from '#lib/modules/events/queries.server.ts';
import { canManageEvents } from '#lib/modules/events/permissions.server.ts';
import { canRecordAttendance } from '#lib/modules/attendance/permissions.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor);
	const ctx = await contextFor(locals);
	const actor = ctx.actor!;
	const now = new Date();
	const { dayEnd, weekEnd, dayStart } = dayAndWeekAt(now);
	// Each module says what needs this person's attention and which figures they may see; the events of
	// the week are shown to those who manage events.
	const [attention, figures, sessions] = await Promise.all([
		dashboardAttentionFor(ctx.db, ctx.officeId, actor, now),
		dashboardFiguresFor(ctx.db, ctx.officeId, actor, now),
		canManageEvents(actor)
			? listSessionsBetween(ctx.db, ctx.officeId, { from: dayStart, to: weekEnd }, { now })
			: Promise.resolve([])
	]);
	const agenda = sessions.map((session) => ({
		id: session.id,
		eventId: session.event.id,
		title: session.event.title,
		titleEn: session.event.titleEn,
		startsAt: session.startsAt,
		endsAt: session.endsAt,
		place: session.event.placeName,
		number: session.number,
		sessionCount: session.event.sessionCount,
		isToday: session.startsAt < dayEnd
	}));
	return {
		attention,
		year: figures.year,
		figures: figures.figures,
		today: agenda.filter((session) => session.isToday),
		week: agenda.filter((session) => !session.isToday),
		canCheckIn: canRecordAttendance(actor),
		showsAgenda: canManageEvents(actor)
	};
};
