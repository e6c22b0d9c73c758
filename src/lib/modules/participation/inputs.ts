// What the participation forms send, checked and turned into typed values (shared with the browser).
import * as v from 'valibot';
import { checkbox, optionalText, requiredText, rowsOf } from '../../validation.ts';
import type { FieldErrors } from '../../server/errors.ts';
import type { InformalGroupMember } from '../../rules/informal-group.ts';
import { encodeMessage } from '../../i18n/index.ts';
import { isDateText, belgradeToInstant } from '../../i18n/office-time.ts';
import {
	BUDGET_RULES,
	PARTICIPATION_GENDERS,
	HIDING_REASONS,
	INITIATIVE_STATUSES,
	POLL_AUDIENCES,
	REJECTION_REASONS
} from './constants.ts';

const m = encodeMessage;

const oneOf = <T extends string>(values: readonly T[]) =>
	v.pipe(
		v.string(m('validation.required')),
		v.check((value) => (values as readonly string[]).includes(value), m('participation.error.choice')),
		v.transform((value) => value as T)
	);

/** Images an author may add to an initiative or a budget project. */
export const MAX_IMAGES = 3;
/** Members an informal group may list on one initiative. */
export const MAX_GROUP_MEMBERS = 30;

/** Ids of images already uploaded with the form (hidden `imageIds` fields, see takeContributedImages). */
const imageIds = () =>
	v.pipe(
		v.optional(v.union([v.string(), v.array(v.string())]), []),
		v.transform((value) => (Array.isArray(value) ? value : value ? [value] : [])),
		v.check((ids) => ids.every((id) => /^[0-9a-f-]{36}$/i.test(id)), m('validation.invalid')),
		v.maxLength(MAX_IMAGES, m('media.error.tooMany', { max: MAX_IMAGES }))
	);

const uuidText = () => v.pipe(v.string(m('validation.required')), v.trim(), v.uuid(m('validation.invalid')));

/** A whole number of dinars: "120000", "120.000" or "120 000". */
const dinars = (max = 1_000_000_000) =>
	v.pipe(
		v.string(m('validation.required')),
		v.trim(),
		v.nonEmpty(m('validation.required')),
		v.transform((value) => value.replace(/[\s.]/g, '')),
		v.regex(/^\d{1,12}$/, m('validation.integer')),
		v.transform(Number),
		v.minValue(1, m('validation.integer')),
		v.maxValue(max, m('validation.integer'))
	);

const wholeNumber = (min: number, max: number) =>
	v.pipe(
		v.string(m('validation.required')),
		v.trim(),
		v.regex(/^\d{1,6}$/, m('validation.integer')),
		v.transform(Number),
		v.minValue(min, m('participation.error.between', { min, max })),
		v.maxValue(max, m('participation.error.between', { min, max }))
	);

const dateField = () =>
	v.pipe(
		v.string(m('validation.required')),
		v.trim(),
		v.check(isDateText, m('participation.error.date')),
		v.transform((value) => belgradeToInstant(value, '00:00'))
	);

/** The year of birth and gender asked the first time they are needed. */
export const profileInput = v.object({
	birthYear: wholeNumber(1900, 2100),
	gender: v.optional(oneOf(PARTICIPATION_GENDERS), 'unstated')
});
export type ProfileInput = v.InferOutput<typeof profileInput>;

/** An initiative as its author writes it. */
export const initiativeInput = v.object({
	title: requiredText(150),
	problem: v.pipe(requiredText(3000)),
	proposal: requiredText(3000),
	audience: optionalText(300),
	place: optionalText(200),
	categoryId: v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((value) => value === '' || /^[0-9a-f-]{36}$/i.test(value), m('participation.error.choice'))
	),
	groupName: optionalText(150),
	showAuthorName: checkbox(),
	follow: checkbox(),
	imageIds: imageIds()
});
export type InitiativeInput = v.InferOutput<typeof initiativeInput> & {
	/** The informal group's members, read by readGroupMembers (none for a single author). */
	groupMembers?: InformalGroupMember[];
};

/**
 * The informal group's members from the RowEditor rows `members[<i>].name` / `members[<i>].birthYear`:
 * blank rows and rows ticked for removal are dropped, a half-filled row is an error on its field.
 */
export function readGroupMembers(values: Record<string, string | string[]>): {
	members: InformalGroupMember[];
	errors: FieldErrors;
} {
	const members: InformalGroupMember[] = [];
	const errors: FieldErrors = {};
	for (const row of rowsOf(values, 'members').slice(0, MAX_GROUP_MEMBERS)) {
		if (row.remove || (!row.name && !row.birthYear)) continue;
		const prefix = `members[${row.index}]`;
		if (!row.name) errors[`${prefix}.name`] = m('validation.required');
		else if (row.name.length > 200) errors[`${prefix}.name`] = m('validation.tooLong', { max: 200 });
		const year = Number(row.birthYear);
		if (!/^\d{4}$/.test(row.birthYear ?? '') || year < 1900 || year > 2100)
			errors[`${prefix}.birthYear`] = m('participation.error.memberBirthYear');
		members.push({ name: row.name, birthYear: year });
	}
	return { members, errors };
}

/** Staff's moderation of a submitted initiative. */
export const moderationInput = v.variant('decision', [
	v.object({ decision: v.literal('publish') }),
	v.object({
		decision: v.literal('reject'),
		reason: oneOf(REJECTION_REASONS),
		note: optionalText(1000)
	})
]);
export type ModerationInput = v.InferOutput<typeof moderationInput>;

