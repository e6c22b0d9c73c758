import { redirect, type Cookies } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setSessionCookie } from '#lib/server/auth/cookies.ts';
import { setFlash } from '#lib/server/flash.ts';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { localizePath, type Locale } from '#lib/i18n/locale.ts';
import { manifests } from '#lib/modules/registry.server.ts';
import { settingsInput, removeDemoInput } from '#lib/modules/settings/inputs.ts';
import { canEditSettings, canRemoveDemo } from '#lib/modules/settings/permissions.server.ts';
import { updateSettings } from '#lib/modules/settings/commands/update-settings.server.ts';
import { setLogo, LOGO_MAX_BYTES } from '#lib/modules/settings/commands/set-logo.server.ts';
import { removeDemoContent } from '#lib/modules/settings/commands/remove-demo-content.server.ts';
import { setCover } from '#lib/modules/settings/commands/set-cover.server.ts';
import { getMediaForDisplay, listRecentMedia, toPickerImage } from '#lib/modules/media/queries.server.ts';
import { uploadImageFromForm } from '#lib/modules/media/upload-from-form.server.ts';
import { PASSWORD_MIN_LENGTH } from '#lib/validation.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canEditSettings(locals.actor));
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
	const office = locals.office!;
	// The library's recent images to choose the cover from; the current cover is offered even when it is older.
	const ctx = await contextFor(locals);
	const recent = await listRecentMedia(ctx, 24);
	if (office.coverMediaId && !recent.some((image) => image.id === office.coverMediaId)) {
		const current = (await getMediaForDisplay(ctx.db, ctx.officeId, [office.coverMediaId])).get(office.coverMediaId);
		if (current) recent.unshift(current);
	}
	return {
		cover: { mediaId: office.coverMediaId, images: recent.map((image) => toPickerImage(image)) },
		settings: {
			name: office.name,
			nameEn: office.nameEn,
			municipality: office.municipality,
			publicUrl: office.publicUrl,
			mission: office.mission,
			missionEn: office.missionEn,
			address: office.address,
			phone: office.phone,
			email: office.email,
			workingHours: office.workingHours,
			workingHoursEn: office.workingHoursEn,
			...office.socialLinks,
			youthMinAge: office.youthMinAge,
			youthMaxAge: office.youthMaxAge,
			dpoName: office.dpoName,
			dpoNameEn: office.dpoNameEn,
			dpoEmail: office.dpoEmail,
			dpoPhone: office.dpoPhone,
			keepLatin: office.keepLatin.join(', '),
			accentColor: office.accentColor,
			openDataLicence: office.openDataLicence
		} as Record<string, string | number>,
		canRemoveDemo: office.isDemo && canRemoveDemo(locals.actor),
		actorIsDemo: !!locals.actor?.isDemo,
		logoMaxKb: LOGO_MAX_BYTES / 1024,
		passwordMinLength: PASSWORD_MIN_LENGTH
	};
};

/**
 * After a successful change the page is loaded again with a fresh request (post/redirect/get):
 * the office read at the start of the posting request is the old one, so rendering the answer to
 * the post itself would show the old name and logo in the header and footer.
 */
function reloadWithMessage(cookies: Cookies, locale: Locale, message: string): never {
	setFlash(cookies, message);
	redirect(303, localizePath('/admin/settings', locale));
}

export const actions: Actions = {
	save: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(settingsInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await updateSettings(await contextFor(locals), parsed.data);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		reloadWithMessage(cookies, locals.locale, 'common.saved');
	},
	logo: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor);
		const file = (await request.formData()).get('logo');
		const bytes = file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
		try {
			await setLogo(await contextFor(locals), { bytes });
		} catch (caught) {
			return failFromError(caught, {});
		}
		reloadWithMessage(cookies, locals.locale, 'settings.logo.uploaded');
	},
	cover: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor);
		const formData = await request.formData();
		const chosen = formData.get('coverMediaId');
		const values = { coverMediaId: typeof chosen === 'string' ? chosen : '' };
		try {
			const ctx = await contextFor(locals);
			// A new upload becomes the cover; otherwise the library image chosen (or none).
			const uploaded = await uploadImageFromForm(ctx, formData, 'cover');
			await setCover(ctx, { mediaId: uploaded ?? values.coverMediaId });
		} catch (caught) {
			return failFromError(caught, values);
		}
		reloadWithMessage(cookies, locals.locale, 'settings.cover.saved');
	},
	removeLogo: async ({ locals, cookies }) => {
		requireAccess(locals.actor);
		try {
			await setLogo(await contextFor(locals), { bytes: null });
		} catch (caught) {
			return failFromError(caught, {});
		}
		reloadWithMessage(cookies, locals.locale, 'settings.logo.removed');
	},
	removeDemo: async ({ request, locals, cookies, url }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(removeDemoInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		let session: { token: string; expiresAt: Date } | null;
		try {
			({ session } = await removeDemoContent(await contextFor(locals), {
				modules: manifests,
				newAdministrator: locals.actor?.isDemo
					? {
							name: parsed.data.adminName,
							email: parsed.data.adminEmail,
							password: parsed.data.password,
							passwordConfirm: parsed.data.passwordConfirm
						}
					: undefined
			}));
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		if (session) setSessionCookie(cookies, url, session);
		setFlash(cookies, 'settings.demo.removed');
		redirect(303, localizePath('/admin/settings', locals.locale));
	}
};
