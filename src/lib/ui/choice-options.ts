/** The states a draft-or-published record offers in its form, in the order staff choose them. */
export const PUBLICATION_STATES = ['draft', 'published'] as const;
export type PublicationState = (typeof PUBLICATION_STATES)[number];

/** A ChoiceField's (or SelectField's) options for a list of codes, each with its words. */
export function optionsOf<T extends string>(
	values: readonly T[],
	labelOf: (value: T) => string
): { value: T; label: string }[] {
	return values.map((value) => ({ value, label: labelOf(value) }));
}

/**
 * The publication radios of a form (article, opportunity, call): draft or published, with the module's
 * own words for each, and the kept or stored value chosen. Anything but `published` reads as a draft, so
 * a form never opens with neither radio chosen.
 */
export function publicationChoice(current: unknown, labels: Readonly<Record<PublicationState, string>>) {
	return {
		options: optionsOf(PUBLICATION_STATES, (state) => labels[state]),
		selected: [current === 'published' ? 'published' : 'draft'] as PublicationState[]
	};
}
