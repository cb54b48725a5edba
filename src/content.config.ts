import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ModuleSchema } from './schemas/module';
import { CaseSchema } from './schemas/case';
import { FinalExamSchema, QuizBankSchema } from './schemas/quiz';

// Files starting with "_" are partials, never entries (the starlight habit).
const modules = defineCollection({
  loader: glob({ base: './content/modules', pattern: '[!_]*.mdx' }),
  schema: ModuleSchema,
});

const cases = defineCollection({
  loader: glob({ base: './content/cases', pattern: '[!_]*.mdx' }),
  schema: CaseSchema,
});

const quizzes = defineCollection({
  loader: glob({ base: './quizzes', pattern: '[0-9][0-9]-*.yaml' }),
  schema: QuizBankSchema,
});

const exam = defineCollection({
  loader: glob({ base: './quizzes', pattern: 'final-exam.yaml' }),
  schema: FinalExamSchema,
});

export const collections = { modules, cases, quizzes, exam };
