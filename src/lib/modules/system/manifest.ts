import type { ModuleManifest } from '../../server/manifest.ts';
import { canAccessAdmin } from '../../server/actor.ts';
import { canReadAuditLog, canReadOutbox } from './permissions.server.ts';
import { systemPersonalData } from './personal-data.server.ts';

export const systemManifest: ModuleManifest = {
	name: 'system',
	adminNav: [
		{
			group: 'administration',
			href: '/admin/audit',
			labelKey: 'system.audit.nav',
			isVisibleTo: canReadAuditLog,
			order: 95
		},
		{
			group: 'administration',
			href: '/admin/outbox',
			labelKey: 'system.outbox.nav',
			isVisibleTo: canReadOutbox,
			order: 96
		},
		// The style page: every shared component in its states, for whoever builds or checks screens.
		{ group: 'administration', href: '/admin/ui', labelKey: 'ui.page.title', isVisibleTo: canAccessAdmin, order: 99 }
	],
	personalData: systemPersonalData
};
