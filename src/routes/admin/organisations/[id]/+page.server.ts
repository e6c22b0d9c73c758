import { redirect, type ActionFailure } from '@sveltejs/kit';
import type * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, parseForm, rethrowAsHttpError, type FormFailure } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import type { Context } from '#lib/server/actor.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { wallClock } from '#lib/i18n/office-time.ts';
import { listDocumentsForPicker } from '#lib/modules/documents/queries.server.ts';
import { getMediaForDisplay } from '#lib/modules/media/queries.server.ts';
import {
	activityLinkInput,
	agreementInput,
	contactInput,
	contactLogInput,
	eventLinkInput,
	memberInput,
	removeInput
} from '#lib/modules/organisations/inputs.ts';
import { getOrganisationForAdmin, listPartnershipChoices } from '#lib/modules/organisations/queries.server.ts';
import { computeAgeProfile, isBelowYouthShare } from '#lib/modules/organisations/age-profile.ts';
import { AGREEMENT_KINDS } from '#lib/modules/organisations/schema.ts';
import { ACTIVITY_ROLES, CONTACT_CHANNELS } from '#lib/modules/organisations/labels.ts';
import { confirmOrganisation } from '#lib/modules/organisations/commands/confirm-organisation.server.ts';
import { saveContact } from '#lib/modules/organisations/commands/save-contact.server.ts';
import { removeContact } from '#lib/modules/organisations/commands/remove-contact.server.ts';
import { addGroupMember, removeGroupMember } from '#lib/modules/organisations/commands/group-members.server.ts';
import {
	addAgreement,
	linkActivity,
	linkEvent,
	logContact,
	removeAgreement,
	unlinkActivity,
	unlinkEvent
} from '#lib/modules/organisations/commands/partnership.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		const ctx = await contextFor(locals);
		const page = await getOrganisationForAdmin(ctx, params.id);
		if (page.organisation.mergedIntoId) {
			redirect(303, localizePath(`/admin/organisations/${page.organisation.mergedIntoId}`, locals.locale));
		}
		const [choices, documents, logo] = await Promise.all([
			listPartnershipChoices(ctx),
			listDocumentsForPicker(ctx.db, ctx.officeId),
			getMediaForDisplay(ctx.db, ctx.officeId, [page.organisation.logoMediaId])
		]);
		const youth = { min: locals.office?.youthMinAge ?? 15, max: locals.office?.youthMaxAge ?? 30 };
		const { organisation } = page;
		return {
			...page,
			logo: organisation.logoMediaId ? (logo.get(organisation.logoMediaId)?.thumbnail.url ?? null) : null,
			youth,
			ageProfile:
				organisation.type === 'informal_group'
					? computeAgeProfile(
							page.members.map((member) => member.birthYear),
							wallClock(new Date()).year,
							youth
						)
					: null,
			hasAdultContact: page.contacts.some((contact) => contact.isAdult),
			youthShareLow:
				organisation.type === 'youth_association' &&
				isBelowYouthShare(organisation.memberCount, organisation.youngMemberCount),
			choices,
			documents: documents.map((document) => ({ id: document.id, title: document.title, year: document.year })),
			agreementKinds: AGREEMENT_KINDS,
			channels: CONTACT_CHANNELS,
			roles: ACTIVITY_ROLES,
			today: new Date().toISOString().slice(0, 10)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

type Failure = ActionFailure<FormFailure & { form?: string }>;

/**
 * One of the page's small forms: validate, run the command, flash and come back to the page. A
 * failure carries the form's name, so only that form shows the errors and keeps what was typed.
 */
async function act<S extends v.GenericSchema>(
	name: string,
	schema: S,
	event: { request: Request; locals: App.Locals; params: { id: string }; cookies: import('@sveltejs/kit').Cookies },
	run: (ctx: Context, data: v.InferOutput<S>) => Promise<unknown>,
	flash: string
) {
	const parsed = parseForm(schema, await event.request.formData());
	if (!parsed.ok) {
		const failure = parsed.failure as Failure;
		failure.data.form = name;
		return failure;
	}
	try {
		await run(await contextFor(event.locals), parsed.data);
	} catch (caught) {
		const failure = failFromError(caught, parsed.values) as Failure;
		failure.data.form = name;
		return failure;
	}
	setFlash(event.cookies, flash);
	redirect(303, localizePath(`/admin/organisations/${event.params.id}#${name}`, event.locals.locale));
}

export const actions: Actions = {
	confirm: async ({ locals, params, cookies }) => {
		requireAccess(locals.actor);
		try {
			await confirmOrganisation(await contextFor(locals), { id: params.id });
		} catch (caught) {
			rethrowAsHttpError(caught);
		}
		setFlash(cookies, 'organisations.admin.confirmed');
		redirect(303, localizePath(`/admin/organisations/${params.id}`, locals.locale));
	},
	saveContact: (event) => {
		requireAccess(event.locals.actor);
		return act(
			'contacts',
			contactInput,
			event,
			(ctx, data) => saveContact(ctx, { ...data, organisationId: event.params.id }),
			'organisations.contacts.saved'
		);
	},
	removeContact: (event) => {
		requireAccess(event.locals.actor);
		return act(
			'contacts',
			removeInput,
			event,
			(ctx, data) => removeContact(ctx, { organisationId: event.params.id, contactId: data.id }),
			'organisations.contacts.removed'
		);
	},
	addMember: (event) => {
		requireAccess(event.locals.actor);
		return act(
			'members',
			memberInput,
			event,
			(ctx, data) => addGroupMember(ctx, { ...data, organisationId: event.params.id }),
			'organisations.group.saved'
		);
	},
	removeMember: (event) => {
		requireAccess(event.locals.actor);
		return act(
			'members',
			removeInput,
			event,
			(ctx, data) => removeGroupMember(ctx, { organisationId: event.params.id, memberId: data.id }),
			'organisations.group.removed'
		);
	},
	addAgreement: (event) => {
		requireAccess(event.locals.actor);
		return act(
			'agreements',
			agreementInput,
			event,
			(ctx, data) => addAgreement(ctx, { ...data, organisationId: event.params.id }),
			'organisations.partnership.agreementSaved'
		);
	},
	removeAgreement: (event) => {
		requireAccess(event.locals.actor);
		return act(
			'agreements',
			removeInput,
			event,
			(ctx, data) => removeAgreement(ctx, { organisationId: event.params.id, agreementId: data.id }),
			'organisations.partnership.agreementRemoved'
		);
	},
	logContact: (event) => {
		requireAccess(event.locals.actor);
		return act(
			'contact-log',
			contactLogInput,
			event,
			(ctx, data) => logContact(ctx, { ...data, organisationId: event.params.id }),
			'organisations.partnership.contactSaved'
		);
	},
	linkEvent: (event) => {
		requireAccess(event.locals.actor);
		return act(
			'events',
			eventLinkInput,
			event,
			(ctx, data) => linkEvent(ctx, { ...data, organisationId: event.params.id }),
			'organisations.partnership.linked'
		);
	},
	unlinkEvent: (event) => {
		requireAccess(event.locals.actor);
		return act(
			'events',
			removeInput,
			event,
			(ctx, data) => unlinkEvent(ctx, { organisationId: event.params.id, eventId: data.id }),
			'organisations.partnership.unlinked'
		);
	},
	linkActivity: (event) => {
		requireAccess(event.locals.actor);
		return act(
			'activities',
			activityLinkInput,
			event,
			(ctx, data) => linkActivity(ctx, { ...data, organisationId: event.params.id }),
			'organisations.partnership.linked'
		);
	},
	unlinkActivity: (event) => {
		requireAccess(event.locals.actor);
		return act(
			'activities',
			removeInput,
			event,
			(ctx, data) => unlinkActivity(ctx, { organisationId: event.params.id, activityId: data.id }),
			'organisations.partnership.unlinked'
		);
	}
};
