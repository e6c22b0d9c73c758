import type { RequestHandler } from './$types';
import { publicBaseUrl } from '#lib/server/links.ts';
import { feedResponse } from '../feed.server.ts';

/** Atom feed of the news: /news/atom.xml, /lat/news/atom.xml, /en/news/atom.xml. */
export const GET: RequestHandler = ({ locals }) => feedResponse(locals, publicBaseUrl(locals.office), 'atom');
