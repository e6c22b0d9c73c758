import type { MessageDefinitions } from './translate.ts';

/** Declares a module's messages, keeping their literal keys for type-checked lookups. */
export function defineMessages<const T extends MessageDefinitions>(definitions: T): T {
	return definitions;
}
