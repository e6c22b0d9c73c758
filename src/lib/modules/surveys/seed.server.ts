import type { Database } from '../../server/db/client.ts';

/** The demo office's annual needs survey (definition only; answers come from seed-research). */
export async function seedDemoSurveys(db: Database, officeId: string): Promise<void> {
	void db;
	void officeId;
}

/** Removes the demo surveys. */
export async function removeDemoSurveys(db: Database, officeId: string): Promise<void> {
	void db;
	void officeId;
}
