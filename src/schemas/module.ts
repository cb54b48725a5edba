import { z } from 'astro/zod';

export const SimulatorIdSchema = z.enum(['contact', 'trust', 'bidding', 'objection', 'signing']);
export type SimulatorId = z.output<typeof SimulatorIdSchema>;

/** Frontmatter of one chapter file, `content/modules/NN-slug.mdx`. */
export const ModuleSchema = z
  .object({
    /** Chapter number in the syllabus, 1 … 11. Must match the NN prefix of the file name. */
    chapter: z.number().int().min(1).max(11),
    /** Chapter title as the learner sees it, e.g. "关键客户决策链". */
    title: z.string().min(2),
    /** One or two sentences shown on the course home and in search results. */
    summary: z.string().min(10),
    /** Syllabus item ids this chapter covers, e.g. ["6.1", "6.14"] — see src/course/syllabus.ts. */
    syllabusItems: z.array(z.string().regex(/^\d+(\.\d+)*(b|\.models)?$/, 'a syllabus id such as "6.14"')).min(1),
    /** Teaching time in the 3-day (18 h) agenda, minutes; a multiple of 15. */
    durationMinutes: z.number().int().positive().multipleOf(15),
    /** Teaching time in the 2-day (12 h) agenda, minutes; a multiple of 15. */
    durationMinutesShort: z.number().int().positive().multipleOf(15),
    /** What the learner can do after the chapter, one sentence each (3–6). */
    objectives: z.array(z.string().min(4)).min(2).max(8),
    /** The role-play simulator practised in this chapter, if any. */
    simulator: SimulatorIdSchema.optional(),
    /** The quiz bank of this chapter: the file name in quizzes/ without ".yaml". */
    quiz: z.string().regex(/^\d\d-[a-z0-9-]+$/).optional(),
    /** Case exercises (file names in content/cases/ without extension) used in this chapter. */
    cases: z.array(z.string()).default([]),
  })
  .strict();
export type ModuleData = z.output<typeof ModuleSchema>;
