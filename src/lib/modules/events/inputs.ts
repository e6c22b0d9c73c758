// What staff type into the programme and event forms, checked field by field. An event's sessions and
// extra questions arrive as rows of parallel arrays (plain HTML, no JavaScript), so they are read here
// row by row and their errors are named after the row (`sessionDate.2`).
import * as v from 'valibot';
import { checkbox, optionalText, optionalUrl, requiredText } from '../../validation.ts';
import { encodeMessage, type MessageKey } from '../../i18n/index.ts';
import { belgradeToInstant, isDateText, isTimeText, instantToBelgrade } from '../../i18n/office-time.ts';
import { isUuid } from '../../server/ids.ts';
import {
	EVENT_TYPES,
	QUESTION_KINDS,
	REGISTRATION_MODES,
	type EventQuestion,
	type EventType,
	type QuestionKind,
	type RegistrationMode
} from './schema.ts';

const m = encodeMessage;
const DAY = 24 * 60 * 60 * 1000;
export const MAX_SESSIONS = 60;
export const MAX_QUESTIONS = 15;
export const MAX_OPTIONS = 20;
export const MAX_CAPACITY = 100_000;

/** Form fields that carry one value per session or question row. */
export const SESSION_FIELDS = ['sessionId', 'sessionDate', 'sessionFrom', 'sessionTo', 'sessionTitle'] as const;
export const QUESTION_FIELDS = [
	'questionId',
	'questionKind',
	'questionLabel',
	'questionLabelEn',
	'questionRequired',
	'questionOptions',
	'questionOptionsEn',
	'questionOptionIds'
] as const;
export const EVENT_ARRAY_FIELDS = [...SESSION_FIELDS, ...QUESTION_FIELDS] as const;

const colour = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.toLowerCase(),
		v.check((value) => /^#[0-9a-f]{6}$/.test(value), m('events.programme.colorInvalid'))
	);

/** A programme as typed in its form. */
export const programmeInput = v.object({
	name: requiredText(120),
	nameEn: optionalText(120),
	description: optionalText(2000),
	descriptionEn: optionalText(2000),
	color: colour()
});
export type ProgrammeInput = v.InferOutput<typeof programmeInput>;

const optionalWhole = (min: number, max: number, message: MessageKey) =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check(
			(value) => value === '' || (/^\d+$/.test(value) && +value >= min && +value <= max),
			m(message, { min, max })
		),
		v.transform((value) => (value === '' ? null : Number(value)))
	);

const optionalDate = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((value) => value === '' || isDateText(value), m('events.date.invalid'))
	);
const optionalTime = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((value) => value === '' || isTimeText(value), m('events.time.invalid'))
	);

/** The single-valued fields of the event form. */
const eventFields = v.pipe(
	v.object({
		programmeId: v.pipe(
			v.optional(v.string(), ''),
			v.check((value) => value === '' || isUuid(value), m('validation.invalid')),
			v.transform((value) => value || null)
		),
		type: v.picklist(EVENT_TYPES, m('events.type.invalid')),
		title: requiredText(200),
		titleEn: optionalText(200),
		summary: optionalText(500),
		summaryEn: optionalText(500),
		body: optionalText(50_000),
		bodyEn: optionalText(50_000),
		placeName: optionalText(200),
		address: optionalText(300),
		room: optionalText(120),
		onlineUrl: optionalUrl(),
		minAge: optionalWhole(0, 99, 'validation.ageBounds'),
		maxAge: optionalWhole(0, 99, 'validation.ageBounds'),
		capacity: optionalWhole(1, MAX_CAPACITY, 'events.capacity.invalid'),
		registrationMode: v.picklist(REGISTRATION_MODES, m('validation.required')),
		registrationOpensDate: optionalDate(),
		registrationOpensTime: optionalTime(),
		registrationClosesDate: optionalDate(),
		registrationClosesTime: optionalTime(),
		accessibility: optionalText(2000),
		accessibilityEn: optionalText(2000),
		partners: optionalText(1000),
		coverMediaId: v.pipe(
			v.optional(v.string(), ''),
			v.check((value) => value === '' || isUuid(value), m('validation.invalid')),
			v.transform((value) => value || null)
		),
		status: v.optional(v.picklist(['draft', 'published'] as const, m('validation.required')), 'draft')
	}),
	v.forward(
		v.check(
			(input) => input.minAge === null || input.maxAge === null || input.minAge <= input.maxAge,
			m('validation.ageRange')
		),
		['maxAge']
	),
	v.forward(
		v.check(
			(input) => input.registrationOpensTime === '' || input.registrationOpensDate !== '',
			m('events.time.needsDate')
		),
		['registrationOpensDate']
	),
	v.forward(
		v.check(
			(input) => input.registrationClosesTime === '' || input.registrationClosesDate !== '',
			m('events.time.needsDate')
		),
		['registrationClosesDate']
	),
	v.transform(
		({ registrationOpensDate, registrationOpensTime, registrationClosesDate, registrationClosesTime, ...rest }) => ({
			...rest,
			registrationOpensAt: registrationOpensDate
				? belgradeToInstant(registrationOpensDate, registrationOpensTime || '00:00')
				: null,
			registrationClosesAt: registrationClosesDate
				? belgradeToInstant(registrationClosesDate, registrationClosesTime || '23:59')
				: null
		})
	)
);

