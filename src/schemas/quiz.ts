import { z } from 'astro/zod';
import { allSyllabusItems } from '../course/syllabus';

/** One answer option of a single/multiple choice question. */
export const OptionSchema = z
  .object({
    /** Short stable id, unique within the question, e.g. "a". */
    id: z.string().regex(/^[a-z0-9-]{1,16}$/),
    /** What the learner reads. */
    text: z.string().min(1),
    /** Shown after submitting when this option was chosen (or should have been): why it is right or wrong. */
    feedback: z.string().min(2),
  })
  .strict();

/** One item of an ordering question; the bank lists items in the correct order. */
export const OrderItemSchema = z
  .object({
    /** Stable id, unique within the question. */
    id: z.string().regex(/^[a-z0-9-]{1,16}$/),
    text: z.string().min(1),
    /** Why this item stands where it does. */
    feedback: z.string().min(2),
  })
  .strict();

/** One pair of a matching question: the learner matches each `left` to one of the `right`s. */
export const MatchPairSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,16}$/),
    left: z.string().min(1),
    right: z.string().min(1),
    /** Why this left belongs with this right. */
    feedback: z.string().min(2),
  })
  .strict();

const PASS_RANGE = { error: (iss: { input?: unknown }) => `field "passPercent" must be from 0 to 100 (got ${String(iss.input)})` };

const base = {
  /** Unique across all banks, e.g. "q06-03". */
  id: z.string().regex(/^q\d\d-\d\d$/, 'an id such as "q06-03"'),
  /** Points this question is worth (1–5). */
  points: z.number().int().min(1).max(5).default(1),
  /** A short scenario shown above the prompt: a question with a vignette is a case question (案例题). */
  vignette: z.string().min(20).optional(),
  /** The question itself. */
  prompt: z.string().min(4),
  /** Why the answer is right, citing the syllabus item or the article (law-facts.md). */
  explanation: z.string().min(10),
  /** The syllabus item that teaches this, e.g. "6.2" — the result screen links to that lesson section. */
  section: z.string().regex(/^\d+(\.\d+)*(b|\.models)?$/),
  /** The article the explanation relies on, if any, e.g. "招标投标法实施条例第22条". */
  law: z.string().optional(),
};

export const SingleQuestionSchema = z.object({ ...base, type: z.literal('single'), options: z.array(OptionSchema).min(2).max(6), answer: z.string() }).strict();
export const MultipleQuestionSchema = z
  .object({ ...base, type: z.literal('multiple'), options: z.array(OptionSchema).min(3).max(8), answer: z.array(z.string()).min(1) })
  .strict();
export const TrueFalseQuestionSchema = z
  .object({
    ...base,
    type: z.literal('truefalse'),
    answer: z.boolean(),
    /** Feedback for a learner who answered 正确 / 错误. */
    feedback: z.object({ true: z.string().min(2), false: z.string().min(2) }).strict(),
  })
  .strict();
export const OrderingQuestionSchema = z.object({ ...base, type: z.literal('ordering'), items: z.array(OrderItemSchema).min(2).max(14) }).strict();
export const MatchingQuestionSchema = z.object({ ...base, type: z.literal('matching'), pairs: z.array(MatchPairSchema).min(2).max(8) }).strict();

export const QuestionSchema = z
  .discriminatedUnion('type', [SingleQuestionSchema, MultipleQuestionSchema, TrueFalseQuestionSchema, OrderingQuestionSchema, MatchingQuestionSchema])
  .superRefine((q, ctx) => {
    // Messages name the field only: BankQuestionSchema prefixes the question id.
    const dupes = (ids: string[], path: string, what: string) => {
      const seen = new Set<string>();
      ids.forEach((id, i) => {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [path, i, 'id'], message: `duplicate ${what} id "${id}"` });
        seen.add(id);
      });
    };
    if (!allSyllabusItems.some((item) => item.id === q.section)) {
      ctx.addIssue({ code: 'custom', path: ['section'], message: `"${q.section}" is not a syllabus item (see src/course/syllabus.ts)` });
    }
    if (q.type === 'single' || q.type === 'multiple') {
      const ids = q.options.map((o) => o.id);
      dupes(ids, 'options', 'option');
      const answers = q.type === 'single' ? [q.answer] : q.answer;
      for (const a of answers) {
        if (!ids.includes(a)) ctx.addIssue({ code: 'custom', path: ['answer'], message: `answer "${a}" is not among the options (${ids.join(', ')})` });
      }
      if (q.type === 'multiple' && new Set(q.answer).size !== q.answer.length) {
        ctx.addIssue({ code: 'custom', path: ['answer'], message: 'lists the same option twice' });
      }
    }
    if (q.type === 'ordering') dupes(q.items.map((i) => i.id), 'items', 'item');
    if (q.type === 'matching') {
      dupes(q.pairs.map((p) => p.id), 'pairs', 'pair');
      const lefts = new Set<string>();
      q.pairs.forEach((p, i) => {
        if (lefts.has(p.left)) ctx.addIssue({ code: 'custom', path: ['pairs', i, 'left'], message: `the left "${p.left}" appears twice` });
        lefts.add(p.left);
      });
    }
  });

