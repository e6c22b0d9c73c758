import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireAccess } from '#lib/server/actor.ts';

/** The event statistics' downloads moved with their page (under /admin/statistics/events). */
export const GET: RequestHandler = ({ locals, url, params }) => {
	requireAccess(locals.actor);
	redirect(308, `${url.pathname.replace(/\/statistics\.[^/]*$/, '')}/events/statistics.${params.format}${url.search}`);
};
