// Stable question keys: suggested from the prompt, editable, unique per survey.
import { slugify } from '../../i18n/slug.ts';

export const KEY_MAX_LENGTH = 40;
const KEY = /^[a-z][a-z0-9_]*$/;

/** A key suggested from a prompt typed in either script: "Колико ти је година?" → "koliko_ti_je_godina". */
export function suggestKey(prompt: string, taken: Iterable<string> = []): string {
	const words = slugify(prompt).split('-').filter(Boolean);
	let base = '';
	for (const word of words) {
		const next = base ? `${base}_${word}` : word;
		if (next.length > KEY_MAX_LENGTH - 3) break;
		base = next;
	}
	if (!base || !/^[a-z]/.test(base)) base = `q_${base}`.replace(/_$/, '') || 'q';
	const used = new Set(taken);
	if (!used.has(base)) return base;
	for (let number = 2; ; number++) {
		const candidate = `${base}_${number}`;
		if (!used.has(candidate)) return candidate;
	}
}

/** Whether a typed key is acceptable: lower-case Latin letters, digits and "_", starting with a letter. */
export function isValidKey(key: string): boolean {
	return key.length <= KEY_MAX_LENGTH && KEY.test(key) && !key.includes('__');
}

/** An option code from its label, kept unique among the codes already used. */
export function suggestCode(label: string, taken: Iterable<string> = []): string {
	const base = slugify(label).replace(/-/g, '_').slice(0, 40) || 'option';
	const used = new Set(taken);
	if (!used.has(base) && base !== 'other') return base;
	for (let number = 2; ; number++) {
		const candidate = `${base}_${number}`;
		if (!used.has(candidate)) return candidate;
	}
}

export interface OptionLine {
	value: string;
	label: string;
	labelEn: string;
}

/**
 * Reads the "one option per line" textarea: `Label`, `Label | English label`, or with the code kept
 * from before, `code = Label | English label`. Lines without a code get one derived from the label;
 * a line that keeps its code keeps it when the label changes, so stored answers still match.
 */
export function parseOptionLines(text: string): OptionLine[] {
	const options: OptionLine[] = [];
	for (const rawLine of text.split(/\r?\n/)) {
		const line = rawLine.trim();
		if (!line) continue;
		let code = '';
		let rest = line;
		const coded = /^([a-z][a-z0-9_]*)\s*=\s*(.+)$/.exec(line);
		if (coded) {
			code = coded[1];
			rest = coded[2];
		}
		const [label, labelEn = ''] = rest.split('|').map((part) => part.trim());
		if (!label) continue;
		const taken = options.map((option) => option.value);
		if (!code || taken.includes(code)) code = suggestCode(label, taken);
		options.push({ value: code, label: label.slice(0, 300), labelEn: labelEn.slice(0, 300) });
	}
	return options;
}

/** The textarea text of stored options, each line carrying its code so it stays stable. */
export function optionLinesText(options: readonly OptionLine[]): string {
	return options
		.map((option) => `${option.value} = ${option.label}${option.labelEn ? ` | ${option.labelEn}` : ''}`)
		.join('\n');
}
