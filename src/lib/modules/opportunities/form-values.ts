import { instantToBelgrade } from '../../i18n/office-time.ts';
import type { OpportunityType } from './schema.ts';

/** What the back-office form starts from: texts as stored, dates and times as Belgrade's clock shows them. */
export interface OpportunityFormValues {
	type: string;
	title: string;
	titleEn: string;
	organiser: string;
	summary: string;
	summaryEn: string;
	body: string;
	bodyEn: string;
	minAge: string;
	maxAge: string;
	place: string;
	eligibility: string;
	deadlineDate: string;
	deadlineTime: string;
	link: string;
	attachments: string[];
	status: 'draft' | 'published';
	publishAtDate: string;
	publishAtTime: string;
}

interface Stored {
	type: OpportunityType;
	title: string;
	titleEn: string;
	organiser: string;
	summary: string;
	summaryEn: string;
	body: string;
	bodyEn: string;
	minAge: number | null;
	maxAge: number | null;
	place: string;
	eligibility: string;
	deadline: Date | null;
	link: string;
	attachmentDocumentIds: string[];
	status: 'draft' | 'published';
	publishAt: Date | null;
}

/** The form's starting values for a stored opportunity, or for a new one. */
export function formValuesOf(stored: Stored | null): OpportunityFormValues {
	const deadline = stored?.deadline ? instantToBelgrade(stored.deadline) : { date: '', time: '' };
	const publishAt = stored?.publishAt ? instantToBelgrade(stored.publishAt) : { date: '', time: '' };
	return {
		type: stored?.type ?? '',
		title: stored?.title ?? '',
		titleEn: stored?.titleEn ?? '',
		organiser: stored?.organiser ?? '',
		summary: stored?.summary ?? '',
		summaryEn: stored?.summaryEn ?? '',
		body: stored?.body ?? '',
		bodyEn: stored?.bodyEn ?? '',
		minAge: stored?.minAge?.toString() ?? '',
		maxAge: stored?.maxAge?.toString() ?? '',
		place: stored?.place ?? '',
		eligibility: stored?.eligibility ?? '',
		deadlineDate: deadline.date,
		deadlineTime: deadline.time,
		link: stored?.link ?? '',
		attachments: stored?.attachmentDocumentIds ?? [],
		status: stored?.status ?? 'draft',
		publishAtDate: publishAt.date,
		publishAtTime: publishAt.time
	};
}
