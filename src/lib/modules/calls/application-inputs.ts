// The application form, read row by row from fields named `<group>[<index>].<field>` (no JavaScript needed).
// A draft keeps whatever is typed in the right shape; completeness is checked only on submission.
import { encodeMessage } from '../../i18n/index.ts';
import type { FieldErrors } from '../../server/errors.ts';
import { isUuid } from '../../server/ids.ts';
import { rowsOf } from './inputs.ts';
import type { ApplicationActivity, ApplicationBudgetLine, ApplicationGoal, GroupMember } from './schema.ts';

const m = encodeMessage;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MAX_ROWS = 60;

export interface ApplicationInput {
	version: number;
	applicantName: string;
	contactEmail: string;
	contactPhone: string;
	members: GroupMember[];
	title: string;
	summary: string;
	need: string;
	targetGroup: string;
	goals: ApplicationGoal[];
	activities: ApplicationActivity[];
	results: string;
	indicators: string;
	partners: string;
	partnerOrganisationIds: string[];
	budget: ApplicationBudgetLine[];
	answers: Record<string, string>;
	/**
	 * The stored fields the form carried. A completion shows only the asked parts as fields, so the others are
	 * neither sent nor changed; one sent anyway is compared and refused when it differs.
	 */
	sentFields: string[];
}

const TEXT_LIMITS: Record<string, number> = {
	applicantName: 200,
	contactEmail: 254,
	contactPhone: 40,
	title: 200,
	summary: 1500,
	need: 4000,
	targetGroup: 2000,
	results: 4000,
	indicators: 2000,
	partners: 2000
};

function text(values: Record<string, string | string[]>, name: string): string {
	const value = values[name];
	return (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).trim();
}

/** A whole number typed with or without thousands separators; null when it is not one. */
function whole(value: string): number | null {
	const digits = value.replace(/[\s.]/g, '');
	return /^\d{1,10}$/.test(digits) && Number(digits) <= 1_000_000_000 ? Number(digits) : null;
}

/** Reads the application form; format errors (a year, an amount, a month) come back by field name. */
export function parseApplicationForm(
	values: Record<string, string | string[]>,
	questionKeys: readonly string[]
): { ok: true; data: ApplicationInput } | { ok: false; errors: FieldErrors } {
	const errors: FieldErrors = {};
	const fields = Object.fromEntries(
		Object.entries(TEXT_LIMITS).map(([name, max]) => {
			const value = text(values, name);
			if (value.length > max) errors[name] = m('validation.tooLong', { max });
			return [name, value];
		})
	) as Record<keyof typeof TEXT_LIMITS, string>;
	if (fields.contactEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(fields.contactEmail)) {
		errors.contactEmail = m('validation.email');
	}

	const members: GroupMember[] = [];
	for (const row of rowsOf(values, 'members').slice(0, MAX_ROWS)) {
		if (row.remove || (!row.name && !row.birthYear)) continue;
		const prefix = `members[${row.index}]`;
		if (!row.name) errors[`${prefix}.name`] = m('validation.required');
		const year = Number(row.birthYear);
		if (!/^\d{4}$/.test(row.birthYear ?? '') || year < 1900 || year > 2100) {
			errors[`${prefix}.birthYear`] = m('calls.apply.birthYearInvalid');
		}
		members.push({ name: row.name.slice(0, 200), birthYear: year });
	}
	const goals: ApplicationGoal[] = [];
	for (const row of rowsOf(values, 'goals').slice(0, MAX_ROWS)) {
		if (row.remove || !row.text) continue;
		goals.push({ text: row.text.slice(0, 1000), measureId: row.measureId ?? '' });
	}
	const activities: ApplicationActivity[] = [];
	for (const row of rowsOf(values, 'activities').slice(0, MAX_ROWS)) {
		if (row.remove || (!row.title && !row.from && !row.to)) continue;
		const prefix = `activities[${row.index}]`;
		if (!row.title) errors[`${prefix}.title`] = m('validation.required');
		if (!MONTH.test(row.from ?? '')) errors[`${prefix}.from`] = m('calls.apply.monthInvalid');
		if (!MONTH.test(row.to ?? '')) errors[`${prefix}.to`] = m('calls.apply.monthInvalid');
		else if (MONTH.test(row.from ?? '') && row.to < row.from) errors[`${prefix}.to`] = m('calls.apply.monthsReversed');
		activities.push({ title: row.title.slice(0, 500), from: row.from ?? '', to: row.to ?? '' });
	}
	const budget: ApplicationBudgetLine[] = [];
	for (const row of rowsOf(values, 'budget').slice(0, MAX_ROWS)) {
		if (row.remove || (!row.description && !row.quantity && !row.unitPrice && !row.coFinanced)) continue;
		const prefix = `budget[${row.index}]`;
		const quantity = whole(row.quantity ?? '');
		const unitPrice = whole(row.unitPrice ?? '');
		const coFinanced = row.coFinanced ? whole(row.coFinanced) : 0;
		if (!row.categoryKey) errors[`${prefix}.categoryKey`] = m('validation.required');
		if (quantity === null || quantity < 1) errors[`${prefix}.quantity`] = m('calls.apply.quantityInvalid');
		if (unitPrice === null) errors[`${prefix}.unitPrice`] = m('calls.form.amountInvalid');
		if (coFinanced === null) errors[`${prefix}.coFinanced`] = m('calls.form.amountInvalid');
		budget.push({
			categoryKey: row.categoryKey ?? '',
			description: (row.description ?? '').slice(0, 300),
			quantity: quantity ?? 0,
			unitPrice: unitPrice ?? 0,
			coFinanced: coFinanced ?? 0
		});
	}
	const answers: Record<string, string> = {};
	for (const key of questionKeys) {
		const answer = text(values, `answer.${key}`);
		if (answer.length > 4000) errors[`answer.${key}`] = m('validation.tooLong', { max: 4000 });
		answers[key] = answer.slice(0, 4000);
	}
	const picked = values.partnerOrganisationIds ?? [];
	const partnerOrganisationIds = [...new Set([picked].flat().filter(isUuid))].slice(0, MAX_ROWS);
	const names = Object.keys(values);
	const sent = (field: string) =>
		names.some((name) => name === field || name.startsWith(`${field}[`) || name.startsWith(`${field}.`));
	const sentFields = [
		...Object.keys(TEXT_LIMITS),
		'members',
		'goals',
		'activities',
		'budget',
		'partnerOrganisationIds'
	].filter(sent);
	if (names.some((name) => name.startsWith('answer.'))) sentFields.push('answers');
	// The partner picker sends a marker, so "none picked" can be told from "not on the form".
	if (names.includes('partnerPicker')) sentFields.push('partnerOrganisationIds');
	const version = Number(text(values, 'version'));
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return {
		ok: true,
		data: {
			...fields,
			version: Number.isSafeInteger(version) ? version : 0,
			members,
			goals,
			activities,
			budget,
			answers,
			partnerOrganisationIds,
			sentFields: [...new Set(sentFields)]
		} as ApplicationInput
	};
}
