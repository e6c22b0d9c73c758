// One audit record as a sentence in the reader's language and script (issue 13.7):
// "Јелена Петровић: објава — вест „Дан младих“", "Jelena Petrović published a news article “…”",
// with a link to the record where the back-office has a page for it. No code reaches the reader.
import type { I18n, MessageKey } from '../i18n/index.ts';
import { catalogue } from './messages.ts';

export interface AuditRow {
	action: string;
	actorLabel: string;
	entityType: string;
	entityId: string | null;
	details: unknown;
	/** The account's name when the record is an account. */
	subjectName?: string | null;
}

/** Action endings whose verb is not their last word. */
const VERB_OF_ENDING: Record<string, string> = {
	signed_in: 'signedIn',
	signed_out: 'signedOut',
	profile_saved: 'profileSaved',
	profile_cleared: 'profileCleared',
	signed_up: 'signedUp',
	checked_in: 'checkedIn',
	eventLinked: 'linked',
	actualRecorded: 'recorded',
	paper: 'recorded',
	progress: 'updated',
	promoted_by_staff: 'promoted',
	subject_looked_up: 'lookedUp',
	duplicate_dismissed: 'dismissed',
	logo_set: 'logoSet',
	registrants_messaged: 'messaged',
	logo_removed: 'logoRemoved',
	cover_set: 'coverSet',
	cover_removed: 'coverRemoved',
	signed_in_with_link: 'signedIn',
	sign_up_for_existing_account: 'signUpKnown',
	memberAdded: 'added',
	statementDeclared: 'declared',
	scoreSubmitted: 'submitted',
	applicationViewed: 'viewed',
	scanUploaded: 'uploaded',
	scanRead: 'opened',
	attachmentAdded: 'added',
	attachmentRemoved: 'removed',
	attachmentRead: 'opened',
	roundOpened: 'opened',
	scoreRevised: 'changed',
	spreadViewed: 'viewed'
};

/** The one action told in full: whose roles changed, from what to what. */
const ROLES_CHANGED = { action: 'accounts.roles_changed' }.action;

/** Back-office pages of records, by kind: the sentence links to the record when it has one. */
const RECORD_PAGES: Record<string, string> = {
	event: '/admin/events/',
	news_article: '/admin/news/',
	organisation: '/admin/organisations/',
	page: '/admin/pages/',
	survey: '/admin/surveys/',
	opportunity: '/admin/opportunities/',
	document: '/admin/documents/',
	user: '/admin/users/',
	action_plan: '/admin/action-plan/',
	volunteer_opportunity: '/admin/volunteering/',
	programme: '/admin/programmes/',
	media: '/admin/media/'
};

const known = (key: string): key is MessageKey => key in catalogue.en;

/** The message key of an action's verb ("news.article.published" → …verb.published). */
export function auditVerbKey(action: string): MessageKey {
	const ending = action.split('.').pop() ?? '';
	const verb = VERB_OF_ENDING[ending] ?? ending.split('_').pop() ?? '';
	const key = `system.audit.verb.${verb}`;
	return known(key) ? key : 'system.audit.verb.other';
}

/** The message key naming a kind of record. */
export function auditEntityKey(entityType: string): MessageKey {
	const key = `system.audit.entity.${entityType}`;
	return known(key) ? key : 'system.audit.entity.other';
}

/** The record's name as the details carry it (a title, a name, a subject), if any. */
export function recordName(details: Record<string, unknown>): string | null {
	for (const field of ['title', 'name', 'subject', 'fileName', 'email']) {
		const value = details[field];
		if (typeof value === 'string' && value.trim()) return value;
	}
	return null;
}

/** The person who acted, without their e-mail address. */
function actorName(label: string): string {
	return label.replace(/\s*<[^>]*>\s*$/, '').trim();
}

export function describeAuditEntry(entry: AuditRow, i18n: I18n): { sentence: string; href: string | null } {
	const details = (entry.details && typeof entry.details === 'object' ? entry.details : {}) as Record<string, unknown>;
	const who = actorName(entry.actorLabel) ? i18n.text(actorName(entry.actorLabel)) : i18n.t('system.audit.someone');
	const href =
		entry.entityId && RECORD_PAGES[entry.entityType]
			? i18n.href(RECORD_PAGES[entry.entityType] + entry.entityId)
			: null;
	if (entry.action === ROLES_CHANGED) {
		const roles = (value: unknown) => {
			const list = Array.isArray(value) ? value.map(String) : [];
			return list.length === 0
				? i18n.t('system.audit.noRoles')
				: list
						.map((role) => (known(`accounts.role.${role}`) ? i18n.t(`accounts.role.${role}` as MessageKey) : role))
						.join(', ');
		};
		return {
			sentence: i18n.t('system.audit.rolesChanged', {
				who,
				name: entry.subjectName
					? i18n.text(entry.subjectName)
					: (recordName(details) ?? i18n.t(auditEntityKey('user'))),
				before: roles(details.before),
				after: roles(details.after)
			}),
			href
		};
	}
	const name = entry.subjectName ?? recordName(details);
	const params = { who, verb: i18n.t(auditVerbKey(entry.action)), entity: i18n.t(auditEntityKey(entry.entityType)) };
	return {
		sentence: name
			? i18n.t('system.audit.sentenceNamed', { ...params, name: i18n.text(name) })
			: i18n.t('system.audit.sentence', params),
		href
	};
}

/** What one person did, in a log of their own actions ("Пријава на налог — налог", "Signed in to an account"): no actor, no code. */
export function describeAction(
	entry: { action: string; entityType: string; name?: string | null },
	i18n: I18n
): string {
	const params = { verb: i18n.t(auditVerbKey(entry.action)), entity: i18n.t(auditEntityKey(entry.entityType)) };
	const sentence = entry.name
		? i18n.t('system.audit.actionNamed', { ...params, name: i18n.text(entry.name) })
		: i18n.t('system.audit.action', params);
	return sentence.charAt(0).toLocaleUpperCase(i18n.locale) + sentence.slice(1);
}