/** Staff hide a published initiative or comment, with a reason the public sees. */
export const hideInput = v.object({
	reason: oneOf(HIDING_REASONS),
	commentId: v.optional(v.string(), '')
});

/** A signed-in user's report. */
export const reportInput = v.object({
	reason: oneOf(HIDING_REASONS),
	note: optionalText(500),
	commentId: v.optional(v.string(), '')
});

/** The office's answer and status. */
export const answerInput = v.object({
	status: oneOf(INITIATIVE_STATUSES.filter((status) => status !== 'submitted' && status !== 'rejected')),
	answer: optionalText(5000),
	answerEn: optionalText(5000),
	linkedLabel: optionalText(200),
	linkedPath: v.pipe(
		optionalText(300),
		v.check((value) => value === '' || /^\/[^\s]*$/.test(value), m('participation.error.path'))
	)
});
export type AnswerInput = v.InferOutput<typeof answerInput>;

/** A comment or a reply. */
export const commentInput = v.object({
	body: requiredText(2000),
	parentId: v.optional(v.string(), '')
});

/** The office's participation settings. */
export const settingsInput = v.object({
	preModeration: checkbox(),
	supportThreshold: wholeNumber(1, 100000),
	answerDays: wholeNumber(1, 365),
	groupMinMembers: wholeNumber(1, 50)
});

/** The longest answer a poll may offer (one line of the options field). */
export const MAX_POLL_OPTION = 200;

/** The options field's lines, trimmed, blank ones dropped. */
const toLines = () =>
	v.transform((value: string) =>
		value
			.split('\n')
			.map((line) => line.trim())
			.filter(Boolean)
	);

/** Refuses a line over MAX_POLL_OPTION characters. */
const shortLines = () =>
	v.check(
		(lines: string[]) => lines.every((line) => line.length <= MAX_POLL_OPTION),
		m('participation.error.pollOptionTooLong', { max: MAX_POLL_OPTION })
	);

/** A quick poll. */
export const pollInput = v.pipe(
	v.object({
		question: requiredText(300),
		questionEn: optionalText(300),
		options: v.pipe(
			v.string(m('validation.required')),
			toLines(),
			shortLines(),
			v.minLength(2, m('participation.error.pollOptions')),
			v.maxLength(10, m('participation.error.pollOptions'))
		),
		optionsEn: v.pipe(
			v.optional(v.string(), ''),
			toLines(),
			shortLines(),
			v.maxLength(10, m('participation.error.pollOptions'))
		),
		isMultiple: checkbox(),
		audience: oneOf(POLL_AUDIENCES),
		resultsAfterVote: checkbox(),
		opensAt: dateField(),
		closesAt: dateField()
	}),
	v.forward(
		v.check((input) => input.closesAt.getTime() > input.opensAt.getTime(), m('participation.error.dateOrder')),
		['closesAt']
	)
);
export type PollInput = v.InferOutput<typeof pollInput>;

/** A budget round with its phases. */
export const roundInput = v.pipe(
	v.object({
		title: requiredText(200),
		titleEn: optionalText(200),
		description: optionalText(3000),
		amount: dinars(),
		rule: oneOf(BUDGET_RULES),
		maxChoices: v.pipe(
			v.optional(v.string(), ''),
			v.trim(),
			v.check((value) => value === '' || /^\d{1,2}$/.test(value), m('validation.integer')),
			v.transform((value) => (value === '' ? null : Number(value)))
		),
		requiresCode: checkbox(),
		proposalsFrom: dateField(),
		reviewFrom: dateField(),
		votingFrom: dateField(),
		resultsFrom: dateField(),
		implementationFrom: dateField()
	}),
	v.forward(
		v.check(
			(input) =>
				input.proposalsFrom < input.reviewFrom &&
				input.reviewFrom < input.votingFrom &&
				input.votingFrom < input.resultsFrom &&
				input.resultsFrom <= input.implementationFrom,
			m('participation.error.dateOrder')
		),
		['resultsFrom']
	)
);
export type RoundInput = v.InferOutput<typeof roundInput>;

/** A project proposed by a young person. */
export const projectInput = v.object({
	title: requiredText(150),
	description: requiredText(3000),
	estimatedCost: dinars(),
	imageIds: imageIds()
});
export type ProjectInput = v.InferOutput<typeof projectInput>;

/** Staff's feasibility review of a project. */
export const reviewInput = v.object({
	feasibility: oneOf(['feasible', 'not_feasible'] as const),
	finalCost: dinars(),
	reason: optionalText(1000)
});

/** Progress of carrying out a winning project. */
export const progressInput = v.object({
	progress: wholeNumber(0, 100),
	note: optionalText(1000)
});

/** A ballot: the chosen projects (checkboxes named `projects`) and, when the round asks for one, the invitation code. */
export const ballotInput = v.object({
	projects: v.pipe(v.array(uuidText()), v.maxLength(50, m('validation.invalid'))),
	code: optionalText(20)
});

/** A sheet of one-time voting codes for a batch (a school class). */
export const budgetCodesInput = v.object({
	batch: requiredText(120),
	count: wholeNumber(1, 500)
});
export type BudgetCodesInput = v.InferOutput<typeof budgetCodesInput>;

/** A category of initiatives as staff name it. */
export const categoryInput = v.object({
	name: requiredText(120),
	nameEn: optionalText(120)
});
export type CategoryInput = v.InferOutput<typeof categoryInput>;

/** A poll vote: the chosen options (`choices`). */
export const voteInput = v.object({
	choices: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9]{1,12}$/))), v.maxLength(10))
});
