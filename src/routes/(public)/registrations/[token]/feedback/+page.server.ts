import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, parseForm } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { feedbackInput } from '#lib/modules/attendance/inputs.ts';
import { getFeedbackPage, submitFeedback } from '#lib/modules/attendance/feedback.server.ts';

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	const ctx = await contextFor(locals);
	const page = await getFeedbackPage(ctx.db, { officeId: ctx.officeId, token: params.token });
	if (!page) error(404, 'error.404.text');
	// The address is a key: keep it out of caches and referrers.
	setHeaders({ 'cache-control': 'private, no-store', 'referrer-policy': 'no-referrer' });
	return { page };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const parsed = parseForm(feedbackInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			const ctx = await contextFor(locals);
			await submitFeedback(ctx.db, { officeId: ctx.officeId, token: params.token, ...parsed.data });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		return { thanks: true };
	}
};
