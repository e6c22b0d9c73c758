// The office participation's integration files start from: a fresh database (PGlite, or PostgreSQL with
// TEST_DATABASE_URL) with an office, its coordinator and a youth worker, participation set as the file
// needs, and the helpers every file uses. Test-only: imported by *.integration.test.ts files.
import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { isAppError, type AppError } from '../../server/errors.ts';
import type { Actor, Context } from '../../server/actor.ts';
import type { Database } from '../../server/db/client.ts';
import { addDays, instantToBelgrade, wallClock } from '../../i18n/office-time.ts';
import { saveProfile } from './commands/save-profile.server.ts';
import { updateParticipationSettings } from './commands/update-settings.server.ts';
import type { ParticipationSettings } from './commands/shared.server.ts';

export const NOW = new Date();
export const YEAR = wallClock(NOW).year;
export const DAY = 24 * 60 * 60 * 1000;
/**
 * The Belgrade calendar day `offset` days from today, as a form sends it (the form's days are Belgrade's:
 * between midnight in Belgrade and midnight UTC, UTC's date is still yesterday's).
 */
export const day = (offset: number) => addDays(instantToBelgrade(NOW).date, offset);

export interface ParticipationTestOffice {
	readonly db: Database;
	readonly officeId: string;
	readonly coordinator: Actor;
	readonly staff: Actor;
	/** The context of an actor (null: a visitor) in the office, or in another one. */
	ctxOf(actor: Actor | null, office?: string): Context;
	/** A young person of the given age with a profile (null: no year of birth given). */
	youngPerson(
		age?: number | null,
		options?: { email?: string; office?: string; gender?: 'female' | 'male' }
	): Promise<Actor>;
}

/**
 * Opens the file's database and office before its tests (and closes it after them); the returned object's
 * fields are set once `beforeAll` has run.
 */
export function useParticipationOffice(settings: Omit<ParticipationSettings, 'answerDays'>): ParticipationTestOffice {
	let test: TestDatabase;
	const state = {} as { db: Database; officeId: string; coordinator: Actor; staff: Actor };
	beforeAll(async () => {
		test = await createTestDatabase();
		state.db = test.db;
		state.officeId = (await createOffice(test.db)).id;
		state.coordinator = await createPerson(test.db, { officeId: state.officeId, roles: ['coordinator'] });
		state.staff = await createPerson(test.db, { officeId: state.officeId, roles: ['staff'] });
		await updateParticipationSettings(contextOf(test.db, state.officeId, state.coordinator), {
			answerDays: 30,
			...settings
		});
	}, 60_000);
	afterAll(() => test.close());
	const ctxOf = (actor: Actor | null, office = state.officeId) => contextOf(state.db, office, actor);
	return {
		get db() {
			return state.db;
		},
		get officeId() {
			return state.officeId;
		},
		get coordinator() {
			return state.coordinator;
		},
		get staff() {
			return state.staff;
		},
		ctxOf,
		async youngPerson(age = 18, options = {}) {
			const office = options.office ?? state.officeId;
			const actor = await createPerson(state.db, { officeId: office, roles: ['young_person'], email: options.email });
			if (age !== null)
				await saveProfile(ctxOf(actor, office), { birthYear: YEAR - age, gender: options.gender ?? 'female' });
			return actor;
		}
	};
}

/** The typed error a refused command throws (fails the test when it does not refuse). */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
	const caught = await promise.then(
		() => null,
		(error: unknown) => error
	);
	if (!isAppError(caught)) throw new Error(`expected a refusal, got ${String(caught)}`);
	return caught;
}
