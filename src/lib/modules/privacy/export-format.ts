// How a person's exported records read, shared by the page (PersonalDataSections) and the PDF:
// field names through the `privacy.field.*` messages, values as a person reads them.
import type { I18n, MessageKey } from '../../i18n/index.ts';
import { describeAction } from '../audit-sentence.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Fields whose stored codes other modules already name: the first message that has the code wins. */
const VALUE_MESSAGES: Record<string, readonly ((code: string) => string)[]> = {
	role: [(code) => `accounts.role.${code}`, (code) => `council.role.${code}`],
	gender: [(code) => `registrations.form.gender.${code}`]
};

/** A record's field name in the reader's language, or the name itself when no message has it. */
export function fieldLabel(i18n: I18n, field: string): string {
	const key = `privacy.field.${field}`;
	const text = i18n.t(key as MessageKey);
	return text === key ? field : text;
}

/** A record's value as text: dates in the reader's calendar words, yes/no, known codes in words, a dash for nothing. */
export function shownValue(i18n: I18n, value: string | number | boolean | null, field = ''): string {
	if (value === null || value === '') return '—';
	if (typeof value === 'boolean') return i18n.t(value ? 'privacy.value.yes' : 'privacy.value.no');
	if (typeof value === 'number') return String(value);
	if (ISO_DATE.test(value)) return i18n.formatDate(value, { dateStyle: 'medium', timeStyle: 'short' });
	// A calendar day (a birth date, a day worked): noon UTC keeps it the same day in every time zone.
	if (ISO_DAY.test(value)) return i18n.formatDate(`${value}T12:00:00Z`, { dateStyle: 'medium' });
	for (const keyOf of [(code: string) => `privacy.value.${field}.${code}`, ...(VALUE_MESSAGES[field] ?? [])]) {
		const key = keyOf(value);
		const text = i18n.t(key as MessageKey);
		if (text !== key) return text;
	}
	return value;
}

type PlainValue = string | number | boolean | null;

/**
 * A record as the person reads it, as label and value pairs: an action of theirs (the activity log's
 * `action`, `entityType` and `name`) as one sentence in their language, and no internal identifier
 * (a UUID means nothing to a reader; the JSON download keeps it).
 */
export function shownRecord(i18n: I18n, record: Record<string, PlainValue>): { label: string; value: string }[] {
	const rows: { label: string; value: string }[] = [];
	const isAction = typeof record.action === 'string' && typeof record.entityType === 'string';
	for (const [field, value] of Object.entries(record)) {
		if (typeof value === 'string' && UUID.test(value)) continue;
		if (isAction && (field === 'entityType' || field === 'name')) continue;
		if (isAction && field === 'action') {
			const name = typeof record.name === 'string' ? record.name : null;
			const entry = { action: String(value), entityType: String(record.entityType), name };
			rows.push({ label: fieldLabel(i18n, field), value: describeAction(entry, i18n) });
			continue;
		}
		rows.push({ label: fieldLabel(i18n, field), value: shownValue(i18n, value, field) });
	}
	return rows;
}
