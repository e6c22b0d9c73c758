import type { ModuleManifest } from '../../server/manifest.ts';
import { canReadAuditLog, canReadOutbox } from './permissions.server.ts';
import { systemPersonalData } from './personal-data.server.ts';

export const systemManifest: ModuleManifest = {
	name: 'system',
	adminNav: [
		{ href: '/admin/audit', labelKey: 'system.audit.nav', isVisibleTo: canReadAuditLog, order: 95 },
		{ href: '/admin/outbox', labelKey: 'system.outbox.nav', isVisibleTo: canReadOutbox, order: 96 }
	],
	personalData: systemPersonalData
};
