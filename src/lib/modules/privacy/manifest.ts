import type { ModuleManifest } from '../../server/manifest.ts';
import { canHandleDataRequests } from './permissions.server.ts';
import { applyRetention } from './commands/apply-retention.server.ts';

export const privacyManifest: ModuleManifest = {
	name: 'privacy',
	adminNav: [
		{
			group: 'administration',
			href: '/admin/data-requests',
			labelKey: 'privacy.admin.nav',
			isVisibleTo: canHandleDataRequests,
			order: 94
		}
	],
	// Retention runs a few times a day; the registry is loaded lazily because it lists this manifest.
	jobs: [
		{
			name: 'privacy: retention',
			everyMs: 6 * 3_600_000,
			run: async (db, now) => applyRetention(db, now, (await import('../registry.server.ts')).manifests)
		}
	]
};
