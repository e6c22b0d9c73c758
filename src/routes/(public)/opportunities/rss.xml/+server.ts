import type { RequestHandler } from './$types';
import { feedResponse } from '#lib/modules/opportunities/feed-response.server.ts';

export const GET: RequestHandler = ({ locals }) => feedResponse(locals, 'rss');
