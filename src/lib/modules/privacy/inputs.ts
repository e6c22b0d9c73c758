import * as v from 'valibot';
import { optionalEmail, optionalText } from '../../validation.ts';
import { encodeMessage } from '../../i18n/index.ts';
import type { RetentionKind, RetentionPeriods } from '../../server/manifest.ts';

/** Retention the office starts with, in days: two years after an event, a year of comments, a month of import files, three months of sent mail. */
export const DEFAULT_RETENTION_DAYS: RetentionPeriods = {
	registrations: 730,
	feedback: 365,
	importFiles: 30,
	outboxBodies: 90
};

/** The kinds in the order screens list them (the manifest's list is server-only). */
export const RETENTION_KIND_ORDER: readonly RetentionKind[] = [
	'registrations',
	'feedback',
	'importFiles',
	'outboxBodies'
];

/** The longest period that can be set: ten years. */
export const MAX_RETENTION_DAYS = 3650;

/** Staff look a person up by the e-mail or phone they gave (at least one). */
export const dataSubjectInput = v.pipe(
	v.object({
		email: optionalEmail(),
		phone: v.pipe(
			optionalText(40),
			v.transform((value) => value.replace(/[^\d+]/g, ''))
		)
	}),
	v.forward(
		v.check((input) => input.email !== '' || input.phone !== '', encodeMessage('privacy.lookup.needOne')),
		['email']
	)
);
export type DataSubjectInput = v.InferOutput<typeof dataSubjectInput>;

/** Staff confirm an erasure by ticking a box. */
export const eraseSubjectInput = v.pipe(
	v.object({
		email: optionalEmail(),
		phone: v.pipe(
			optionalText(40),
			v.transform((value) => value.replace(/[^\d+]/g, ''))
		),
		confirm: v.pipe(
			v.optional(v.string(), ''),
			v.check((value) => value !== '', encodeMessage('privacy.erase.confirmRequired'))
		)
	}),
	v.forward(
		v.check((input) => input.email !== '' || input.phone !== '', encodeMessage('privacy.lookup.needOne')),
		['email']
	)
);

/** A person erasing their own data confirms with their password. */
export const eraseMyDataInput = v.object({
	password: v.pipe(v.string(), v.nonEmpty(encodeMessage('validation.required')))
});

const days = () =>
	v.pipe(
		v.string(encodeMessage('validation.required')),
		v.trim(),
		v.nonEmpty(encodeMessage('validation.required')),
		v.regex(/^\d+$/, encodeMessage('privacy.retention.bounds', { max: MAX_RETENTION_DAYS })),
		v.transform(Number),
		v.maxValue(MAX_RETENTION_DAYS, encodeMessage('privacy.retention.bounds', { max: MAX_RETENTION_DAYS }))
	);

export const retentionInput = v.object({
	registrations: days(),
	feedback: days(),
	importFiles: days(),
	outboxBodies: days()
});
