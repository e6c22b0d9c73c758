import * as v from 'valibot';
import { optionalEmail, optionalText, requiredText } from '../../validation.ts';
import { encodeMessage } from '../../i18n/index.ts';
import { isDateText } from '../../i18n/office-time.ts';
import type { HeadcountCounts } from './schema.ts';
import { HEADCOUNT_GENDERS, parseAgeBands } from './statistics.ts';
import type { AgeBand } from './schema.ts';
import { searchKey } from '../../i18n/script.ts';

/** A vulnerable group's stable key, from its label (the same label keeps its counts). */
export function groupKey(label: string): string {
	return searchKey(label).replace(/ /g, '-').slice(0, 60);
}

const m = encodeMessage;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a route parameter or field could be a record id (anything else is simply not found). */
export function isId(value: string | null | undefined): value is string {
	return !!value && UUID.test(value);
}

const id = () =>
	v.pipe(
		v.string(m('validation.required')),
		v.trim(),
		v.check((value: string) => isId(value), m('attendance.invalidChoice'))
	);

/** Tick or untick one registration for one session. */
export const markAttendanceInput = v.object({
	registrationId: id(),
	sessionId: id(),
	present: v.pipe(
		v.optional(v.string(), ''),
		v.transform((value) => value === '1' || value === 'true')
	)
});

/** A code scanned from a QR code or typed. */
export const scanInput = v.object({
	sessionId: id(),
	code: v.pipe(
		v.string(m('validation.required')),
		v.trim(),
		v.nonEmpty(m('validation.required')),
		v.maxLength(500, m('validation.tooLong', { max: 500 }))
	)
});

/** Someone who came without registering and gives their details at the door. */
export const walkInInput = v.object({
	sessionId: id(),
	name: requiredText(120),
	birthYear: v.pipe(
		v.string(m('validation.required')),
		v.trim(),
		v.nonEmpty(m('validation.required')),
		v.check((value) => {
			if (!/^\d{4}$/.test(value)) return false;
			const year = Number(value);
			return year >= 1900 && year <= new Date().getFullYear();
		}, m('attendance.walkIn.birthYearInvalid')),
		v.transform(Number)
	),
	gender: v.pipe(
		v.optional(v.string(), ''),
		v.picklist(['', 'female', 'male', 'other'] as const, m('attendance.invalidChoice')),
		v.transform((value) => (value === '' ? null : value))
	),
	email: optionalEmail(),
	phone: v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.transform((value) => value.replace(/[\s/().-]/g, '')),
		v.check((value) => value === '' || /^\+?\d{6,15}$/.test(value), m('attendance.walkIn.phoneInvalid'))
	)
});
export type WalkInInput = v.InferOutput<typeof walkInInput>;

/** A participant's feedback: a rating from 1 to 5 and an optional comment. */
export const feedbackInput = v.object({
	rating: v.pipe(
		v.optional(v.string(), ''),
		v.picklist(['1', '2', '3', '4', '5'] as const, m('attendance.feedback.ratingRequired')),
		v.transform(Number)
	),
	comment: optionalText(2000)
});

/** The settings form: bands one per line, vulnerable groups one per line as "Label | English label". */
export const attendanceSettingsInput = v.pipe(
	v.object({
		ageBands: v.pipe(v.optional(v.string(), ''), v.maxLength(500, m('validation.tooLong', { max: 500 }))),
		vulnerableGroups: v.pipe(v.optional(v.string(), ''), v.maxLength(2000, m('validation.tooLong', { max: 2000 })))
	}),
	v.rawTransform(({ dataset, addIssue, NEVER }) => {
		const bands = parseAgeBands(dataset.value.ageBands);
		if (!bands.ok) {
			addIssue({
				message: m('attendance.settings.bandsInvalid', { line: bands.line }),
				path: [
					{
						type: 'object',
						origin: 'value',
						input: dataset.value,
						key: 'ageBands',
						value: dataset.value.ageBands
					}
				]
			});
			return NEVER;
		}
		const groups = dataset.value.vulnerableGroups
			.split(/\r?\n/)
			.map((line) => line.trim())
			.filter(Boolean)
			.map((line, index) => {
				const [label, labelEn = ''] = line.split('|').map((part) => part.trim());
				return {
					key: groupKey(label) || `group-${index + 1}`,
					label: label.slice(0, 120),
					labelEn: labelEn.slice(0, 120)
				};
			})
			.filter((group, index, all) => group.label !== '' && all.findIndex((other) => other.key === group.key) === index);
		return { ageBands: bands.bands as AgeBand[], vulnerableGroups: groups.slice(0, 12) };
	})
);
export type AttendanceSettingsInput = v.InferOutput<typeof attendanceSettingsInput>;

/** Statistics filter from the query string; bad values fall back to the defaults. */
export function readStatisticsFilter(
	params: URLSearchParams,
	today: string
): { from: string; to: string; programmeId: string | null; eventId: string | null } {
	const year = Number(today.slice(0, 4));
	const defaultFrom = `${year - 1}${today.slice(4)}`;
	const from = params.get('from') ?? '';
	const to = params.get('to') ?? '';
	const programme = params.get('programme');
	const event = params.get('event');
	return {
		from: isDateText(from) ? from : defaultFrom.endsWith('02-29') ? `${year - 1}-02-28` : defaultFrom,
		to: isDateText(to) ? to : today,
		programmeId: isId(programme) ? programme : null,
		eventId: isId(event) ? event : null
	};
}

/** Field name of a headcount cell. */
export const headcountField = (band: string, gender: string) => `count.${band}.${gender}`;
/** Field name of a vulnerable-group count. */
export const vulnerableField = (key: string) => `vulnerable.${key}`;

/**
 * Reads the headcount form: a whole number (empty is 0, at most 9999) for each band × gender and each
 * vulnerable group. Returns the counts or field errors keyed like the fields.
 */
export function parseHeadcountForm(
	values: Record<string, string | string[]>,
	bands: readonly AgeBand[],
	groupKeys: readonly string[]
): { ok: true; counts: HeadcountCounts } | { ok: false; errors: Record<string, string> } {
	const errors: Record<string, string> = {};
	const read = (field: string) => {
		const raw = String(values[field] ?? '').trim();
		if (raw === '') return 0;
		if (!/^\d{1,4}$/.test(raw)) {
			errors[field] = m('attendance.headcount.invalid');
			return 0;
		}
		return Number(raw);
	};
	const counts: HeadcountCounts = { byBand: {}, vulnerable: {} };
	for (const band of bands) {
		counts.byBand[band.key] = {};
		for (const gender of HEADCOUNT_GENDERS) counts.byBand[band.key][gender] = read(headcountField(band.key, gender));
	}
	for (const key of groupKeys) counts.vulnerable[key] = read(vulnerableField(key));
	return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, counts };
}
