import type { RequestHandler } from './$types';
import { feedResponse } from '../feed.server.ts';

/** Atom feed of the news: /news/atom.xml, /lat/news/atom.xml, /en/news/atom.xml. */
export const GET: RequestHandler = ({ locals, url }) => feedResponse(locals, url.origin, 'atom');
