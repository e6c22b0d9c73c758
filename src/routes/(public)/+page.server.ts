import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { listLatestNews } from '#lib/modules/news/queries.server.ts';
import { listClosingSoonOpportunities } from '#lib/modules/opportunities/queries.server.ts';
import { listNextEvents } from '#lib/modules/events/queries.server.ts';
import { getParticipationHighlights } from '#lib/modules/participation/home.server.ts';
import { listOpenCalls } from '#lib/modules/calls/queries.server.ts';
import { getMediaForDisplay } from '#lib/modules/media/queries.server.ts';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { navPages } = await parent();
	if (!locals.office)
		return {
			aboutPages: [],
			latestNews: [],
			closingSoon: [],
			upcomingEvents: [],
			participation: null,
			openCalls: [],
			cover: null,
			now: new Date()
		};
	const { db } = await getRuntime();
	const now = new Date();
	const coverId = locals.office.coverMediaId;
	const [latestNews, closingSoon, upcomingEvents, participation, openCalls, covers] = await Promise.all([
		listLatestNews(db, locals.office.id, 3),
		listClosingSoonOpportunities(db, locals.office.id, 4),
		listNextEvents(db, locals.office.id, 4),
		getParticipationHighlights(db, locals.office.id),
		listOpenCalls(db, locals.office.id, now),
		// The office's cover (settings); missing when it was never set or is no longer in the library.
		coverId ? getMediaForDisplay(db, locals.office.id, [coverId]) : null
	]);
	const cover = (coverId && covers?.get(coverId)) || null;
	return {
		aboutPages: navPages.slice(0, 6),
		latestNews,
		closingSoon,
		upcomingEvents,
		participation,
		openCalls,
		cover,
		now
	};
};
