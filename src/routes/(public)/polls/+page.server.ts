import { randomBytes } from 'node:crypto';
import { error, fail, redirect, type Cookies } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, parseForm } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { isAppError } from '#lib/server/errors.ts';
import { voteInput } from '#lib/modules/participation/inputs.ts';
import { voteInPoll } from '#lib/modules/participation/commands/vote-in-poll.server.ts';
import { listPollsWithResults } from '#lib/modules/participation/poll-queries.server.ts';

/** One HttpOnly token per browser for "everyone" polls; only its hash is stored with a vote. */
const POLL_COOKIE = 'kzm_poll';

function browserToken(cookies: Cookies): string {
	const existing = cookies.get(POLL_COOKIE);
	if (existing && /^[a-f0-9]{64}$/.test(existing)) return existing;
	const token = randomBytes(32).toString('hex');
	cookies.set(POLL_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 365 * 24 * 60 * 60 });
	return token;
}

export const load: PageServerLoad = async ({ locals, cookies }) => {
	if (!locals.office) error(404, 'error.404.text');
	const { db } = await getRuntime();
	return listPollsWithResults(db, locals.office.id, {
		userId: locals.actor?.userId ?? null,
		browserToken: cookies.get(POLL_COOKIE) ?? null,
		now: new Date()
	});
};

export const actions: Actions = {
	vote: async ({ request, locals, cookies, url, getClientAddress }) => {
		const formData = await request.formData();
		const pollId = String(formData.get('pollId') ?? '');
		const parsed = parseForm(voteInput, formData, ['choices']);
		if (!parsed.ok) return parsed.failure;
		try {
			await voteInPoll(await contextFor(locals), {
				pollId,
				choices: parsed.data.choices,
				browserToken: locals.actor ? null : browserToken(cookies),
				clientKey: getClientAddress()
			});
		} catch (caught) {
			// A poll for signed-in or young people says so next to the poll, not on an error page.
			if (isAppError(caught) && (caught.code === 'unauthenticated' || caught.code === 'forbidden'))
				return fail(403, { values: parsed.values, errors: caught.fieldErrors, message: caught.messageKey, pollId });
			const failure = failFromError(caught, parsed.values);
			return fail(failure.status, { ...failure.data, pollId });
		}
		setFlash(cookies, 'participation.poll.voted');
		redirect(303, `${url.pathname}#poll-${pollId}`);
	}
};
