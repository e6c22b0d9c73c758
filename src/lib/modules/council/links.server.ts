// What a decision can be linked to: action-plan measures and activities, events and participation
// initiatives. Read through those modules' public queries only (they own the records); the council
// keeps just the ids.
import type { Database } from '../../server/db/client.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { listPlanLinkChoices } from '../action-plan/queries.server.ts';
import { getEventById, listEventChoices } from '../events/queries.server.ts';
import { getPublicInitiative, listPublicInitiatives } from '../participation/queries.server.ts';

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

/** The pickers' choices: measures and activities of plans being carried out, recent events, public initiatives. */
export async function listDecisionLinkChoices(db: Database, officeId: string): Promise<DecisionLinkChoices> {
	const [plan, events] = await Promise.all([
		listPlanLinkChoices(db, officeId),
		listEventChoices(db, officeId, { limit: 200 })
	]);
	const initiatives: LinkChoice[] = [];
	// The public list is paged; a picker wants all of them (an office has tens, not thousands).
	for (let page = 1, pages = 1; page <= pages && page <= 10; page++) {
		const result = await listPublicInitiatives(db, officeId, { page });
		pages = result.pages;
		initiatives.push(...result.items.map((item) => ({ value: item.id, label: item.title })));
	}
	return {
		plan: plan.map((choice) => ({
			value: choice.value,
			label: [choice.planTitle, choice.measureTitle, choice.activityTitle].filter(Boolean).join(' › ')
		})),
		events: events
			.filter((event) => event.status !== 'draft')
			.map((event) => ({ value: event.id, label: event.title })),
		initiatives
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
	if (links.measureId) {
		const value = `${links.measureId}:${links.activityId ?? ''}`;
		if (!(await listPlanLinkChoices(db, officeId)).some((choice) => choice.value === value))
			errors.planLink = 'council.error.unknownLink';
	}
	if (links.eventId && (await listEventChoices(db, officeId, { ids: [links.eventId] })).length === 0)
		errors.eventId = 'council.error.unknownLink';
	if (links.initiativeId && !(await getPublicInitiative(db, officeId, links.initiativeId, null)))
		errors.initiativeId = 'council.error.unknownLink';
	return errors;
}

/** The public links of a decision: its plan measure or activity, its event and its initiative, when public. */
export async function resolveDecisionLinks(
	db: Database,
	officeId: string,
	decision: { measureId: string | null; activityId: string | null; eventId: string | null; initiativeId: string | null }
): Promise<DecisionLink[]> {
	const links: DecisionLink[] = [];
	if (decision.measureId) {
		const value = `${decision.measureId}:${decision.activityId ?? ''}`;
		const choice = (await listPlanLinkChoices(db, officeId)).find((row) => row.value === value);
		if (choice)
			links.push({
				kindKey: choice.activityTitle ? 'council.public.linkedActivity' : 'council.public.linkedMeasure',
				title: choice.activityTitle ?? choice.measureTitle,
				titleEn: '',
				path: '/action-plan'
			});
	}
	if (decision.eventId) {
		const event = await getEventById(db, officeId, decision.eventId);
		if (event && event.status !== 'draft')
			links.push({
				kindKey: 'council.public.linkedEvent',
				title: event.title,
				titleEn: event.titleEn,
				path: `/events/${event.slug}`
			});
	}
	if (decision.initiativeId) {
		const initiative = await getPublicInitiative(db, officeId, decision.initiativeId, null);
		if (initiative && !initiative.hiddenAt)
			links.push({
				kindKey: 'council.public.linkedInitiative',
				title: initiative.title,
				titleEn: '',
				path: `/initiatives/${initiative.id}`
			});
	}
	return links;
}
