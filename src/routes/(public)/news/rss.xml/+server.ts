import type { RequestHandler } from './$types';
import { feedResponse } from '../feed.server.ts';

/** RSS 2.0 feed of the news: /news/rss.xml, /lat/news/rss.xml, /en/news/rss.xml. */
export const GET: RequestHandler = ({ locals, url }) => feedResponse(locals, url.origin, 'rss');
