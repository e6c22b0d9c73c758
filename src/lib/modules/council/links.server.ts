// What a decision can be linked to: action-plan measures and activities, events and participation
// initiatives. Asked of the modules owning them through the manifests' `linkTargets` hook (decision 0037);
// the council keeps just the ids.
import type { Database } from '../../server/db/client.ts';
import type { LinkTarget, LinkTargetQuery } from '../../server/manifest.ts';
import { linkTargetLabel } from '../../server/link-targets.ts';
import type { Locale, MessageKey } from '../../i18n/index.ts';

/** One choice of a picker: the value the form sends and the text shown (as stored, shown in the reader's script). */
export interface LinkChoice {
	value: string;
	label: string;
}

export interface DecisionLinkChoices {
	plan: LinkChoice[];
	events: LinkChoice[];
	initiatives: LinkChoice[];
}

/** The registry imports every manifest, this module's too: a lazy import keeps the circle open. */
async function targets(db: Database, officeId: string, query: LinkTargetQuery): Promise<LinkTarget[]> {
	const { linkTargetsFor } = await import('../registry.server.ts');
	return linkTargetsFor(db, officeId, query);
}

/** The ids of a follow-up asked of their owners at once: measures, activities, events and initiatives. */
async function targetsOf(
	db: Database,
	officeId: string,
	links: { measureId: string | null; activityId: string | null; eventId: string | null; initiativeId: string | null }
) {
	const one = async (kind: LinkTargetQuery['kind'], id: string | null) =>
		id ? ((await targets(db, officeId, { kind, ids: [id] }))[0] ?? null) : null;
	const [measure, activity, event, initiative] = await Promise.all([
		one('plan.measure', links.measureId),
		one('plan.activity', links.activityId),
		one('events.event', links.eventId),
		one('participation.initiative', links.initiativeId)
	]);
	return { measure, activity, event, initiative };
}

/**
 * The pickers' choices, labelled in the reader's language: measures and activities of plans being carried out
 * (a measure, then its activities), recent events that are not drafts, listed initiatives.
 */
export async function listDecisionLinkChoices(
	db: Database,
	officeId: string,
	locale: Locale = 'sr-Cyrl'
): Promise<DecisionLinkChoices> {
	const [measures, activities, events, initiatives] = await Promise.all([
		targets(db, officeId, { kind: 'plan.measure' }),
		targets(db, officeId, { kind: 'plan.activity' }),
		targets(db, officeId, { kind: 'events.event', limit: 200 }),
		targets(db, officeId, { kind: 'participation.initiative' })
	]);
	const choice = (value: string, target: LinkTarget) => ({ value, label: linkTargetLabel(target, locale) });
	return {
		plan: measures.flatMap((measure) => [
			choice(`${measure.id}:`, measure),
			...activities
				.filter((activity) => activity.parentId === measure.id)
				.map((activity) => choice(`${measure.id}:${activity.id}`, activity))
		]),
		events: events.map((event) => choice(event.id, event)),
		initiatives: initiatives.map((initiative) => choice(initiative.id, initiative))
	};
}

/** A link shown on a decision's page. */
export interface DecisionLink {
	kindKey: MessageKey;
	title: string;
	titleEn: string;
	/** Public path without locale prefix. */
	path: string;
}

/** Whether the ids a follow-up names exist in this office (a stale or forged id is refused, not stored). */
export async function checkDecisionLinks(
	db: Database,
	officeId: string,
	links: { measureId: string | null; activityId: string | null; eventId: string | null; initiativeId: string | null }
): Promise<Record<string, string>> {
	const errors: Record<string, string> = {};
	const found = await targetsOf(db, officeId, links);
	if (links.measureId) {
		const activityFits = !links.activityId || found.activity?.parentId === links.measureId;
		if (!found.measure || !activityFits) errors.planLink = 'council.error.unknownLink';
	}
	if (links.eventId && !found.event) errors.eventId = 'council.error.unknownLink';
	if (links.initiativeId && !found.initiative) errors.initiativeId = 'council.error.unknownLink';
	return errors;
}

/** The public links of a decision: its plan measure or activity, its event and its initiative, when public. */
export async function resolveDecisionLinks(
	db: Database,
	officeId: string,
	decision: { measureId: string | null; activityId: string | null; eventId: string | null; initiativeId: string | null }
): Promise<DecisionLink[]> {
	const found = await targetsOf(db, officeId, decision);
	const links: DecisionLink[] = [];
	const plan = decision.activityId ? found.activity : found.measure;
	if (
		decision.measureId &&
		found.measure &&
		plan?.path &&
		(!decision.activityId || plan.parentId === decision.measureId)
	)
		links.push({
			kindKey: decision.activityId ? 'council.public.linkedActivity' : 'council.public.linkedMeasure',
			title: plan.title,
			titleEn: plan.titleEn,
			path: plan.path
		});
	if (found.event?.path)
		links.push({
			kindKey: 'council.public.linkedEvent',
			title: found.event.title,
			titleEn: found.event.titleEn,
			path: found.event.path
		});
	if (found.initiative?.path)
		links.push({
			kindKey: 'council.public.linkedInitiative',
			title: found.initiative.title,
			titleEn: found.initiative.titleEn,
			path: found.initiative.path
		});
	return links;
}
