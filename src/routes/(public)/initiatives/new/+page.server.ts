import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, parseForm } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { initiativeInput, profileInput } from '#lib/modules/participation/inputs.ts';
import {
	findSimilarInitiatives,
	getPublicInitiative,
	listCategories
} from '#lib/modules/participation/queries.server.ts';
import { getProfile } from '#lib/modules/participation/commands/shared.server.ts';
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
	const [profile, categories] = await Promise.all([
		getProfile(db, officeId, locals.actor.userId),
		listCategories(db, officeId)
	]);
	return {
		hasProfile: profile !== null,
		categories,
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
		const parsed = parseForm(initiativeInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		const { db } = await getRuntime();
		const similar = await findSimilarInitiatives(db, locals.office!.id, parsed.data.title, {
			excludeId: url.searchParams.get('edit') ?? undefined
		});
		return { values: parsed.values, checked: true, similar };
	},
	submit: async ({ request, locals, url, cookies }) => {
		requireSignIn(locals, url);
		const parsed = parseForm(initiativeInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		let outcome: Awaited<ReturnType<typeof submitInitiative>>;
		try {
			outcome = await submitInitiative(await contextFor(locals), {
				input: parsed.data,
				id: url.searchParams.get('edit') ?? undefined
			});
		} catch (caught) {
			return failFromError(caught, parsed.values);
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
