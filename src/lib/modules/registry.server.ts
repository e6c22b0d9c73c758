// The modules the core knows, through their manifests only.
import type {
	ModuleManifest,
	DemoAccount,
	AttentionItem,
	LinkTarget,
	LinkTargetQuery,
	PlanAreaLinked,
	PlanAreaScope,
	RelatedLink,
	YearFigure
} from '../server/manifest.ts';
import { yearPeriodsAt } from '../server/dashboard.ts';
import { groupAdminNavigation, type AdminNavSection } from '../server/admin-navigation.ts';
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
import { privacyManifest } from './privacy/manifest.ts';
import { participationManifest } from './participation/manifest.ts';
import { councilManifest } from './council/manifest.ts';
import { volunteeringManifest } from './volunteering/manifest.ts';
import { openDataManifest } from './open-data/manifest.ts';
import { reportsManifest } from './reports/manifest.ts';
import { callsManifest } from './calls/manifest.ts';
import { createDemoOffice } from './settings/seed.server.ts';
import { earliestOf } from '../server/page-cache.ts';

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
	participationManifest,
	councilManifest,
	volunteeringManifest,
	reportsManifest,
	callsManifest,
	documentsManifest,
	contactManifest,
	openDataManifest,
	systemManifest,
	privacyManifest
];

/** The back-office navigation this actor may see, from every module's manifest, grouped by area. */
export function adminNavigationFor(actor: Actor): AdminNavSection[] {
	return groupAdminNavigation(
		manifests.flatMap((manifest) => manifest.adminNav ?? []).filter((entry) => entry.isVisibleTo(actor))
	);
}

/** Public pages of every module that belong to this event (its `eventLinks` hooks). */
export async function eventLinksFor(db: Database, officeId: string, eventId: string): Promise<RelatedLink[]> {
	const lists = await Promise.all(manifests.map((manifest) => manifest.eventLinks?.(db, officeId, eventId) ?? []));
	return lists.flat();
}

/**
 * Records of the kind asked for, from the module that owns the kind (its `linkTargets` hook), for another module's
 * link picker, check or public links; [] when no module offers the kind. Modules call it through a lazy import (the
 * registry imports every manifest, theirs too).
 */
export async function linkTargetsFor(db: Database, officeId: string, query: LinkTargetQuery): Promise<LinkTarget[]> {
	const owner = manifests.find((manifest) => manifest.linkTargets?.kinds.includes(query.kind));
	return (await owner?.linkTargets?.list(db, officeId, query)) ?? [];
}

/** The area's scope with what every module's `planAreaLinks` ties to it, merged by kind (the statistics' filter). */
export async function withPlanAreaLinks(db: Database, officeId: string, scope: PlanAreaScope): Promise<PlanAreaScope> {
	const lists = await Promise.all(manifests.map((manifest) => manifest.planAreaLinks?.(db, officeId, scope) ?? {}));
	const linked: PlanAreaLinked = { ...scope.linked };
	for (const list of lists)
		for (const [kind, ids] of Object.entries(list) as [keyof PlanAreaLinked, string[]][])
			linked[kind] = [...new Set([...(linked[kind] ?? []), ...ids])];
	return { ...scope, linked };
}

/** What needs this actor's attention now, from every module's `dashboard` hook: warnings first, then by size. */
export async function dashboardAttentionFor(
	db: Database,
	officeId: string,
	actor: Actor,
	now: Date
): Promise<AttentionItem[]> {
	const lists = await Promise.all(manifests.map((manifest) => manifest.dashboard?.(db, officeId, actor, now) ?? []));
	return lists
		.flat()
		.filter((item) => item.count > 0)
		.sort((a, b) => (a.tone === b.tone ? b.count - a.count : a.tone === 'warning' ? -1 : 1));
}

/** This year's figures so far against the same stretch of last year, from every module's `yearFigures` hook. */
export async function dashboardFiguresFor(
	db: Database,
	officeId: string,
	actor: Actor,
	now: Date
): Promise<{ year: number; figures: YearFigure[] }> {
	const period = yearPeriodsAt(now);
	const lists = await Promise.all(
		manifests.map((manifest) => manifest.yearFigures?.(db, officeId, actor, period) ?? [])
	);
	return { year: period.year, figures: lists.flat() };
}

/**
 * Creates the demo office and lets every module add its demo content, in one transaction; publicUrl is the address the server was started on, recorded as the office's
 * public URL so links in its e-mails open (issue 14.2).
 */
export async function loadDemoOffice(
	db: Database,
	options: { publicUrl?: string } = {}
): Promise<{ officeId: string; accounts: DemoAccount[] }> {
	return db.transaction(async (tx) => {
		const officeId = await createDemoOffice(tx, options.publicUrl);
		const accounts: DemoAccount[] = [];
		for (const manifest of manifests) {
			const created = await manifest.seedDemo?.(tx, officeId);
			if (created) accounts.push(...created);
		}
		return { officeId, accounts };
	});
}

/** The earliest moment after `now` at which any module's public content changes by itself (the page cache's bound). */
export async function nextPublicChange(db: Database, officeId: string, now: Date): Promise<Date | null> {
	const moments = await Promise.all(
		manifests.map((manifest) => manifest.nextPublicChange?.(db, officeId, now) ?? null)
	);
	return earliestOf(moments);
}
