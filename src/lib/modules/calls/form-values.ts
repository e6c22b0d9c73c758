import { instantToBelgrade } from '../../i18n/office-time.ts';
import type { CallAttachmentKind, CallCostCategory, CallCriterion, CallQuestion } from './schema.ts';

/** What the back-office call form starts from: amounts as text, dates and times as Belgrade's clock shows them. */
export interface CallFormValues {
	title: string;
	titleEn: string;
	summary: string;
	summaryEn: string;
	body: string;
	bodyEn: string;
	attachments: string[];
	measures: string[];
	totalBudget: string;
	minPerProject: string;
	maxPerProject: string;
	coFinancingPercent: string;
	applicantTypes: string[];
	groupMinMembers: string;
	criteria: CallCriterion[];
	categories: CallCostCategory[];
	questions: CallQuestion[];
	attachmentKinds: CallAttachmentKind[];
	minTotalPoints: string;
	tieRule: string;
	allowsPartialFunding: boolean;
	publishesScores: boolean;
	opensDate: string;
	opensTime: string;
	closesDate: string;
	closesTime: string;
	timetable: string;
	timetableEn: string;
	status: 'draft' | 'published';
}

interface Stored {
	title: string;
	titleEn: string;
	summary: string;
	summaryEn: string;
	body: string;
	bodyEn: string;
	attachmentDocumentIds: string[];
	measureIds: string[];
	totalBudget: number;
	minPerProject: number;
	maxPerProject: number;
	coFinancingPercent: number;
	applicantTypes: string[];
	groupMinMembers: number;
	criteria: CallCriterion[];
	costCategories: CallCostCategory[];
	questions: CallQuestion[];
	attachmentKinds: CallAttachmentKind[];
	minTotalPoints: number;
	tieRule: string;
	allowsPartialFunding: boolean;
	publishesScores: boolean;
	opensAt: Date;
	closesAt: Date;
	timetable: string;
	timetableEn: string;
	status: 'draft' | 'published';
}

/** The form's starting values for a stored call, or for a new one (closing at 15:00, when offices close). */
export function callFormValuesOf(stored: Stored | null): CallFormValues {
	const opens = stored ? instantToBelgrade(stored.opensAt) : { date: '', time: '08:00' };
	const closes = stored ? instantToBelgrade(stored.closesAt) : { date: '', time: '15:00' };
	return {
		title: stored?.title ?? '',
		titleEn: stored?.titleEn ?? '',
		summary: stored?.summary ?? '',
		summaryEn: stored?.summaryEn ?? '',
		body: stored?.body ?? '',
		bodyEn: stored?.bodyEn ?? '',
		attachments: stored?.attachmentDocumentIds ?? [],
		measures: stored?.measureIds ?? [],
		totalBudget: stored?.totalBudget.toString() ?? '',
		minPerProject: stored?.minPerProject.toString() ?? '0',
		maxPerProject: stored?.maxPerProject.toString() ?? '',
		coFinancingPercent: stored?.coFinancingPercent.toString() ?? '0',
		applicantTypes: stored?.applicantTypes ?? [],
		groupMinMembers: stored?.groupMinMembers.toString() ?? '5',
		criteria: stored?.criteria ?? [],
		categories: stored?.costCategories ?? [],
		questions: stored?.questions ?? [],
		attachmentKinds: stored?.attachmentKinds ?? [],
		minTotalPoints: stored?.minTotalPoints.toString() ?? '0',
		tieRule: stored?.tieRule ?? 'first_criterion',
		allowsPartialFunding: stored?.allowsPartialFunding ?? false,
		publishesScores: stored?.publishesScores ?? true,
		opensDate: opens.date,
		opensTime: opens.time,
		closesDate: closes.date,
		closesTime: closes.time,
		timetable: stored?.timetable ?? '',
		timetableEn: stored?.timetableEn ?? '',
		status: stored?.status ?? 'draft'
	};
}

/** How many rows of a repeatable group a failed submission sent back (its fields are named `<group>[<i>].…`). */
export function typedRowCount(values: Record<string, unknown> | undefined, group: string): number | null {
	if (!values) return null;
	let count = 0;
	const pattern = new RegExp(`^${group}\\[(\\d{1,3})\\]\\.`);
	for (const name of Object.keys(values)) {
		const match = pattern.exec(name);
		if (match) count = Math.max(count, Number(match[1]) + 1);
	}
	return count;
}
