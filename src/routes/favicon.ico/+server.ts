import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** Browsers that ask for the old default name get the office's SVG icon. */
export const GET: RequestHandler = () => redirect(301, '/favicon.svg');
