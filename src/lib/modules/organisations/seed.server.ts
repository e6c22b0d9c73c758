import type { Database } from '../../server/db/client.ts';

/** The demo directory: a few dozen invented organisations of every type. */
export async function seedDemoOrganisations(db: Database, officeId: string): Promise<void> {
	void db;
	void officeId;
}

/** Removes the demo directory. */
export async function removeDemoOrganisations(db: Database, officeId: string): Promise<void> {
	void db;
	void officeId;
}
