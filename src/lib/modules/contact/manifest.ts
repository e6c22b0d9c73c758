import type { ModuleManifest } from '../../server/manifest.ts';
import { canReadContactMessages } from './permissions.server.ts';
import { removeDemoContactMessages, seedDemoContactMessages } from './seed.server.ts';

export const contactManifest: ModuleManifest = {
	name: 'contact',
	adminNav: [{ href: '/admin/contact', labelKey: 'contact.admin.nav', isVisibleTo: canReadContactMessages, order: 70 }],
	seedDemo: seedDemoContactMessages,
	removeDemo: (db, officeId) => removeDemoContactMessages(db, officeId)
};
