// Choices of the participation records, safe to import in the browser (schema.ts is server-only).

export const PARTICIPATION_GENDERS = ['female', 'male', 'other', 'unstated'] as const;
export type ParticipationGender = (typeof PARTICIPATION_GENDERS)[number];

export const INITIATIVE_STATUSES = [
	'submitted',
	'rejected',
	'published',
	'under_consideration',
	'accepted',
	'partly_accepted',
	'not_accepted',
	'in_progress',
	'done'
] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export const REJECTION_REASONS = ['duplicate', 'offensive', 'personal_data', 'not_local', 'unclear', 'other'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const HIDING_REASONS = ['offensive', 'personal_data', 'spam', 'off_topic', 'other'] as const;
export type HidingReason = (typeof HIDING_REASONS)[number];

export const POLL_AUDIENCES = ['everyone', 'signed_in', 'young'] as const;
export type PollAudience = (typeof POLL_AUDIENCES)[number];

export const BUDGET_RULES = ['within_amount', 'approve_up_to'] as const;
export type BudgetRule = (typeof BUDGET_RULES)[number];

export const FEASIBILITY = ['pending', 'feasible', 'not_feasible'] as const;
export type Feasibility = (typeof FEASIBILITY)[number];