/** One meeting as the commands take it; `id` keeps an existing session (and its attendance) when times change. */
export interface SessionInput {
	id: string | null;
	startsAt: Date;
	endsAt: Date;
	title: string;
}

export type EventInput = v.InferOutput<typeof eventFields> & {
	sessions: SessionInput[];
	questions: EventQuestion[];
};

type Values = Record<string, string | string[]>;
type Errors = Record<string, string>;

const list = (values: Values, name: string): string[] => {
	const value = values[name];
	return Array.isArray(value) ? value : value === undefined ? [] : [value];
};
const at = (items: string[], index: number) => (items[index] ?? '').trim();

/** The session rows that were filled in, in the order typed; errors name the row. */
export function readSessions(values: Values, errors: Errors): SessionInput[] {
	const ids = list(values, 'sessionId');
	const dates = list(values, 'sessionDate');
	const froms = list(values, 'sessionFrom');
	const tos = list(values, 'sessionTo');
	const titles = list(values, 'sessionTitle');
	const rows = Math.max(dates.length, froms.length, tos.length, titles.length);
	const sessions: SessionInput[] = [];
	for (let index = 0; index < rows; index++) {
		const [date, from, to, title] = [at(dates, index), at(froms, index), at(tos, index), at(titles, index)];
		if (!date && !from && !to && !title) continue;
		let valid = true;
		if (!isDateText(date)) {
			errors[`sessionDate.${index}`] = date ? m('events.date.invalid') : m('events.session.dateRequired');
			valid = false;
		}
		if (!isTimeText(from)) {
			errors[`sessionFrom.${index}`] = from ? m('events.time.invalid') : m('events.session.fromRequired');
			valid = false;
		}
		if (to && !isTimeText(to)) {
			errors[`sessionTo.${index}`] = m('events.time.invalid');
			valid = false;
		}
		if (title.length > 200) {
			errors[`sessionTitle.${index}`] = m('validation.tooLong', { max: 200 });
			valid = false;
		}
		if (!valid) continue;
		const startsAt = belgradeToInstant(date, from);
		// Without an end time a meeting lasts two hours; an end before the start runs past midnight.
		let endsAt = to ? belgradeToInstant(date, to) : new Date(startsAt.getTime() + 2 * 60 * 60 * 1000);
		if (endsAt <= startsAt) {
			if (to === from) {
				errors[`sessionTo.${index}`] = m('events.session.endBeforeStart');
				continue;
			}
			endsAt = new Date(endsAt.getTime() + DAY);
		}
		const id = at(ids, index);
		sessions.push({ id: isUuid(id) ? id : null, startsAt, endsAt, title });
	}
	if (sessions.length === 0 && !Object.keys(errors).some((key) => key.startsWith('session'))) {
		errors.sessions = m('events.session.atLeastOne');
	}
	if (sessions.length > MAX_SESSIONS) errors.sessions = m('events.session.tooMany', { max: MAX_SESSIONS });
	return sessions.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

const newId = () => crypto.randomUUID().slice(0, 8);
const lines = (text: string) =>
	text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);

