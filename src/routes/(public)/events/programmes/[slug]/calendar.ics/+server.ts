import type { RequestHandler } from './$types';
import { calendarResponse } from '#lib/modules/events/feed.server.ts';

export const GET: RequestHandler = ({ locals, params }) => calendarResponse(locals, { programme: params.slug });
