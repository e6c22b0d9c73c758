import type { RequestHandler } from './$types';
import { volunteeringFeedResponse } from '#lib/modules/volunteering/feed.server.ts';

export const GET: RequestHandler = ({ locals }) => volunteeringFeedResponse(locals);
