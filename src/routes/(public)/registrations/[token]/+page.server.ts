import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, parseForm } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { getRuntime } from '#lib/server/runtime.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { findRegistrationByToken } from '#lib/modules/registrations/access.server.ts';
import { getRegistrationView, hasAttended } from '#lib/modules/registrations/queries.server.ts';
import { cancelOwnRegistrationInput } from '#lib/modules/registrations/inputs.ts';
import { cancelRegistrationByToken } from '#lib/modules/registrations/commands/cancel-registration.server.ts';
import { GUARDIAN_HOLD_HOURS } from '#lib/modules/registrations/commands/shared.server.ts';
import { checkInQrSvg } from '#lib/modules/registrations/qr.server.ts';

export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
	// The address is the key: never cached by a shared cache, never indexed.
	setHeaders({ 'cache-control': 'private, no-store' });
	const { db } = await getRuntime();
	const registration = locals.office ? await findRegistrationByToken(db, locals.office.id, params.token) : null;
	const view = registration && (await getRegistrationView(db, locals.office!.id, registration));
	if (!view) error(404, 'error.404.text');
	const { event, position } = view;
	const now = Date.now();
	const isOver = event.endsAt.getTime() <= now;
	const isActive = ['pending_guardian', 'pending_approval', 'confirmed', 'waitlisted'].includes(registration!.status);
	return {
		isNew: url.searchParams.has('new'),
		registration: {
			name: registration!.name,
			email: registration!.email,
			status: registration!.status,
			checkInCode: registration!.checkInCode,
			guardianEmail: registration!.guardianEmail
		},
		position,
		event: {
			slug: event.slug,
			title: event.title,
			titleEn: event.titleEn,
			status: event.status,
			placeName: event.placeName,
			room: event.room,
			address: event.address,
			onlineUrl: event.onlineUrl,
			sessions: event.sessions.map(({ id, startsAt, endsAt }) => ({ id, startsAt, endsAt }))
		},
		qrSvg: registration!.status === 'confirmed' && !isOver ? await checkInQrSvg(registration!.checkInCode) : null,
		canCancel: isActive && !isOver && event.status !== 'cancelled',
		showFeedback: isOver && registration!.status === 'confirmed' && event.status !== 'cancelled',
		showCertificate: isOver && (await hasAttended(db, registration!.id)),
		guardianHoldHours: GUARDIAN_HOLD_HOURS
	};
};

export const actions: Actions = {
	cancel: async ({ request, locals, params, cookies }) => {
		const parsed = parseForm(cancelOwnRegistrationInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await cancelRegistrationByToken(await contextFor(locals), { token: params.token });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		(await getRuntime()).nudgeMail();
		setFlash(cookies, 'registrations.cancel.done');
		redirect(303, localizePath(`/registrations/${params.token}`, locals.locale));
	}
};
