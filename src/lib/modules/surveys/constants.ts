// The schema's lists of codes, for code that also runs in the browser (schema.ts is server-only,
// as it pulls in other modules' tables). A unit test keeps both in step.
export const QUESTION_KINDS = [
	'single',
	'multiple',
	'dropdown',
	'scale',
	'matrix',
	'number',
	'date',
	'short_text',
	'long_text',
	'ranking'
] as const;

export const CONSENT_MODES = ['inform', 'confirm', 'confirm_with_email'] as const;
