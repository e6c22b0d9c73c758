import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import {
	agendaItemInput,
	agendaOutcomeInput,
	approveMinutesInput,
	attendanceInput,
	cancelSessionInput,
	minutesInput,
	sessionIdInput
} from '#lib/modules/council/inputs.ts';
import { getSessionForStaff } from '#lib/modules/council/queries.server.ts';
import { addAgendaItem } from '#lib/modules/council/commands/add-agenda-item.server.ts';
import { sendCouncilInvitations } from '#lib/modules/council/commands/send-invitations.server.ts';
import { recordCouncilAttendance } from '#lib/modules/council/commands/record-attendance.server.ts';
import { recordAgendaOutcome } from '#lib/modules/council/commands/record-agenda-outcome.server.ts';
import {
	approveCouncilMinutes,
	draftCouncilMinutes,
	saveCouncilMinutes,
	sendMinutesForComments
} from '#lib/modules/council/commands/minutes.server.ts';
import { cancelCouncilSession } from '#lib/modules/council/commands/cancel-session.server.ts';
import { listDocumentsForPicker } from '#lib/modules/documents/queries.server.ts';
import { requireAccess } from '#lib/server/actor.ts';
import { checkDocumentFile, uploadedFileFrom } from '#lib/modules/documents/upload.server.ts';
import { ACCEPTED_FORMATS_TEXT, DOCUMENT_MAX_MB } from '#lib/modules/documents/inputs.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		const ctx = await contextFor(locals);
		return {
			...(await getSessionForStaff(ctx, params.id)),
			documents: await listDocumentsForPicker(ctx.db, ctx.officeId),
			maxMb: DOCUMENT_MAX_MB,
			formats: ACCEPTED_FORMATS_TEXT,
			// `focused`: a session screen, run standing up; the back-office shell shows no navigation above it.
			focused: true as const
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

const back = (locals: App.Locals, id: string) => localizePath(`/admin/council/sessions/${id}`, locals.locale);

export const actions: Actions = {
	addItem: async ({ request, locals, cookies, params }) => {
		requireAccess(locals.actor);
		const formData = await request.formData();
		const materialFile = await uploadedFileFrom(formData, 'materialFile');
		const parsed = parseForm(agendaItemInput, formData);
		if (!parsed.ok) {
			// A bad file is reported in the same round as the other fields.
			const checked = materialFile ? checkDocumentFile(materialFile) : null;
			if (checked && !checked.ok) parsed.failure.data.errors.materialFile ??= checked.message;
			return parsed.failure;
		}
		try {
			await addAgendaItem(await contextFor(locals), { ...parsed.data, materialFile });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'council.session.itemAdded');
		redirect(303, back(locals, params.id));
	},
	invite: async ({ request, locals }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(sessionIdInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			// The count travels in the result: a flash carries only a bare message key.
			const ctx = await contextFor(locals);
			const { invited } = await sendCouncilInvitations(ctx, parsed.data);
			return { invited };
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
	},
	cancel: async ({ request, locals, cookies, params }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(cancelSessionInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await cancelCouncilSession(await contextFor(locals), parsed.data);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'council.session.cancelled');
		redirect(303, back(locals, params.id));
	},
	attendance: async ({ request, locals, params }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(attendanceInput, await request.formData(), ['present']);
		if (!parsed.ok) return parsed.failure;
		try {
			const result = await recordCouncilAttendance(await contextFor(locals), parsed.data);
			return { attendance: result };
		} catch (caught) {
			return failFromError(caught, { ...parsed.values, sessionId: params.id });
		}
	},
	outcome: async ({ request, locals }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(agendaOutcomeInput, await request.formData(), ['namedVote']);
		if (!parsed.ok) return parsed.failure;
		try {
			const result = await recordAgendaOutcome(await contextFor(locals), parsed.data);
			return { outcome: { itemId: parsed.data.itemId, decisionNumber: result.decisionNumber } };
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
	},
	draftMinutes: async ({ request, locals, cookies, params }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(sessionIdInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await draftCouncilMinutes(await contextFor(locals), parsed.data);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'council.session.minutesDrafted');
		redirect(303, back(locals, params.id));
	},
	saveMinutes: async ({ request, locals, cookies, params }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(minutesInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await saveCouncilMinutes(await contextFor(locals), parsed.data);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'council.session.minutesSaved');
		redirect(303, back(locals, params.id));
	},
	sendMinutes: async ({ request, locals, cookies, params }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(sessionIdInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await sendMinutesForComments(await contextFor(locals), parsed.data);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'council.session.minutesSent');
		redirect(303, back(locals, params.id));
	},
	approveMinutes: async ({ request, locals, cookies, params }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(approveMinutesInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await approveCouncilMinutes(await contextFor(locals), parsed.data);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'council.session.minutesApproved');
		redirect(303, back(locals, params.id));
	}
};
