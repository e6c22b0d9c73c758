import type { Actor } from '#lib/server/actor.ts';
import type { Office } from '#lib/server/office.ts';
import type { Locale } from '#lib/i18n/locale.ts';

declare global {
	namespace App {
		interface Error {
			/** A message key (translated by the error page). */
			message: string;
		}
		interface Locals {
			locale: Locale;
			office: Office | null;
			actor: Actor | null;
			/** The earliest moment this page's content changes by itself (the page cache keeps it no longer). */
			contentChangesAt?: Date;
		}
	}
}

export {};
