import type { ModuleManifest } from '../../server/manifest.ts';
import { removeDemoEvents, seedDemoEvents } from './seed.server.ts';

export const eventsManifest: ModuleManifest = {
	name: 'events',
	seedDemo: async (db, officeId) => {
		await seedDemoEvents(db, officeId);
	},
	removeDemo: (db, officeId) => removeDemoEvents(db, officeId)
};