const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'ordering', 'matching'];

/** Rewords a zod issue for a bank author: what is wrong with which field. */
function describeIssue(issue: z.core.$ZodIssue, input: unknown): { field: string; message: string } {
  let field = issue.path.join('.');
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    field = [...issue.path, ...issue.keys].join('.');
    message = `unknown field (allowed fields depend on the type)`;
  } else if (issue.code === 'invalid_union' && field === 'type') {
    const type = (input as { type?: unknown } | null)?.type;
    message = `unknown type ${JSON.stringify(type)}; use one of ${QUESTION_TYPES.join(', ')}`;
  } else if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) {
    message = `is required (${issue.expected})`;
  }
  return { field, message };
}

/**
 * A question inside a bank: parsed with QuestionSchema, but every error names the question id and the
 * field, because Astro's build error shows only the array index ("questions.7.options.2.feedback").
 */
export const BankQuestionSchema = z.unknown().transform((input, ctx): Question => {
  const parsed = QuestionSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const rawId = (input as { id?: unknown } | null)?.id;
  const id = typeof rawId === 'string' ? rawId : '(no id)';
  for (const issue of parsed.error.issues) {
    const { field, message } = describeIssue(issue, input);
    ctx.addIssue({ code: 'custom', path: issue.path, message: `question ${id}, field "${field}": ${message}` });
  }
  return z.NEVER;
});

/** A question bank, `quizzes/NN-slug.yaml`: one per module. */
export const QuizBankSchema = z
  .object({
    /** Must equal the file name without ".yaml" and the module's `quiz` field. */
    id: z.string().regex(/^\d\d-[a-z0-9-]+$/),
    /** The chapter this bank tests, 1 … 11. */
    chapter: z.number().int().min(1).max(11),
    /** Title on the quiz page, e.g. "第六章 投标 · 小测". */
    title: z.string().min(2),
    /** Percent needed to pass, 0–100 (default 80). */
    passPercent: z.number({ error: 'field "passPercent" must be a number from 0 to 100' }).min(0, PASS_RANGE).max(100, PASS_RANGE).default(80),
    /** Attempts allowed; 0 means unlimited. */
    attempts: z.number().int().min(0).max(20).default(0),
    /** Questions drawn per attempt; must not exceed the bank. */
    draw: z.number().int().min(1),
    /** "paged": one question per screen; "single": all on one page (short quizzes). */
    layout: z.enum(['paged', 'single']).default('paged'),
    /** Whether multiple choice, ordering and matching earn partial credit. */
    partialCredit: z.boolean().default(true),
    questions: z.array(BankQuestionSchema).min(1),
  })
  .strict()
  .superRefine((bank, ctx) => {
    if (bank.draw > bank.questions.length) {
      ctx.addIssue({ code: 'custom', path: ['draw'], message: `quiz ${bank.id}, field "draw": ${bank.draw} exceeds the ${bank.questions.length} questions in the bank` });
    }
    const seen = new Map<string, number>();
    bank.questions.forEach((q, i) => {
      const first = seen.get(q.id);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `question ${q.id}, field "id": duplicate question id (also questions.${first})` });
      } else seen.set(q.id, i);
    });
  });

/** The final exam (结业考试), `quizzes/final-exam.yaml`: drawn from all banks. */
export const FinalExamSchema = z
  .object({
    id: z.literal('final-exam'),
    title: z.string().min(2),
    /** Number of questions drawn across all banks, weighted by chapter duration. */
    questions: z.number().int().min(5).max(100),
    passPercent: z.number().min(0).max(100).default(80),
    attempts: z.number().int().min(0).max(20).default(0),
    /** Optional visible timer in minutes; 0 for none. */
    timerMinutes: z.number().int().min(0).max(240).default(60),
    partialCredit: z.boolean().default(true),
  })
  .strict();

export type Option = z.output<typeof OptionSchema>;
export type Question = z.output<typeof QuestionSchema>;
export type QuizBank = z.output<typeof QuizBankSchema>;
export type FinalExam = z.output<typeof FinalExamSchema>;
