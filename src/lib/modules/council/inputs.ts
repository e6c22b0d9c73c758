import * as v from 'valibot';
import { checkbox, optionalText, optionalUrl, requiredText, optionalEmail } from '../../validation.ts';
import { encodeMessage, type MessageKey } from '../../i18n/index.ts';
import { isDateText, parseBelgradeDateTime } from '../../i18n/office-time.ts';
import { isUuid } from '../../server/ids.ts';
import {
	AGENDA_KINDS,
	BODY_KINDS,
	DECISION_STATUSES,
	MEMBER_ROLES,
	NAMED_VOTES,
	REPRESENTS_KINDS,
	type NamedVote
} from './kinds.ts';

const m = (key: MessageKey, params?: Record<string, string | number>) => encodeMessage(key, params);

const id = () => v.pipe(v.string(m('validation.invalid')), v.check(isUuid, m('validation.invalid')));
const optionalId = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((value) => value === '' || isUuid(value), m('validation.invalid')),
		v.transform((value) => (value === '' ? null : value))
	);
const choice = <const T extends readonly string[]>(values: T) => v.picklist(values, m('validation.invalid'));
const requiredDate = () =>
	v.pipe(
		v.string(m('validation.required')),
		v.trim(),
		v.nonEmpty(m('validation.required')),
		v.check(isDateText, m('council.error.date'))
	);
const optionalDate = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((value) => value === '' || isDateText(value), m('council.error.date')),
		v.transform((value) => (value === '' ? null : value))
	);
const count = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((value) => value === '' || /^\d{1,4}$/.test(value), m('validation.integer')),
		v.transform((value) => (value === '' ? null : Number(value)))
	);
const percent = () =>
	v.pipe(
		v.string(m('validation.required')),
		v.trim(),
		v.regex(/^\d{1,3}$/, m('validation.integer')),
		v.transform(Number),
		v.minValue(0, m('council.error.percent')),
		v.maxValue(100, m('council.error.percent'))
	);
const dateTime = () =>
	v.pipe(
		v.string(m('validation.required')),
		v.trim(),
		v.nonEmpty(m('validation.required')),
		v.check((value) => parseBelgradeDateTime(value) !== null, m('council.error.dateTime')),
		v.transform((value) => parseBelgradeDateTime(value)!)
	);

/** A body: the council, the parliament or a working group. */
export const bodyInput = v.object({
	name: requiredText(200),
	nameEn: optionalText(200),
	kind: choice(BODY_KINDS),
	description: optionalText(5000),
	descriptionEn: optionalText(5000),
	foundingDocumentId: optionalId(),
	minYouthSharePercent: percent(),
	quorumPercent: percent(),
	publicContact: optionalText(300),
	isPublic: checkbox(),
	showPastMembers: checkbox(),
	namedVotes: checkbox()
});
export type BodyInput = v.InferOutput<typeof bodyInput>;

/** A member's mandate; the mandate cannot end before it starts. */
export const memberInput = v.pipe(
	v.object({
		bodyId: id(),
		name: requiredText(200),
		email: optionalEmail(),
		phone: optionalText(50),
		role: choice(MEMBER_ROLES),
		representsKind: choice(REPRESENTS_KINDS),
		representsName: optionalText(200),
		birthYear: v.pipe(
			v.string(m('validation.required')),
			v.trim(),
			v.regex(/^\d{4}$/, m('council.error.birthYear')),
			v.transform(Number),
			v.minValue(1900, m('council.error.birthYear')),
			v.maxValue(2100, m('council.error.birthYear'))
		),
		mandateFrom: requiredDate(),
		mandateTo: optionalDate(),
		chosenHow: optionalText(300),
		showName: checkbox()
	}),
	v.forward(
		v.check(
			(input) => input.mandateTo === null || input.mandateTo >= input.mandateFrom,
			m('council.error.mandateEndsBeforeStart')
		),
		['mandateTo']
	)
);
export type MemberInput = v.InferOutput<typeof memberInput>;

/** Ending a member's mandate (they leave; their history stays). */
export const endMandateInput = v.object({ memberId: id(), mandateTo: requiredDate() });

