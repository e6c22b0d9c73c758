import { error, fail, redirect, type ActionFailure } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, parseForm, type FormFailure } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import {
	initiativeInput,
	MAX_IMAGES,
	profileInput,
	readGroupMembers,
	type InitiativeInput
} from '#lib/modules/participation/inputs.ts';
import { takeContributedImages } from '#lib/modules/media/upload-from-form.server.ts';
import type { Context } from '#lib/server/actor.ts';
import {
	findSimilarInitiatives,
	getPublicInitiative,
	listCategories
} from '#lib/modules/participation/queries.server.ts';
import { getParticipationSettings, getProfile } from '#lib/modules/participation/commands/shared.server.ts';
import { saveProfile } from '#lib/modules/participation/commands/save-profile.server.ts';
import { submitInitiative } from '#lib/modules/participation/commands/submit-initiative.server.ts';
import { supportInitiative } from '#lib/modules/participation/commands/support-initiative.server.ts';
import { canEditInitiative } from '#lib/modules/participation/permissions.server.ts';

function requireSignIn(
	locals: App.Locals,
	url: URL
): asserts locals is App.Locals & { actor: NonNullable<App.Locals['actor']> } {
	if (!locals.actor)
		redirect(303, localizePath(`/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`, locals.locale));
	if (!locals.office) error(404, 'error.404.text');
}

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignIn(locals, url);
	const { db } = await getRuntime();
	const officeId = locals.office!.id;
	const editId = url.searchParams.get('edit');
	const editing = editId ? await getPublicInitiative(db, officeId, editId, locals.actor) : null;
	if (editId && (!editing || !canEditInitiative(locals.actor, editing))) error(404, 'error.404.text');
	const [profile, categories, settings] = await Promise.all([
		getProfile(db, officeId, locals.actor.userId),
		listCategories(db, officeId),
		getParticipationSettings(db, officeId)
	]);
	return {
		hasProfile: profile !== null,
		categories,
		group: {
			minMembers: settings.groupMinMembers,
			minAge: locals.office!.youthMinAge,
			maxAge: locals.office!.youthMaxAge
		},
		maxImages: MAX_IMAGES,
		imageIds: editing?.imageIds ?? [],
		members: editing?.groupMembers ?? [],
		editId: editing?.id ?? null,
		initial: editing
			? {
					title: editing.title,
					problem: editing.problem,
					proposal: editing.proposal,
					audience: editing.audience,
					place: editing.place,
					categoryId: editing.categoryId ?? '',
					groupName: editing.groupName,
					showAuthorName: editing.showAuthorName ? 'on' : ''
				}
			: null
	};
};

/**
 * Reads the initiative form: new images first (so a form refused for another reason keeps them), then
 * the fields and the group's member rows. Field errors of all three come back together.
 */
async function readInitiativeForm(
	ctx: Context,
	formData: FormData
): Promise<
	| { ok: true; input: InitiativeInput; values: Record<string, string | string[]> }
	| { ok: false; failure: ActionFailure<FormFailure> }
> {
	const text = (name: string) => String(formData.get(name) ?? '').trim();
	const imageErrors = await takeContributedImages(ctx, formData, {
		max: MAX_IMAGES,
		alt: text('imageAlt') || text('title')
	});
	const parsed = parseForm(initiativeInput, formData, ['imageIds']);
	const values = parsed.ok ? parsed.values : parsed.failure.data.values;
	const group = readGroupMembers(values);
	const errors = { ...(parsed.ok ? {} : parsed.failure.data.errors), ...group.errors, ...imageErrors };
	if (!parsed.ok || Object.keys(errors).length > 0)
		return { ok: false, failure: fail(400, { values, errors, message: 'common.formHasErrors' } satisfies FormFailure) };
	return { ok: true, input: { ...parsed.data, groupMembers: group.members }, values };
}

export const actions: Actions = {
	profile: async ({ request, locals, url, cookies }) => {
		requireSignIn(locals, url);
		const parsed = parseForm(profileInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await saveProfile(await contextFor(locals), parsed.data);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'participation.profile.saved');
		redirect(303, url.pathname + url.search);
	},
	check: async ({ request, locals, url }) => {
		requireSignIn(locals, url);
		const read = await readInitiativeForm(await contextFor(locals), await request.formData());
		if (!read.ok) return read.failure;
		const { db } = await getRuntime();
		const similar = await findSimilarInitiatives(db, locals.office!.id, read.input.title, {
			excludeId: url.searchParams.get('edit') ?? undefined
		});
		return { values: read.values, checked: true, similar };
	},
	submit: async ({ request, locals, url, cookies }) => {
		requireSignIn(locals, url);
		const ctx = await contextFor(locals);
		const read = await readInitiativeForm(ctx, await request.formData());
		if (!read.ok) return read.failure;
		let outcome: Awaited<ReturnType<typeof submitInitiative>>;
		try {
			outcome = await submitInitiative(ctx, {
				input: read.input,
				id: url.searchParams.get('edit') ?? undefined
			});
		} catch (caught) {
			return failFromError(caught, read.values);
		}
		setFlash(cookies, outcome.status === 'published' ? 'participation.form.published' : 'participation.form.submitted');
		redirect(303, localizePath(`/initiatives/${outcome.id}`, locals.locale));
	},
	supportInstead: async ({ request, locals, url, cookies }) => {
		requireSignIn(locals, url);
		const formData = await request.formData();
		const id = String(formData.get('initiativeId') ?? '');
		try {
			await supportInitiative(await contextFor(locals), { id, follow: true });
		} catch (caught) {
			return failFromError(caught, {});
		}
		setFlash(cookies, 'participation.initiative.supportedNow');
		redirect(303, localizePath(`/initiatives/${id}`, locals.locale));
	}
};
