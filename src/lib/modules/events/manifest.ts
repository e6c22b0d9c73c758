import type { ModuleManifest } from '../../server/manifest.ts';
import { canManageEvents } from './permissions.server.ts';
import { listEventSitemap, listEventsUsingMedia, eventsSearchStatement } from './queries.server.ts';
import { removeDemoEvents, seedDemoEvents } from './seed.server.ts';
import { eventsYearFigures } from './dashboard.server.ts';
import { eventsDataset } from './open-data.server.ts';
import { earliestAhead, earliestOf } from '../../server/page-cache.ts';
import { eventSessions, events } from './schema.ts';
import { listEventLinkTargets } from './link-targets.server.ts';

export const eventsManifest: ModuleManifest = {
	name: 'events',
	adminNav: [
		{ group: 'events', href: '/admin/events', labelKey: 'events.nav', isVisibleTo: canManageEvents, order: 25 },
		{
			group: 'events',
			href: '/admin/programmes',
			labelKey: 'events.programmesNav',
			isVisibleTo: canManageEvents,
			order: 26
		}
	],
	seedDemo: async (db, officeId) => {
		await seedDemoEvents(db, officeId);
	},
	removeDemo: (db, officeId) => removeDemoEvents(db, officeId),
	searchStatement: (db, officeId, query, limit) => eventsSearchStatement(db, officeId, query, limit),
	sitemap: (db, officeId) => listEventSitemap(db, officeId),
	mediaUsage: listEventsUsingMedia,
	yearFigures: eventsYearFigures,
	openData: [eventsDataset],
	linkTargets: { kinds: ['events.event'], list: listEventLinkTargets },
	nextPublicChange: async (db, officeId, now) => {
		const moments = await Promise.all([
			earliestAhead(
				db,
				events,
				events.officeId,
				officeId,
				[events.startsAt, events.endsAt, events.registrationOpensAt, events.registrationClosesAt],
				now
			),
			earliestAhead(
				db,
				eventSessions,
				eventSessions.officeId,
				officeId,
				[eventSessions.startsAt, eventSessions.endsAt],
				now
			)
		]);
		return earliestOf(moments);
	}
};