/** A session: when and where. A new session is planned, so it must lie ahead. */
export const sessionInput = v.pipe(
	v.object({
		bodyId: id(),
		startsAt: dateTime(),
		endsAt: dateTime(),
		place: optionalText(300),
		onlineUrl: optionalUrl(),
		guests: optionalText(1000)
	}),
	v.forward(
		v.check((input) => input.endsAt > input.startsAt, m('council.error.endsBeforeStart')),
		['endsAt']
	)
);
export type SessionInput = v.InferOutput<typeof sessionInput>;

/** An agenda item. */
export const agendaItemInput = v.object({
	sessionId: id(),
	title: requiredText(300),
	titleEn: optionalText(300),
	presenter: optionalText(200),
	kind: choice(AGENDA_KINDS),
	materialDocumentId: optionalId(),
	materialUrl: optionalUrl()
});
export type AgendaItemInput = v.InferOutput<typeof agendaItemInput>;

export const sessionIdInput = v.object({ sessionId: id() });

/** Calling a session off: the reason goes to the invited members and onto the public page. */
export const cancelSessionInput = v.object({ sessionId: id(), reason: requiredText(1000) });
export type CancelSessionInput = v.InferOutput<typeof cancelSessionInput>;

/** A member's answer to an invitation. */
export const answerInput = v.object({ answer: choice(['coming', 'not_coming'] as const) });

/** Who came to the session (ticked boxes hold member ids). */
export const attendanceInput = v.object({
	sessionId: id(),
	present: v.array(id())
});

const namedVotePattern = new RegExp(
	`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:(${NAMED_VOTES.join('|')})?$`,
	'i'
);

/** What was said and decided on one agenda item. */
export const agendaOutcomeInput = v.object({
	itemId: id(),
	discussion: optionalText(10000),
	votesFor: count(),
	votesAgainst: count(),
	votesAbstained: count(),
	decisionTitle: optionalText(300),
	decisionText: optionalText(5000),
	responsible: optionalText(200),
	responsibleMemberId: optionalId(),
	deadline: optionalDate(),
	/**
	 * Named votes, one select per member present, each sending `memberId:vote` (`memberId:` for no vote).
	 * Only bodies that vote by name show them; the totals are then counted from them.
	 */
	namedVote: v.pipe(
		v.optional(v.array(v.string(m('validation.invalid'))), []),
		v.check((values) => values.every((value) => namedVotePattern.test(value)), m('validation.invalid')),
		v.transform((values) =>
			values.flatMap((value) => {
				const [memberId, vote] = value.split(':');
				return vote ? [{ memberId, vote: vote as NamedVote }] : [];
			})
		)
	)
});
export type AgendaOutcomeInput = v.InferOutput<typeof agendaOutcomeInput>;

/** The minutes' text as edited by staff. */
export const minutesInput = v.object({ sessionId: id(), minutesHtml: optionalText(200000) });

/** A member's comment on draft minutes. */
export const minutesCommentInput = v.object({ sessionId: id(), text: requiredText(5000) });

/** Approving minutes at a later session. */
export const approveMinutesInput = v.object({ sessionId: id() });

/** A choice of the action plan picker: `measureId:` or `measureId:activityId` (empty: no link). */
const planLink = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((value) => {
			if (value === '') return true;
			const [measure, activity, ...rest] = value.split(':');
			return rest.length === 0 && isUuid(measure) && (activity === undefined || activity === '' || isUuid(activity));
		}, m('validation.invalid')),
		v.transform((value) => {
			const [measure, activity] = value.split(':');
			return { measureId: measure || null, activityId: activity || null };
		})
	);

/** A decision's follow-up, and what it is linked to (a plan measure or activity, an event, an initiative). */
export const decisionStatusInput = v.pipe(
	v.object({
		decisionId: id(),
		status: choice(DECISION_STATUSES),
		statusNote: optionalText(2000),
		planLink: planLink(),
		eventId: optionalId(),
		initiativeId: optionalId()
	}),
	v.transform(({ planLink: link, ...rest }) => ({ ...rest, ...link }))
);
export type DecisionStatusInput = v.InferOutput<typeof decisionStatusInput>;

/** The date the body's page checks the age rule at (today when missing or wrong). */
export function ageRuleDateParam(value: string | null, today: string): string {
	return value && isDateText(value) ? value : today;
}