/** The extra questions that were filled in; a row without a label is left out. */
export function readQuestions(values: Values, errors: Errors): EventQuestion[] {
	const ids = list(values, 'questionId');
	const kinds = list(values, 'questionKind');
	const labels = list(values, 'questionLabel');
	const labelsEn = list(values, 'questionLabelEn');
	const required = new Set(list(values, 'questionRequired'));
	const options = list(values, 'questionOptions');
	const optionsEn = list(values, 'questionOptionsEn');
	const optionIds = list(values, 'questionOptionIds');
	const questions: EventQuestion[] = [];
	const seen = new Set<string>();
	for (let index = 0; index < labels.length; index++) {
		const label = at(labels, index);
		const labelEn = at(labelsEn, index);
		const kind = at(kinds, index) as QuestionKind;
		if (!label) {
			if (labelEn || lines(options[index] ?? '').length > 0)
				errors[`questionLabel.${index}`] = m('validation.required');
			continue;
		}
		if (label.length > 300) errors[`questionLabel.${index}`] = m('validation.tooLong', { max: 300 });
		if (labelEn.length > 300) errors[`questionLabelEn.${index}`] = m('validation.tooLong', { max: 300 });
		if (!QUESTION_KINDS.includes(kind)) {
			errors[`questionKind.${index}`] = m('events.question.kindInvalid');
			continue;
		}
		let id = at(ids, index);
		if (!/^[a-z0-9-]{1,40}$/.test(id) || seen.has(id)) id = `q-${newId()}`;
		seen.add(id);
		const question: EventQuestion = { id, kind, label, labelEn, required: required.has(String(index)), options: [] };
		if (kind === 'choice') {
			const serbian = lines(options[index] ?? '');
			const english = lines(optionsEn[index] ?? '');
			const known = (optionIds[index] ?? '').split(',').map((item) => item.trim());
			if (serbian.length < 2) errors[`questionOptions.${index}`] = m('events.question.needsOptions');
			else if (serbian.length > MAX_OPTIONS)
				errors[`questionOptions.${index}`] = m('events.question.tooManyOptions', { max: MAX_OPTIONS });
			const optionSeen = new Set<string>();
			question.options = serbian.slice(0, MAX_OPTIONS).map((optionLabel, position) => {
				let optionId = known[position] ?? '';
				if (!/^[a-z0-9-]{1,40}$/.test(optionId) || optionSeen.has(optionId)) optionId = `o-${newId()}`;
				optionSeen.add(optionId);
				return { id: optionId, label: optionLabel.slice(0, 200), labelEn: (english[position] ?? '').slice(0, 200) };
			});
		}
		questions.push(question);
	}
	if (questions.length > MAX_QUESTIONS) errors.questions = m('events.question.tooMany', { max: MAX_QUESTIONS });
	return questions;
}

/** The whole event form: the single fields, the sessions and the questions, with every error at once. */
export function parseEventValues(values: Values): { ok: true; data: EventInput } | { ok: false; errors: Errors } {
	const errors: Errors = {};
	const result = v.safeParse(eventFields, values);
	if (!result.success) {
		for (const issue of result.issues) {
			const key = issue.path?.map((item) => String(item.key)).join('.') || '_form';
			errors[key] ??= issue.message;
		}
	}
	const sessions = readSessions(values, errors);
	const questions = readQuestions(values, errors);
	if (result.success && sessions.length > 0) {
		const { registrationOpensAt: opens, registrationClosesAt: closes } = result.output;
		if (opens && closes && closes <= opens) errors.registrationClosesDate = m('events.registration.closesBeforeOpens');
		if (closes && closes > sessions[sessions.length - 1].endsAt)
			errors.registrationClosesDate = m('events.registration.closesAfterEnd');
	}
	if (!result.success || Object.keys(errors).length > 0) return { ok: false, errors };
	return { ok: true, data: { ...result.output, sessions, questions } };
}

