import type { Actions, PageServerLoad } from './$types';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { getSurveyForAdmin, listInvitationCodes } from '#lib/modules/surveys/queries.server.ts';
import { codesInput } from '#lib/modules/surveys/inputs.ts';
import { generateInvitationCodes } from '#lib/modules/surveys/commands/generate-invitation-codes.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		const ctx = await contextFor(locals);
		const { survey } = await getSurveyForAdmin(ctx, params.id);
		const codes = await listInvitationCodes(ctx, survey.id);
		const batches = new Map<string, { batch: string; total: number; used: number }>();
		for (const code of codes) {
			const entry = batches.get(code.batch) ?? { batch: code.batch, total: 0, used: 0 };
			entry.total++;
			if (code.usedAt) entry.used++;
			batches.set(code.batch, entry);
		}
		return { survey: { id: survey.id, title: survey.title }, batches: [...batches.values()], codes };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(codesInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			const { codes } = await generateInvitationCodes(await contextFor(locals), {
				surveyId: params.id,
				input: parsed.data
			});
			return { generated: codes.length, batch: parsed.data.batch };
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
	}
};
