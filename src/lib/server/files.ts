// Uploaded files (documents, images and their resized variants) live in the core `files` table, so
// every instance of the platform sees the same files without a shared disk. Modules store and read
// them only through these functions and keep the returned id in their own tables.
import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { files } from './db/core-schema.ts';
import type { Database } from './db/client.ts';
import { isUuid } from './ids.ts';

/** What is known about a stored file without its bytes. */
export interface StoredFile {
	id: string;
	officeId: string;
	name: string;
	mime: string;
	size: number;
	/** Hex SHA-256 of the bytes: a strong ETag, and a way to spot the same upload twice. */
	sha256: string;
	createdAt: Date;
}

/** A stored file with its content. */
export interface FileWithBytes extends StoredFile {
	bytes: Uint8Array;
}

export interface StoreFileOptions {
	officeId: string;
	/** The file name shown to people (e.g. the uploaded name); never used as a path. */
	name: string;
	mime: string;
	bytes: Uint8Array;
}

const metadataColumns = {
	id: files.id,
	officeId: files.officeId,
	name: files.name,
	mime: files.mime,
	size: files.size,
	sha256: files.sha256,
	createdAt: files.createdAt
};

/** Stores a file for an office (call it with the command's transaction) and returns its record, without the bytes. */
export async function storeFile(db: Database, options: StoreFileOptions): Promise<StoredFile> {
	const [stored] = await db
		.insert(files)
		.values({
			officeId: options.officeId,
			name: options.name.slice(0, 255),
			mime: options.mime,
			size: options.bytes.length,
			sha256: createHash('sha256').update(options.bytes).digest('hex'),
			data: options.bytes
		})
		.returning(metadataColumns);
	return stored;
}

/** One file of an office with its bytes, or null when there is no such file in that office. */
export async function readFile(db: Database, officeId: string, fileId: string): Promise<FileWithBytes | null> {
	if (!isUuid(fileId)) return null;
	const [row] = await db
		.select({ ...metadataColumns, data: files.data })
		.from(files)
		.where(and(eq(files.id, fileId), eq(files.officeId, officeId)));
	if (!row) return null;
	const { data, ...file } = row;
	// Drivers hand bytea back as a Buffer (node-postgres) or a Uint8Array (PGlite): one type for callers.
	return { ...file, bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}

/** Deletes files of an office (e.g. when the record that owned them is deleted); unknown ids are ignored. */
export async function deleteFiles(db: Database, officeId: string, fileIds: readonly string[]): Promise<void> {
	const ids = fileIds.filter(isUuid);
	if (ids.length === 0) return;
	await db.delete(files).where(and(eq(files.officeId, officeId), inArray(files.id, ids)));
}
