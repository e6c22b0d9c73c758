import type { ModuleManifest } from '../../server/manifest.ts';
import { canReadContactMessages } from './permissions.server.ts';
import { removeDemoContactMessages, seedDemoContactMessages } from './seed.server.ts';
import { deleteExpiredContactMessages } from './commands/delete-expired-contact-messages.server.ts';
import { contactAttention } from './dashboard.server.ts';
import { contactPersonalData } from './personal-data.server.ts';

export const contactManifest: ModuleManifest = {
	name: 'contact',
	adminNav: [
		{
			group: 'content',
			href: '/admin/contact',
			labelKey: 'contact.admin.nav',
			isVisibleTo: canReadContactMessages,
			order: 70
		}
	],
	seedDemo: seedDemoContactMessages,
	removeDemo: (db, officeId) => removeDemoContactMessages(db, officeId),
	// Messages are personal data kept only as long as needed: older ones are erased a few times a day.
	jobs: [
		{ name: 'contact-retention', everyMs: 6 * 3_600_000, run: (db, now) => deleteExpiredContactMessages(db, now) }
	],
	dashboard: contactAttention,
	personalData: contactPersonalData
};
