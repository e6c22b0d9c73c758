import * as v from 'valibot';
import { optionalText, requiredText } from '../../validation.ts';
import { encodeMessage } from '../../i18n/index.ts';
import { isDateText } from '../../i18n/office-time.ts';
import { APPEAL_OUTCOMES, REPORT_KINDS } from './schema.ts';

const m = encodeMessage;
const MAX_AMOUNT = 1_000_000_000;

/** Whole dinars as staff type them ("150.000", "150 000"); only digits count. */
export const dinars = (required = true) =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.transform((value) => value.replace(/[\s.]/g, '')),
		v.check((value) => !required || value !== '', m('validation.required')),
		v.check((value) => value === '' || /^\d{1,10}$/.test(value), m('calls.form.amountInvalid')),
		v.transform((value) => (value === '' ? 0 : Number(value))),
		v.check((value) => value <= MAX_AMOUNT, m('calls.form.amountInvalid'))
	);

const day = (required = true) =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((value) => !required || value !== '', m('validation.required')),
		v.check((value) => value === '' || isDateText(value), m('calls.form.dateInvalid'))
	);

/** The decision as staff record it; the amounts come as `award.<applicationId>` fields, read by the route. */
export const decisionInput = v.pipe(
	v.object({
		number: requiredText(60),
		decidedOn: day(),
		appealUntil: day(),
		note: optionalText(2000)
	}),
	v.forward(
		v.check((input) => input.appealUntil >= input.decidedOn, m('calls.decision.appealBeforeDecision')),
		['appealUntil']
	)
);
export type DecisionInput = v.InferOutput<typeof decisionInput>;

/** The awards typed on the decision form, by application id (every `award.<id>` field). */
export function awardsFrom(formData: FormData): { awards: Record<string, number>; errors: Record<string, string> } {
	const awards: Record<string, number> = {};
	const errors: Record<string, string> = {};
	for (const [name, value] of formData.entries()) {
		if (!name.startsWith('award.') || typeof value !== 'string') continue;
		const parsed = v.safeParse(dinars(), value);
		if (parsed.success) awards[name.slice('award.'.length)] = parsed.output;
		else errors[name] = parsed.issues[0].message;
	}
	return { awards, errors };
}

/** An appeal: what the applicant objects to. */
export const appealInput = v.object({ text: requiredText(4000) });

/** Staff's answer to an appeal; an upheld appeal may change the amount awarded. */
export const appealAnswerInput = v.object({
	outcome: v.picklist(APPEAL_OUTCOMES, m('validation.required')),
	answer: requiredText(4000),
	awarded: dinars(false)
});

/** A contract as staff prepare it: its number, tranches by per cent and due days, and the reporting days. */
export const contractInput = v.pipe(
	v.object({
		number: requiredText(60),
		signedOn: day(false),
		firstPercent: v.pipe(
			v.optional(v.string(), '100'),
			v.trim(),
			v.check((value) => /^\d{1,3}$/.test(value), m('validation.integer')),
			v.transform(Number),
			v.check((value) => value >= 1 && value <= 100, m('calls.form.numberBounds', { min: 1, max: 100 }))
		),
		firstDue: day(),
		secondDue: day(false),
		interimReportDue: day(),
		finalReportDue: day()
	}),
	v.forward(
		v.check((input) => input.firstPercent === 100 || input.secondDue !== '', m('calls.contract.secondDueRequired')),
		['secondDue']
	),
	v.forward(
		v.check((input) => input.finalReportDue >= input.interimReportDue, m('calls.contract.finalBeforeInterim')),
		['finalReportDue']
	)
);
export type ContractInput = v.InferOutput<typeof contractInput>;

/** A payment of one tranche. */
export const paymentInput = v.object({
	tranche: v.pipe(v.string(), v.regex(/^\d$/, m('validation.required')), v.transform(Number)),
	amount: dinars(),
	paidOn: day(),
	reference: optionalText(100)
});

/** A report as the applicant writes it; spent amounts come as `spent.<line>` fields (financial report). */
export const reportInput = v.object({
	kind: v.picklist(REPORT_KINDS, m('validation.required')),
	done: optionalText(8000),
	results: optionalText(8000)
});

/** Staff's review of a report: accepted, or returned with what to change. */
export const reportReviewInput = v.pipe(
	v.object({
		id: v.pipe(v.string(), v.uuid(m('error.404.text'))),
		verdict: v.picklist(['accepted', 'returned'] as const, m('validation.required')),
		comment: optionalText(4000)
	}),
	v.forward(
		v.check((input) => input.verdict === 'accepted' || input.comment !== '', m('calls.report.commentRequired')),
		['comment']
	)
);
