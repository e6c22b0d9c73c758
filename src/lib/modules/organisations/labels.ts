// Message keys for the directory's codes, shared by the back-office and the public directory. The
// codes come from schema.ts; every key below exists in messages/admin.ts in every locale.
import type { MessageKey } from '../../i18n/index.ts';
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
