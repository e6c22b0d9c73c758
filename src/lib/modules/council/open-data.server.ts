// The council decisions dataset of the open data (decision 0025): the decisions the portal publishes
// (public bodies, approved minutes). Who is responsible is left out: it may name a member.
import type { Database } from '../../server/db/client.ts';
import type { OpenDataColumn, OpenDataset } from '../../server/manifest.ts';
import { latestOf } from '../../server/open-data.ts';
import { listPublicDecisions } from './queries.server.ts';
import { DECISION_STATUSES } from './kinds.ts';

const column = (
	name: string,
	type: OpenDataColumn['type'],
	nullable = false,
	values?: OpenDataColumn['values']
): OpenDataColumn => ({ name, type, nullable, values, descriptionKey: `council.opendata.column.${name}` });

export const councilDecisionsDataset: OpenDataset = {
	id: 'council-decisions',
	titleKey: 'council.opendata.title',
	descriptionKey: 'council.opendata.description',
	keywordKeys: ['council.opendata.keyword'],
	columns: [
		column('id', 'string'),
		column('number', 'string'),
		column('body', 'string'),
		column('body_en', 'string', true),
		column('title', 'string'),
		column('title_en', 'string', true),
		column('adopted_on', 'date'),
		column('deadline', 'date', true),
		column('status', 'string', false, {
			codes: DECISION_STATUSES,
			labelKey: (code) => `council.decisionStatus.${code}`
		}),
		column('url', 'string')
	],
	async read(db: Database, officeId: string, now: Date) {
		const decisions = await listPublicDecisions(db, officeId, { now, limit: 100_000 });
		return {
			updatedAt: latestOf(decisions.map((decision) => decision.updatedAt)),
			rows: decisions.map((decision) => ({
				id: decision.id,
				number: decision.number,
				body: decision.bodyName,
				body_en: decision.bodyNameEn || null,
				title: decision.title,
				title_en: decision.titleEn || null,
				adopted_on: decision.adoptedOn,
				deadline: decision.deadline,
				status: decision.status,
				url: `/council/decisions/${decision.id}`
			}))
		};
	}
};
