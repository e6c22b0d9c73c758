// Message keys for the directory's codes, shared by the back-office and the public directory. The
// codes come from schema.ts; every key below exists in messages/admin.ts in every locale.
import { languageOfField, type I18n, type MessageKey } from '../../i18n/index.ts';
import type {
	AgreementKind,
	ListingStatus,
	OrganisationStatus,
	OrganisationType,
	PublicField,
	TargetGroup,
	WorkArea
} from './schema.ts';

export type ContactChannel = 'meeting' | 'phone' | 'email' | 'other';
export const CONTACT_CHANNELS: readonly ContactChannel[] = ['meeting', 'phone', 'email', 'other'];
export type ActivityRole = 'responsible' | 'co_implementer';
export const ACTIVITY_ROLES: readonly ActivityRole[] = ['responsible', 'co_implementer'];

/** The label of an organisation type, e.g. "Удружење младих". */
export function typeLabelKey(type: OrganisationType): MessageKey {
	return `organisations.type.${type}` as MessageKey;
}

/** The label of an area of work (the national youth strategy's areas). */
export function areaLabelKey(area: WorkArea): MessageKey {
	return `organisations.area.${area}` as MessageKey;
}

/** The label of a target group. */
export function targetLabelKey(target: TargetGroup): MessageKey {
	return `organisations.target.${target}` as MessageKey;
}

/** The label of an activity status (active, inactive, dissolved). */
export function statusLabelKey(status: OrganisationStatus): MessageKey {
	return `organisations.status.${status}` as MessageKey;
}

/** The label of a listing state (listed, pending, hidden, rejected). */
export function listingLabelKey(listing: ListingStatus): MessageKey {
	return `organisations.listing.${listing}` as MessageKey;
}

/** The label of an optional field an organisation may make public. */
export function publicFieldLabelKey(field: PublicField): MessageKey {
	return `organisations.publicField.${field}` as MessageKey;
}

/** The label of a kind of partnership agreement. */
export function agreementKindLabelKey(kind: AgreementKind): MessageKey {
	return `organisations.partnership.kind.${kind}` as MessageKey;
}

/** The label of a contact channel (meeting, phone, e-mail, other). */
export function channelLabelKey(channel: ContactChannel): MessageKey {
	return `organisations.partnership.channel.${channel}` as MessageKey;
}

/** The label of an organisation's role in an action-plan activity. */
export function activityRoleLabelKey(role: ActivityRole): MessageKey {
	return `organisations.partnership.role.${role}` as MessageKey;
}

const FIELD_LABELS: Record<string, MessageKey> = {
	logoMediaId: 'organisations.form.logo',
	confirmedAt: 'organisations.admin.columnConfirmed',
	contact: 'organisations.contacts.title',
	groupMembers: 'organisations.group.title',
	mergedFrom: 'organisations.merge.heading',
	agreement: 'organisations.partnership.agreements',
	event: 'organisations.partnership.events',
	activity: 'organisations.partnership.activities'
};

/** The label of a field in the change history and the merge tool (e.g. "Назив" for `name`). */
export function fieldLabelKey(field: string): MessageKey {
	return FIELD_LABELS[field] ?? (`organisations.form.${field}` as MessageKey);
}

/**
 * A field's value as people read it on the merge and review screens: codes by their labels, dates
 * and yes/no in words, English text as typed, Serbian text in the reader's script.
 */
export function fieldValueText(i18n: I18n, field: string, value: unknown): string {
	if (value === null || value === undefined || value === '') return '—';
	if (value instanceof Date) return i18n.formatDate(value, { dateStyle: 'medium' });
	if (typeof value === 'boolean') return i18n.t(value ? 'organisations.value.yes' : 'organisations.value.no');
	const code = (item: string): string => {
		switch (field) {
			case 'type':
				return i18n.t(typeLabelKey(item as OrganisationType));
			case 'areas':
				return i18n.t(areaLabelKey(item as WorkArea));
			case 'targetGroups':
				return i18n.t(targetLabelKey(item as TargetGroup));
			case 'status':
				return i18n.t(statusLabelKey(item as OrganisationStatus));
			case 'listing':
				return i18n.t(listingLabelKey(item as ListingStatus));
			case 'publicFields':
				return i18n.t(publicFieldLabelKey(item as PublicField));
			default:
				return i18n.textIn(item, languageOfField(field));
		}
	};
	if (Array.isArray(value))
		return (
			value
				.map((item) =>
					typeof item === 'object' && item ? String((item as { url?: string }).url ?? '') : code(String(item))
				)
				.join(', ') || '—'
		);
	return code(String(value));
}
