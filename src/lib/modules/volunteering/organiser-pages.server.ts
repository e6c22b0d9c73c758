// The organiser's screens (list, new, edit and review, applications, check-in) serve staff under
// /admin/volunteering and organisations' representatives under /account/volunteering/organise; the
// route files re-export these so both stay thin and identical.
import { error, redirect, type Cookies } from '@sveltejs/kit';
import { contextFor } from '../../server/request-context.ts';
import { failFromError, parseForm, rethrowAsHttpError } from '../../server/forms.ts';
import { setFlash } from '../../server/flash.ts';
import { localizePath } from '../../i18n/locale.ts';
import { belgradeToInstant, toBelgradeDateTime } from '../../i18n/office-time.ts';
import { listDirectory } from '../organisations/directory-queries.server.ts';
import { getEventById, listUpcomingEvents } from '../events/queries.server.ts';
import { createI18n } from '../../i18n/index.ts';
import { listMyOrganisations } from '../organisations/self-service-queries.server.ts';
import { canManageVolunteering } from './permissions.server.ts';
import {
	decisionInput,
	opportunityInput,
	recordHoursInput,
	reviewInput,
	shiftEditInput,
	SHIFT_ROWS
} from './inputs.ts';
import { deleteVolunteerShift, moveVolunteerShift } from './commands/shifts.server.ts';
import { uploadContractScan } from './contract-scan.server.ts';
import { uploadedFileFrom } from '../documents/upload.server.ts';
import { VOLUNTEER_CATEGORIES } from './schema.ts';
import {
	getOpportunityForOrganiser,
	listOrganisedOpportunities,
	ORGANISED_OPPORTUNITY_SORT_COLUMNS
} from './queries.server.ts';
import { listSortOf } from '../../server/list-sort.ts';
import {
	createVolunteerOpportunity,
	reviewVolunteerOpportunity,
	updateVolunteerOpportunity
} from './commands/save-opportunity.server.ts';
import { decideApplication } from './commands/decide-application.server.ts';
import { decideHoursClaim, recordHours, recordHoursByCard } from './commands/hours.server.ts';
import * as v from 'valibot';
import { hoursText } from './inputs.ts';

interface Event {
	locals: App.Locals;
	url: URL;
	params: Record<string, string>;
	request: Request;
	cookies: Cookies;
}

function requireSignedIn(
	locals: App.Locals,
	url: URL
): asserts locals is App.Locals & { actor: NonNullable<App.Locals['actor']> } {
	if (!locals.actor) redirect(303, localizePath(`/sign-in?next=${encodeURIComponent(url.pathname)}`, locals.locale));
}

/** The organisations the actor may organise for: any listed one for staff, their own for representatives. */
async function organisationChoices(locals: App.Locals) {
	const ctx = await contextFor(locals);
	if (canManageVolunteering(ctx.actor)) {
		const { rows } = await listDirectory(ctx.db, ctx.officeId, { pageSize: 500 });
		return rows.map((row) => ({ id: row.id, name: row.name }));
	}
	return (await listMyOrganisations(ctx))
		.filter((row) => row.claim === 'approved')
		.map((row) => ({ id: row.id, name: row.name }));
}

/** Volunteer actions of the calendar an opportunity can belong to: upcoming ones, and the one already linked. */
async function eventChoices(locals: App.Locals, linkedId: string | null = null) {
	const ctx = await contextFor(locals);
	const i18n = createI18n(locals.locale, locals.office?.keepLatin);
	const { rows } = await listUpcomingEvents(ctx.db, ctx.officeId, { type: 'volunteer_action', pageSize: 100 });
	const choices = rows.map((row) => ({ id: row.id, title: row.title, titleEn: row.titleEn }));
	if (linkedId && !choices.some((row) => row.id === linkedId)) {
		const linked = await getEventById(ctx.db, ctx.officeId, linkedId);
		if (linked) choices.unshift({ id: linked.id, title: linked.title, titleEn: linked.titleEn });
	}
	return choices.map((row) => ({
		id: row.id,
		label: locals.locale === 'en' && row.titleEn ? row.titleEn : i18n.text(row.title)
	}));
}

