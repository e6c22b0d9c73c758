import { error, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, parseForm } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { checkbox } from '#lib/validation.ts';
import { commentInput, reportInput } from '#lib/modules/participation/inputs.ts';
import {
	authorLabel,
	getPublicInitiative,
	getSupportState,
	listComments
} from '#lib/modules/participation/queries.server.ts';
import { getParticipationSettings } from '#lib/modules/participation/commands/shared.server.ts';
import { supportInitiative } from '#lib/modules/participation/commands/support-initiative.server.ts';
import { setFollowing } from '#lib/modules/participation/commands/follow-initiative.server.ts';
import { commentOnInitiative } from '#lib/modules/participation/commands/comment-on-initiative.server.ts';
import { reportContent } from '#lib/modules/participation/commands/moderate-content.server.ts';
import { AWAITING_ANSWER, isAnswerOverdue } from '#lib/modules/participation/rules.ts';
import { getMediaForDisplay } from '#lib/modules/media/queries.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	if (!locals.office) error(404, 'error.404.text');
	const { db } = await getRuntime();
	const initiative = await getPublicInitiative(db, locals.office.id, params.id, locals.actor);
	if (!initiative) error(404, 'error.404.text');
	const [comments, state, settings, media] = await Promise.all([
		listComments(db, initiative.id, locals.actor),
		getSupportState(db, initiative.id, locals.actor?.userId),
		getParticipationSettings(db, locals.office.id),
		getMediaForDisplay(db, locals.office.id, initiative.imageIds)
	]);
	return {
		initiative: {
			id: initiative.id,
			title: initiative.title,
			problem: initiative.problem,
			proposal: initiative.proposal,
			audience: initiative.audience,
			place: initiative.place,
			status: initiative.status,
			categoryName: initiative.categoryName,
			categoryNameEn: initiative.categoryNameEn,
			supportCount: initiative.supportCount,
			answer: initiative.answer,
			answerEn: initiative.answerEn,
			answerDueAt: initiative.answerDueAt,
			linkedLabel: initiative.linkedLabel,
			linkedPath: initiative.linkedPath,
			hiddenReason: initiative.hiddenAt ? initiative.hiddenReason : null,
			rejectionReason: initiative.rejectionReason,
			rejectionNote: initiative.rejectionNote,
			submittedAt: initiative.submittedAt,
			publishedAt: initiative.publishedAt,
			statusChangedAt: initiative.statusChangedAt,
			images: initiative.imageIds.flatMap((id) => media.get(id) ?? []),
			isAuthor: !!locals.actor && initiative.authorId === locals.actor.userId,
			author: authorLabel(initiative)
		},
		overdue: isAnswerOverdue(initiative, new Date()),
		collectsSupports: AWAITING_ANSWER.includes(initiative.status) && !initiative.hiddenAt,
		threshold: settings.supportThreshold,
		comments,
		...state
	};
};

const supportInput = v.object({ showName: checkbox(), follow: checkbox() });

function signedIn(locals: App.Locals, url: URL) {
	if (!locals.actor) redirect(303, localizePath(`/sign-in?next=${encodeURIComponent(url.pathname)}`, locals.locale));
}

export const actions: Actions = {
	support: async ({ request, locals, params, url, cookies }) => {
		signedIn(locals, url);
		const parsed = parseForm(supportInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await supportInitiative(await contextFor(locals), { id: params.id, ...parsed.data });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'participation.initiative.supportedNow');
		redirect(303, url.pathname);
	},
	follow: async ({ request, locals, params, url, cookies }) => {
		signedIn(locals, url);
		const follow = (await request.formData()).get('follow') === 'on';
		try {
			await setFollowing(await contextFor(locals), { id: params.id, follow });
		} catch (caught) {
			return failFromError(caught, {});
		}
		setFlash(cookies, 'participation.initiative.followSaved');
		redirect(303, url.pathname);
	},
	comment: async ({ request, locals, params, url, cookies }) => {
		signedIn(locals, url);
		const parsed = parseForm(commentInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		let saved: { isApproved: boolean };
		try {
			saved = await commentOnInitiative(await contextFor(locals), {
				initiativeId: params.id,
				body: parsed.data.body,
				parentId: parsed.data.parentId || undefined
			});
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, saved.isApproved ? 'participation.comments.saved' : 'participation.comments.savedAwaiting');
		redirect(303, `${url.pathname}#comments`);
	},
	report: async ({ request, locals, params, url, cookies }) => {
		signedIn(locals, url);
		const parsed = parseForm(reportInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await reportContent(await contextFor(locals), {
				initiativeId: params.id,
				commentId: parsed.data.commentId || undefined,
				reason: parsed.data.reason,
				note: parsed.data.note
			});
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'participation.initiative.reported');
		redirect(303, url.pathname);
	}
};
