// PDFs in the public library must not carry anything a reader's viewer would run (issue 14.6): the
// file is parsed with pdf-lib (a maintained PDF library, not a hand parser) and every script, launch
// or form-submission action, automatic action and embedded file is removed before it is stored.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, type PDFObject } from 'pdf-lib';
import { AppError } from '../errors.ts';

/** Keys that hold scripts, automatic actions, embedded files or XFA forms, wherever they appear. */
const ACTIVE_KEYS = ['JS', 'JavaScript', 'AA', 'OpenAction', 'EmbeddedFiles', 'XFA', 'RichMedia'].map((key) =>
	PDFName.of(key)
);
/** Action types that run code, start programs or send data out. */
const ACTIVE_ACTIONS = new Set([
	'/JavaScript',
	'/Launch',
	'/SubmitForm',
	'/ImportData',
	'/Rendition',
	'/RichMediaExecute'
]);
const ACTION = PDFName.of('A');
const ACTION_TYPE = PDFName.of('S');
const NEXT = PDFName.of('Next');

function isActiveAction(object: PDFObject | undefined, document: PDFDocument): boolean {
	const action = object instanceof PDFRef ? document.context.lookup(object) : object;
	return action instanceof PDFDict && ACTIVE_ACTIONS.has(String(action.get(ACTION_TYPE)));
}

/** Removes active content from one dictionary; returns how many things were removed. */
function cleanDictionary(dict: PDFDict, document: PDFDocument): number {
	let removed = 0;
	for (const key of ACTIVE_KEYS) {
		if (dict.has(key)) {
			dict.delete(key);
			removed++;
		}
	}
	for (const key of [ACTION, NEXT]) {
		if (isActiveAction(dict.get(key), document)) {
			dict.delete(key);
			removed++;
		}
	}
	if (ACTIVE_ACTIONS.has(String(dict.get(ACTION_TYPE)))) {
		// An action object reached some other way: make it do nothing.
		dict.set(ACTION_TYPE, PDFName.of('GoTo'));
		removed++;
	}
	return removed;
}

function cleanObject(object: PDFObject, document: PDFDocument, seen: Set<PDFObject>): number {
	if (seen.has(object)) return 0;
	seen.add(object);
	let removed = 0;
	if (object instanceof PDFDict) {
		removed += cleanDictionary(object, document);
		for (const [, value] of object.entries()) removed += cleanObject(value, document, seen);
	} else if (object instanceof PDFArray) {
		for (const value of object.asArray()) removed += cleanObject(value, document, seen);
	}
	return removed;
}

/**
 * The PDF without active content: the original bytes when it had none, otherwise a rewritten file.
 * A file pdf-lib cannot read is refused rather than published unchecked.
 */
export async function withoutActivePdfContent(bytes: Uint8Array): Promise<{ bytes: Uint8Array; removed: number }> {
	let document: PDFDocument;
	try {
		document = await PDFDocument.load(bytes, {
			ignoreEncryption: true,
			updateMetadata: false,
			throwOnInvalidObject: false
		});
		// pdf-lib reads almost anything; a "PDF" without a document catalog is not a document.
		if (!document.context.trailerInfo.Root) throw new Error('no catalog');
	} catch {
		throw new AppError('invalid', 'common.formHasErrors', { file: 'documents.file.unreadablePdf' });
	}
	const seen = new Set<PDFObject>();
	let removed = 0;
	for (const [, object] of document.context.enumerateIndirectObjects()) removed += cleanObject(object, document, seen);
	removed += cleanObject(document.catalog, document, seen);
	if (removed === 0) return { bytes, removed };
	return { bytes: await document.save({ useObjectStreams: false }), removed };
}
