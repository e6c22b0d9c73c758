import type { RequestHandler } from './$types';
import { publicBaseUrl } from '#lib/server/links.ts';
import { feedResponse } from '../feed.server.ts';

/** RSS 2.0 feed of the news: /news/rss.xml, /lat/news/rss.xml, /en/news/rss.xml. */
export const GET: RequestHandler = ({ locals }) => feedResponse(locals, publicBaseUrl(locals.office), 'rss');
