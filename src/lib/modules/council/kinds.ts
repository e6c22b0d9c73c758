// The council's fixed choices, shared by the schema, the inputs and the browser (no server imports).

export const BODY_KINDS = ['council', 'parliament', 'working_group'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const MEMBER_ROLES = ['president', 'deputy', 'secretary', 'member', 'delegate'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const REPRESENTS_KINDS = ['organisation', 'school', 'institution', 'self'] as const;
export type RepresentsKind = (typeof REPRESENTS_KINDS)[number];

export const SESSION_STATUSES = ['planned', 'invited', 'held', 'minutes_approved', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const MINUTES_STATUSES = ['none', 'draft', 'sent', 'approved'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

export const AGENDA_KINDS = ['information', 'discussion', 'decision', 'vote'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export const INVITATION_ANSWERS = ['pending', 'coming', 'not_coming'] as const;
export type InvitationAnswer = (typeof INVITATION_ANSWERS)[number];

export const DECISION_STATUSES = ['adopted', 'in_progress', 'carried_out', 'not_carried_out'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** How a member voted, when the body records votes by name. */
export const NAMED_VOTES = ['for', 'against', 'abstained'] as const;
export type NamedVote = (typeof NAMED_VOTES)[number];
