// The fixture bank, parsed by the real schema, for the engine tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { QuizBankSchema, type Question } from '../../../src/schemas/quiz';

export const sampleBank = QuizBankSchema.parse(parse(readFileSync(join(import.meta.dirname, '../../fixtures/quiz-sample.yaml'), 'utf8')));
export const byId = new Map(sampleBank.questions.map((q) => [q.id, q]));

export function question<T extends Question['type']>(id: string, type: T): Extract<Question, { type: T }> {
  const q = byId.get(id);
  if (!q || q.type !== type) throw new Error(`fixture ${id} is not a ${type} question`);
  return q as Extract<Question, { type: T }>;
}
