import { instantToBelgrade } from '../../i18n/office-time.ts';
import type { EventQuestion, EventStatus, EventType, RegistrationMode } from './schema.ts';

/** Blank session rows offered below the filled ones, so a few can be typed without JavaScript. */
export const BLANK_SESSION_ROWS = 2;

/** What the back-office event form starts from: texts as stored, dates and times as Belgrade's clock shows them. */
export type EventFormValues = Record<string, string | string[]>;

interface StoredEvent {
	programmeId: string | null;
	type: EventType;
	title: string;
	titleEn: string;
	summary: string;
	summaryEn: string;
	body: string;
	bodyEn: string;
	placeName: string;
	address: string;
	room: string;
	onlineUrl: string;
	minAge: number | null;
	maxAge: number | null;
	capacity: number | null;
	registrationMode: RegistrationMode;
	registrationOpensAt: Date | null;
	registrationClosesAt: Date | null;
	questions: EventQuestion[];
	accessibility: string;
	accessibilityEn: string;
	partners: string;
	coverMediaId: string | null;
	status: EventStatus;
	sessions: { id: string; startsAt: Date; endsAt: Date; title: string }[];
}

const split = (instant: Date | null) => (instant ? instantToBelgrade(instant) : { date: '', time: '' });

/** The form's values for a stored event, or for a new one in an office with the given youth age range. */
export function eventFormValuesOf(
	stored: StoredEvent | null,
	youthAges: { min: number; max: number }
): EventFormValues {
	const opens = split(stored?.registrationOpensAt ?? null);
	const closes = split(stored?.registrationClosesAt ?? null);
	const sessions = stored?.sessions ?? [];
	const blank = Array.from({ length: sessions.length === 0 ? BLANK_SESSION_ROWS + 1 : BLANK_SESSION_ROWS }, () => '');
	const questions = stored?.questions ?? [];
	return {
		programmeId: stored?.programmeId ?? '',
		type: stored?.type ?? '',
		title: stored?.title ?? '',
		titleEn: stored?.titleEn ?? '',
		summary: stored?.summary ?? '',
		summaryEn: stored?.summaryEn ?? '',
		body: stored?.body ?? '',
		bodyEn: stored?.bodyEn ?? '',
		placeName: stored?.placeName ?? '',
		address: stored?.address ?? '',
		room: stored?.room ?? '',
		onlineUrl: stored?.onlineUrl ?? '',
		minAge: String(stored ? (stored.minAge ?? '') : youthAges.min),
		maxAge: String(stored ? (stored.maxAge ?? '') : youthAges.max),
		capacity: stored?.capacity?.toString() ?? '',
		registrationMode: stored?.registrationMode ?? 'open',
		registrationOpensDate: opens.date,
		registrationOpensTime: opens.time,
		registrationClosesDate: closes.date,
		registrationClosesTime: closes.time,
		accessibility: stored?.accessibility ?? '',
		accessibilityEn: stored?.accessibilityEn ?? '',
		partners: stored?.partners ?? '',
		coverMediaId: stored?.coverMediaId ?? '',
		status: stored?.status === 'published' ? 'published' : 'draft',
		sessionId: [...sessions.map((session) => session.id), ...blank],
		sessionDate: [...sessions.map((session) => instantToBelgrade(session.startsAt).date), ...blank],
		sessionFrom: [...sessions.map((session) => instantToBelgrade(session.startsAt).time), ...blank],
		sessionTo: [...sessions.map((session) => instantToBelgrade(session.endsAt).time), ...blank],
		sessionTitle: [...sessions.map((session) => session.title), ...blank],
		questionId: [...questions.map((question) => question.id), ''],
		questionKind: [...questions.map((question) => question.kind), 'text'],
		questionLabel: [...questions.map((question) => question.label), ''],
		questionLabelEn: [...questions.map((question) => question.labelEn), ''],
		questionRequired: questions.flatMap((question, index) => (question.required ? [String(index)] : [])),
		questionOptions: [...questions.map((question) => question.options.map((option) => option.label).join('\n')), ''],
		questionOptionsEn: [
			...questions.map((question) => question.options.map((option) => option.labelEn).join('\n')),
			''
		],
		questionOptionIds: [...questions.map((question) => question.options.map((option) => option.id).join(',')), '']
	};
}
