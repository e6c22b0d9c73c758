import type { Database } from './db/client.ts';
import type { Actor } from './actor.ts';
import type { Role } from './db/core-schema.ts';

/** A demo account printed in the console when the demo office is loaded. */
export interface DemoAccount {
	role: Role;
	email: string;
	password: string;
}

export interface AdminNavEntry {
	/** Path without locale prefix, e.g. '/admin/users'. */
	href: string;
	/** Message key of the link text. */
	labelKey: string;
	/** Whether this actor sees the entry; the route re-checks, so this is only for navigation. */
	isVisibleTo: (actor: Actor) => boolean;
	order: number;
}

/** One search result, from whichever module owns the record. */
export interface SearchHit {
	/** Message key naming the kind of result (e.g. 'news.kind'). */
	kindKey: string;
	title: string;
	titleEn: string;
	summary: string;
	summaryEn: string;
	/** Path without locale prefix. */
	path: string;
	rank: number;
	date: Date | null;
}

/** A public address for the sitemap. */
export interface SitemapEntry {
	path: string;
	updatedAt: Date | null;
}

/** A place in the back-office that shows an image of the media library. */
export interface MediaUse {
	/** Message key naming the kind of place (e.g. 'news.kind'). */
	kindKey: string;
	title: string;
	/** Admin path of the place, without locale prefix (where staff remove the image). */
	path: string;
}

/**
 * Work done in the background on a schedule (reminders, promotions from a waitlist). Every
 * instance runs it, so `run` must be safe to run concurrently: claim rows with
 * `FOR UPDATE SKIP LOCKED` or mark them in the same statement that selects them.
 */
export interface ScheduledJob {
	name: string;
	everyMs: number;
	/** Does what is due at `now`; returns how many things it did (for logs and tests). */
	run: (db: Database, now: Date) => Promise<number>;
}

/** How a capability registers with the core (as Decidim components do). */
export interface ModuleManifest {
	name: string;
	adminNav?: AdminNavEntry[];
	/** Loads this module's demo content into the demo office. */
	seedDemo?: (db: Database, officeId: string) => Promise<DemoAccount[] | void>;
	/** Removes what seedDemo created, keeping the account given (the person removing the demo). */
	removeDemo?: (db: Database, officeId: string, keepUserId: string | null) => Promise<void>;
	/** Public records matching a search (query already folded with searchKey()). */
	search?: (db: Database, officeId: string, query: string, limit: number) => Promise<SearchHit[]>;
	/** Public addresses for sitemap.xml. */
	sitemap?: (db: Database, officeId: string) => Promise<SitemapEntry[]>;
	/** Where this module shows a media library image (drafts too); deleting the image is refused while any do. */
	mediaUsage?: (db: Database, officeId: string, mediaId: string) => Promise<MediaUse[]>;
	/** Background jobs, started with the platform (on the embedded database too). */
	jobs?: ScheduledJob[];
}
