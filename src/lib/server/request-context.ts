import { error } from '@sveltejs/kit';
import { getRuntime } from './runtime.ts';
import type { Context } from './actor.ts';

/** The command/query context for a request: database, the office it is for, and who is acting. */
export async function contextFor(locals: App.Locals): Promise<Context> {
	const { db } = await getRuntime();
	if (!locals.office) error(404, 'error.404.text');
	return { db, officeId: locals.office.id, actor: locals.actor };
}