/** What "add a row" and "repeat weekly" do to the typed rows: the form comes back with more rows, nothing saved. */
export function expandSessionRows(values: Values, intent: 'addSession' | 'repeatWeekly'): Values {
	const next: Values = { ...values };
	const rows = SESSION_FIELDS.map((field) => [...list(values, field)]);
	const count = Math.max(...rows.map((row) => row.length));
	for (const row of rows) while (row.length < count) row.push('');
	const push = (id: string, date: string, from: string, to: string, title: string) =>
		[id, date, from, to, title].forEach((value, field) => rows[field].push(value));
	if (intent === 'addSession') push('', '', '', '', '');
	else {
		// Repeat the last row that has a valid date, week after week.
		const dates = rows[1];
		let last = -1;
		for (let index = count - 1; index >= 0; index--)
			if (isDateText(dates[index].trim())) {
				last = index;
				break;
			}
		const times = Math.min(Math.max(Number(String(values.repeatCount ?? '').trim()) || 0, 0), MAX_SESSIONS);
		if (last >= 0) {
			// Blank rows after the last dated one are dropped so the repeats follow straight on.
			for (const row of rows) row.splice(last + 1);
			const base = belgradeToInstant(dates[last].trim(), '12:00').getTime();
			for (let week = 1; week <= times; week++) {
				const date = instantToBelgrade(new Date(base + week * 7 * DAY)).date;
				push('', date, rows[2][last], rows[3][last], '');
			}
		}
	}
	SESSION_FIELDS.forEach((field, index) => (next[field] = rows[index]));
	delete next.intent;
	return next;
}

/** Adds an empty question row to the typed values. */
export function addQuestionRow(values: Values): Values {
	const next: Values = { ...values };
	const count = list(values, 'questionLabel').length;
	for (const field of QUESTION_FIELDS) {
		if (field === 'questionRequired') continue;
		const row = [...list(values, field)];
		while (row.length < count) row.push('');
		row.push(field === 'questionKind' ? 'text' : '');
		next[field] = row;
	}
	next.questionRequired = list(values, 'questionRequired');
	delete next.intent;
	return next;
}

export const cancelEventInput = v.object({
	reason: v.pipe(
		v.string(m('events.cancel.reasonRequired')),
		v.trim(),
		v.nonEmpty(m('events.cancel.reasonRequired')),
		v.maxLength(1000, m('validation.tooLong', { max: 1000 }))
	),
	confirm: v.pipe(
		checkbox(),
		v.check((given) => given, m('events.cancel.confirmRequired'))
	)
});

export const deleteConfirmInput = v.object({
	confirm: v.pipe(
		checkbox(),
		v.check((given) => given, m('events.admin.deleteConfirmRequired'))
	)
});

/** The back-office list's filters from the address bar; anything unknown is ignored. */
export function adminFilterOf(params: URLSearchParams) {
	const status = params.get('status') ?? '';
	const from = params.get('from') ?? '';
	const to = params.get('to') ?? '';
	const programme = params.get('programme') ?? '';
	return {
		programmeId: isUuid(programme) ? programme : null,
		status: (['draft', 'published', 'cancelled', 'finished', 'upcoming', 'past'] as const).find(
			(item) => item === status
		),
		from: isDateText(from) ? from : '',
		to: isDateText(to) ? to : '',
		q: (params.get('q') ?? '').trim().slice(0, 100),
		page: Math.max(1, Number(params.get('page')) || 1)
	};
}

/** The public list's filters from the address bar. */
export function publicFilterOf(params: URLSearchParams) {
	const type = params.get('type') ?? '';
	const from = params.get('from') ?? '';
	const to = params.get('to') ?? '';
	return {
		programme: (params.get('programme') ?? '').replace(/[^a-z0-9-]/g, '').slice(0, 80),
		type: (EVENT_TYPES as readonly string[]).includes(type) ? (type as EventType) : null,
		from: isDateText(from) ? from : '',
		to: isDateText(to) ? to : '',
		page: Math.max(1, Number(params.get('page')) || 1)
	};
}

export type { RegistrationMode };
