// The modules the core knows, through their manifests only.
import type { ModuleManifest, DemoAccount, AdminNavEntry } from '../server/manifest.ts';
import type { Database } from '../server/db/client.ts';
import type { Actor } from '../server/actor.ts';
import { accountsManifest } from './accounts/manifest.ts';
import { settingsManifest } from './settings/manifest.ts';
import { pagesManifest } from './pages/manifest.ts';
import { systemManifest } from './system/manifest.ts';
import { newsManifest } from './news/manifest.ts';
import { opportunitiesManifest } from './opportunities/manifest.ts';
import { documentsManifest } from './documents/manifest.ts';
import { mediaManifest } from './media/manifest.ts';
import { contactManifest } from './contact/manifest.ts';
import { eventsManifest } from './events/manifest.ts';
import { registrationsManifest } from './registrations/manifest.ts';
import { attendanceManifest } from './attendance/manifest.ts';
import { actionPlanManifest } from './action-plan/manifest.ts';
import { surveysManifest } from './surveys/manifest.ts';
import { organisationsManifest } from './organisations/manifest.ts';
import { volunteeringManifest } from './volunteering/manifest.ts';
import { createDemoOffice } from './settings/seed.server.ts';

export const manifests: readonly ModuleManifest[] = [
	settingsManifest,
	accountsManifest,
	pagesManifest,
	mediaManifest,
	newsManifest,
	opportunitiesManifest,
	eventsManifest,
	registrationsManifest,
	attendanceManifest,
	actionPlanManifest,
	surveysManifest,
	organisationsManifest,
	volunteeringManifest,
	documentsManifest,
	contactManifest,
	systemManifest
];

/** The back-office navigation this actor may see, from every module's manifest. */
export function adminNavigationFor(actor: Actor): Pick<AdminNavEntry, 'href' | 'labelKey'>[] {
	return manifests
		.flatMap((manifest) => manifest.adminNav ?? [])
		.filter((entry) => entry.isVisibleTo(actor))
		.sort((a, b) => a.order - b.order)
		.map(({ href, labelKey }) => ({ href, labelKey }));
}

/** Creates the demo office and lets every module add its demo content, in one transaction. */
export async function loadDemoOffice(db: Database): Promise<{ officeId: string; accounts: DemoAccount[] }> {
	return db.transaction(async (tx) => {
		const officeId = await createDemoOffice(tx);
		const accounts: DemoAccount[] = [];
		for (const manifest of manifests) {
			const created = await manifest.seedDemo?.(tx, officeId);
			if (created) accounts.push(...created);
		}
		return { officeId, accounts };
	});
}
