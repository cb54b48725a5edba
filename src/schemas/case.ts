import { z } from 'astro/zod';

/** Frontmatter of one case exercise, `content/cases/<id>.mdx`. The body is the scenario. */
export const CaseSchema = z
  .object({
    /** Case title, e.g. "某市城投集团智慧园区项目的决策链". */
    title: z.string().min(4),
    /** The chapter that uses this case, 1 … 11. */
    chapter: z.number().int().min(1).max(11),
    /** Suggested classroom time for the exercise, minutes. */
    minutes: z.number().int().min(5).max(120),
    /** 2–4 questions the groups discuss. */
    questions: z.array(z.string().min(4)).min(2).max(4),
    /** The reference answer: shown to trainers only (presenter view, trainer notes), never to learners' pages. */
    referenceAnswer: z.string().min(20),
  })
  .strict();
export type CaseData = z.output<typeof CaseSchema>;
