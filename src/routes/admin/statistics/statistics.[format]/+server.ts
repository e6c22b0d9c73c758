import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** The event statistics' downloads moved with their page (under /admin/statistics/events). */
export const GET: RequestHandler = ({ url, params }) => {
	redirect(308, `${url.pathname.replace(/\/statistics\.[^/]*$/, '')}/events/statistics.${params.format}${url.search}`);
};