/** The list of opportunities the actor organises. */
export async function loadOrganiserList({ locals, url }: Pick<Event, 'locals' | 'url'>) {
	requireSignedIn(locals, url);
	try {
		return {
			rows: await listOrganisedOpportunities(
				await contextFor(locals),
				listSortOf(url.searchParams, ORGANISED_OPPORTUNITY_SORT_COLUMNS)
			),
			isStaff: canManageVolunteering(locals.actor)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
}

/** The empty form of a new opportunity. */
export async function loadNewOpportunity({ locals, url }: Pick<Event, 'locals' | 'url'>) {
	requireSignedIn(locals, url);
	const organisations = await organisationChoices(locals);
	if (!canManageVolunteering(locals.actor) && organisations.length === 0) error(403, 'error.403.text');
	return {
		organisations,
		events: await eventChoices(locals),
		categories: VOLUNTEER_CATEGORIES,
		shiftRows: SHIFT_ROWS,
		isStaff: canManageVolunteering(locals.actor)
	};
}

/** Saves a new opportunity and opens it. */
export async function createOpportunityAction({ locals, request, cookies }: Event, basePath: string) {
	const formData = await request.formData();
	const parsed = parseForm(opportunityInput, formData, ['shiftDate', 'shiftFrom', 'shiftTo', 'shiftPlaces']);
	if (!parsed.ok) return parsed.failure;
	let id: string;
	let status: string;
	try {
		({ id, status } = await createVolunteerOpportunity(await contextFor(locals), {
			input: parsed.data,
			publish: formData.get('intent') === 'publish'
		}));
	} catch (caught) {
		return failFromError(caught, parsed.values);
	}
	setFlash(cookies, status === 'pending_review' ? 'volunteering.admin.sentForReview' : 'volunteering.admin.created');
	redirect(303, localizePath(`${basePath}/${id}`, locals.locale));
}

/** One opportunity for its organiser: form values, shifts, applications (an audited read). */
export async function loadOrganiserOpportunity({ locals, url, params }: Pick<Event, 'locals' | 'url' | 'params'>) {
	requireSignedIn(locals, url);
	try {
		const view = await getOpportunityForOrganiser(await contextFor(locals), params.id);
		return {
			...view,
			shifts: view.shifts.map((shift) => ({ ...shift, label: toBelgradeDateTime(shift.startsAt) })),
			organisations: await organisationChoices(locals),
			events: await eventChoices(locals, view.opportunity.eventId),
			categories: VOLUNTEER_CATEGORIES,
			shiftRows: SHIFT_ROWS,
			isStaff: canManageVolunteering(locals.actor)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
}

/** The actions of an opportunity's screen: save, review, decide, record and approve hours. */
export function organiserOpportunityActions() {
	return {
		save: async ({ locals, request, params, cookies }: Event) => {
			const formData = await request.formData();
			const parsed = parseForm(opportunityInput, formData, ['shiftDate', 'shiftFrom', 'shiftTo', 'shiftPlaces']);
			if (!parsed.ok) return parsed.failure;
			try {
				const { status } = await updateVolunteerOpportunity(await contextFor(locals), {
					id: params.id,
					input: parsed.data,
					publish: formData.get('intent') === 'publish'
				});
				setFlash(cookies, status === 'pending_review' ? 'volunteering.admin.sentForReview' : 'common.saved');
			} catch (caught) {
				return failFromError(caught, parsed.values);
			}
			return { saved: true };
		},
		review: async ({ locals, request, params }: Event) => {
			const parsed = parseForm(reviewInput, await request.formData());
			if (!parsed.ok) return parsed.failure;
			try {
				await reviewVolunteerOpportunity(await contextFor(locals), { id: params.id, ...parsed.data });
			} catch (caught) {
				return failFromError(caught, parsed.values);
			}
			return { done: 'volunteering.admin.reviewed' };
		},
		decide: async ({ locals, request }: Event) => {
			const parsed = parseForm(decisionInput, await request.formData());
			if (!parsed.ok) return parsed.failure;
			try {
				await decideApplication(await contextFor(locals), parsed.data);
			} catch (caught) {
				return failFromError(caught, parsed.values);
			}
			return { done: 'volunteering.decide.done' };
		},
		hours: async ({ locals, request }: Event) => {
			const parsed = parseForm(recordHoursInput, await request.formData());
			if (!parsed.ok) return parsed.failure;
			try {
				await recordHours(await contextFor(locals), {
					applicationId: parsed.data.applicationId,
					minutes: parsed.data.hours,
					workedOn: parsed.data.workedOn,
					task: parsed.data.task
				});
			} catch (caught) {
				return failFromError(caught, parsed.values);
			}
			return { done: 'volunteering.hours.recorded' };
		},
		moveShift: async ({ locals, request }: Event) => {
			const parsed = parseForm(shiftEditInput, await request.formData());
			if (!parsed.ok) return parsed.failure;
			const { shiftId, date, from, to, places } = parsed.data;
			try {
				await moveVolunteerShift(await contextFor(locals), {
					shiftId,
					shift: { startsAt: belgradeToInstant(date, from), endsAt: belgradeToInstant(date, to), places }
				});
			} catch (caught) {
				return failFromError(caught, parsed.values);
			}
			return { done: 'volunteering.shift.saved' };
		},
		deleteShift: async ({ locals, request }: Event) => {
			const formData = await request.formData();
			try {
				await deleteVolunteerShift(await contextFor(locals), { shiftId: String(formData.get('shiftId') ?? '') });
			} catch (caught) {
				return failFromError(caught, {});
			}
			return { done: 'volunteering.shift.deleted' };
		},
		scan: async ({ locals, request }: Event) => {
			const formData = await request.formData();
			const applicationId = String(formData.get('applicationId') ?? '');
			try {
				await uploadContractScan(await contextFor(locals), {
					applicationId,
					file: await uploadedFileFrom(formData, 'scan')
				});
			} catch (caught) {
				return failFromError(caught, { applicationId });
			}
			return { done: 'volunteering.scan.uploaded' };
		},
		claim: async ({ locals, request }: Event) => {
			const formData = await request.formData();
			try {
				await decideHoursClaim(await contextFor(locals), {
					hoursId: String(formData.get('hoursId') ?? ''),
					approve: formData.get('approve') === '1'
				});
			} catch (caught) {
				return failFromError(caught, {});
			}
			return { done: 'common.saved' };
		}
	};
}

const checkInInput = v.object({
	card: v.pipe(v.string(), v.trim(), v.nonEmpty('validation.required')),
	hours: hoursText()
});

/** The phone-sized check-in of one shift: scan or type the card, record the hours. */
export async function loadCheckIn(event: Pick<Event, 'locals' | 'url' | 'params'>) {
	const view = await loadOrganiserOpportunity(event);
	const shift = view.shifts.find((item) => item.id === event.params.shiftId);
	if (!shift) error(404, 'error.404.text');
	return {
		opportunity: { id: view.opportunity.id, title: view.opportunity.title, titleEn: view.opportunity.titleEn },
		shift,
		defaultHours: Math.round(((shift.endsAt.getTime() - shift.startsAt.getTime()) / 3_600_000) * 100) / 100,
		volunteers: view.applications
			.filter((application) => application.shiftId === shift.id && application.status === 'accepted')
			.map((application) => ({ id: application.id, name: application.name, minutes: application.minutes })),
		// A session screen, run standing up: the shell shows no navigation above its SessionBar.
		focused: true as const
	};
}

/** Records hours from a scanned card at a shift. */
export async function checkInAction({ locals, request, params }: Event) {
	const parsed = parseForm(checkInInput, await request.formData());
	if (!parsed.ok) return parsed.failure;
	try {
		const outcome = await recordHoursByCard(await contextFor(locals), {
			shiftId: params.shiftId,
			card: parsed.data.card,
			minutes: parsed.data.hours
		});
		return { recorded: outcome };
	} catch (caught) {
		return failFromError(caught, parsed.values);
	}
}
