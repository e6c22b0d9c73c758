import type { ModuleManifest } from '../../server/manifest.ts';
import { expireGuardianHolds } from './commands/expire-guardian-holds.server.ts';
import { queueSessionReminders } from './commands/queue-session-reminders.server.ts';
import { removeDemoRegistrations, seedDemoRegistrations } from './seed.server.ts';
import { registrationsAttention, registrationsYearFigures } from './dashboard.server.ts';
import { registrationsPersonalData } from './personal-data.server.ts';

const MINUTE = 60_000;

export const registrationsManifest: ModuleManifest = {
	name: 'registrations',
	seedDemo: (db, officeId) => seedDemoRegistrations(db, officeId),
	removeDemo: (db, officeId) => removeDemoRegistrations(db, officeId),
	jobs: [
		{ name: 'registrations: expire guardian holds', everyMs: 10 * MINUTE, run: expireGuardianHolds },
		{ name: 'registrations: session reminders', everyMs: 10 * MINUTE, run: queueSessionReminders }
	],
	dashboard: (db, officeId, actor) => registrationsAttention(db, officeId, actor),
	yearFigures: registrationsYearFigures,
	personalData: registrationsPersonalData
};
