// Amounts in dinars as people in Serbia write them, the same in every locale of a message parameter.

import { numberFormat } from '../../i18n/formatters.ts';

/** 1250000 → "1.250.000 RSD". */
export function formatDinars(amount: number): string {
	return `${numberFormat('sr-Latn-RS', { maximumFractionDigits: 0 }).format(amount)} RSD`;
}

/** The message key of a breakdown group: an age band or a gender ('unknown' when not given). */
export function groupLabelKey(kind: 'age' | 'gender', key: string): string {
	return kind === 'age' ? `participation.ageBand.${key}` : `participation.gender.${key}`;
}
