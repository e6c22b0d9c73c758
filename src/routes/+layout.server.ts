import type { LayoutServerLoad } from './$types';
import { publicBaseUrl } from '#lib/server/links.ts';
import { officeTexts } from '#lib/modules/settings/office-texts.ts';
import { getRuntime } from '#lib/server/runtime.ts';
import { listMenu } from '#lib/modules/pages/queries.server.ts';
import { canAccessAdmin } from '#lib/server/actor.ts';
import { stripLocale } from '#lib/i18n/locale.ts';
import { takeFlash } from '#lib/server/flash.ts';

export const load: LayoutServerLoad = async ({ locals, url, cookies }) => {
	const { db } = await getRuntime();
	const office = locals.office;
	const texts = office && officeTexts(office, locals.locale);
	return {
		locale: locals.locale,
		flash: takeFlash(cookies),
		path: stripLocale(url.pathname) + url.search,
		origin: publicBaseUrl(office),
		office: office && {
			// The office's texts in the reader's language (13.10); `…InSerbian` when English is missing.
			name: texts!.name.text,
			municipality: office.municipality,
			mission: office.mission,
			missionEn: office.missionEn,
			address: office.address,
			phone: office.phone,
			email: office.email,
			workingHours: texts!.workingHours.text,
			workingHoursInSerbian: texts!.workingHours.inSerbian,
			socialLinks: office.socialLinks,
			dpoName: texts!.dpoName.text,
			dpoNameInSerbian: texts!.dpoName.inSerbian,
			dpoEmail: office.dpoEmail,
			dpoPhone: office.dpoPhone,
			keepLatin: office.keepLatin,
			isDemo: office.isDemo,
			accentColor: office.accentColor,
			logoVersion: office.logoMime ? (office.logoUpdatedAt?.getTime() ?? 1) : null
		},
		actor: locals.actor && {
			name: locals.actor.name,
			roles: locals.actor.roles,
			canAccessAdmin: canAccessAdmin(locals.actor)
		},
		// The navigation menu: top-level pages in order, each with its sub-pages (one level).
		navPages: office ? await listMenu(db, office.id) : []
	};
};
