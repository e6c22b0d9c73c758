import type { ModuleManifest } from '../../server/manifest.ts';
import { canEditActionPlan } from './permissions.server.ts';

export const actionPlanManifest: ModuleManifest = {
	name: 'action-plan',
	adminNav: [{ href: '/admin/action-plan', labelKey: 'actionPlan.nav', isVisibleTo: canEditActionPlan, order: 45 }]
};
