// The permission matrix: every capability of the back-office, who holds it, and the predicate the routes
// and commands check. docs/permissions.md and permission-matrix.test.ts are both generated from this table,
// so the documentation, the code and the tests cannot drift apart.
import type { Actor } from '../server/actor.ts';
import { canAccessAdmin } from '../server/actor.ts';
import { ROLES, type Role } from '../server/db/core-schema.ts';
import { canManageUsers, canManageAccount } from './accounts/permissions.server.ts';
import { canEditSettings, canRemoveDemo } from './settings/permissions.server.ts';
import { canEditPages } from './pages/permissions.server.ts';
import { canManageMedia } from './media/permissions.server.ts';
import { canEditNews, canManageNewsCategories } from './news/permissions.server.ts';
import { canEditOpportunities } from './opportunities/permissions.server.ts';
import { canManageCalls } from './calls/permissions.server.ts';
import { canEditDocuments } from './documents/permissions.server.ts';
import { canManageEvents } from './events/permissions.server.ts';
import { canManageRegistrations } from './registrations/permissions.server.ts';
import {
	canRecordAttendance,
	canViewAttendanceStatistics,
	canEditAttendanceSettings
} from './attendance/permissions.server.ts';
import { canEditActionPlan } from './action-plan/permissions.server.ts';
import {
	canManageAnnualReport,
	canManageReportTemplates,
	canViewOfficeStatistics,
	canWriteTemplateReports
} from './reports/permissions.server.ts';
import { canManageSurveys, canReadSensitiveAnswers } from './surveys/permissions.server.ts';
import { canManageOrganisations } from './organisations/permissions.server.ts';
import {
	canReadContactMessages,
	canHandleContactMessages,
	canDeleteContactMessages
} from './contact/permissions.server.ts';
import { canReadAuditLog, canReadOutbox } from './system/permissions.server.ts';

/** One row of the matrix: a capability, the roles that hold it, and the check that enforces it. */
export interface Capability {
	/** Stable name of the capability, e.g. 'users:manage' (a colon, so it is never taken for a message key). */
	key: string;
	/** What it allows, in one English sentence (for the docs). */
	description: string;
	roles: readonly Role[];
	check: (actor: Actor) => boolean;
}

const BACK_OFFICE: readonly Role[] = ['administrator', 'coordinator', 'staff'];
const LEADS: readonly Role[] = ['administrator', 'coordinator'];

export const PERMISSION_MATRIX: readonly Capability[] = [
	{
		key: 'admin:open',
		description: 'Open the back-office and its dashboard',
		roles: BACK_OFFICE,
		check: canAccessAdmin
	},
	{ key: 'pages:edit', description: 'Edit the portal pages and menu', roles: BACK_OFFICE, check: canEditPages },
	{ key: 'media:manage', description: 'Upload and describe images', roles: BACK_OFFICE, check: canManageMedia },
	{ key: 'news:edit', description: 'Write and publish news', roles: BACK_OFFICE, check: canEditNews },
	{ key: 'news:categories', description: 'Manage news categories', roles: LEADS, check: canManageNewsCategories },
	{
		key: 'opportunities:edit',
		description: 'Publish opportunities',
		roles: BACK_OFFICE,
		check: canEditOpportunities
	},
	{
		key: 'calls:manage',
		description: 'Prepare and publish funding calls for youth projects',
		roles: BACK_OFFICE,
		check: canManageCalls
	},
	{ key: 'documents:edit', description: 'Publish documents', roles: BACK_OFFICE, check: canEditDocuments },
	{ key: 'events:manage', description: 'Create and publish events', roles: BACK_OFFICE, check: canManageEvents },
	{
		key: 'registrations:manage',
		description: 'See and decide registrations',
		roles: BACK_OFFICE,
		check: canManageRegistrations
	},
	{
		key: 'attendance:record',
		description: 'Check people in at the door',
		roles: BACK_OFFICE,
		check: canRecordAttendance
	},
	{
		key: 'attendance:statistics',
		description: 'Read attendance statistics',
		roles: BACK_OFFICE,
		check: canViewAttendanceStatistics
	},
	{
		key: 'reports:statistics',
		description: 'Read and download the office statistics',
		roles: BACK_OFFICE,
		check: canViewOfficeStatistics
	},
	{
		key: 'reports:annual',
		description: 'Write, submit and publish the annual report',
		roles: LEADS,
		check: canManageAnnualReport
	},
	{
		key: 'reports:template-reports',
		description: 'Make reports from templates, write their text and download them',
		roles: BACK_OFFICE,
		check: canWriteTemplateReports
	},
	{
		key: 'reports:templates',
		description: 'Keep, archive and delete report templates; submit and publish the reports made from them',
		roles: LEADS,
		check: canManageReportTemplates
	},
	{
		key: 'attendance:settings',
		description: 'Change attendance settings (certificates, feedback)',
		roles: LEADS,
		check: canEditAttendanceSettings
	},
	{
		key: 'plan:edit',
		description: 'Edit the action plan and its monitoring',
		roles: BACK_OFFICE,
		check: canEditActionPlan
	},
	{ key: 'surveys:manage', description: 'Build surveys and read results', roles: BACK_OFFICE, check: canManageSurveys },
	{
		key: 'surveys:sensitive',
		description: 'Read sensitive survey answers',
		roles: LEADS,
		check: canReadSensitiveAnswers
	},
	{
		key: 'organisations:manage',
		description: 'Manage the directory and its requests',
		roles: BACK_OFFICE,
		check: canManageOrganisations
	},
	{
		key: 'contact:read',
		description: 'Read contact messages',
		roles: BACK_OFFICE,
		check: canReadContactMessages
	},
	{
		key: 'contact:handle',
		description: 'Mark contact messages handled',
		roles: BACK_OFFICE,
		check: canHandleContactMessages
	},
	{
		key: 'contact:delete',
		description: 'Delete contact messages',
		roles: BACK_OFFICE,
		check: canDeleteContactMessages
	},
	{ key: 'settings:edit', description: 'Change the office settings', roles: LEADS, check: canEditSettings },
	{ key: 'users:manage', description: 'Invite people and manage accounts', roles: LEADS, check: canManageUsers },
	{
		key: 'users:manageStaff',
		description: 'Change a youth worker’s or coordinator’s roles, disable their account',
		roles: LEADS,
		check: (actor) => canManageAccount(actor, ['staff', 'coordinator'])
	},
	{
		key: 'users:manageAdministrators',
		description: 'Make someone an administrator, change or disable an administrator',
		roles: ['administrator'],
		check: (actor) => canManageAccount(actor, ['administrator'])
	},
	{ key: 'system:outbox', description: 'Read the outbox (e-mail sent)', roles: LEADS, check: canReadOutbox },
	{ key: 'system:audit', description: 'Read the audit log', roles: ['administrator'], check: canReadAuditLog },
	{ key: 'settings:removeDemo', description: 'Remove the demo content', roles: ['administrator'], check: canRemoveDemo }
];

/** The matrix as a Markdown table (role columns, ✓ where the role holds the capability), for docs/permissions.md. */
export function renderPermissionMatrix(): string {
	const header = `| capability | what it allows | ${ROLES.join(' | ')} |`;
	const rule = `| --- | --- | ${ROLES.map(() => ':-:').join(' | ')} |`;
	const rows = PERMISSION_MATRIX.map(
		(capability) =>
			`| \`${capability.key}\` | ${capability.description} | ${ROLES.map((role) => (capability.roles.includes(role) ? '✓' : '')).join(' | ')} |`
	);
	return [header, rule, ...rows].join('\n');
}
