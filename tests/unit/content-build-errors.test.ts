/**
 * Broken content must fail the build naming the file and the field. Runs the real `astro sync`
 * (the content validation step of `astro build`) on a throwaway project holding one broken module.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers/content';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function syncWith(fixture: string) {
  const dir = mkdtempSync(join(tmpdir(), 'kam-broken-'));
  dirs.push(dir);
  for (const p of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src/content.config.ts', 'src/schemas', 'src/course']) {
    cpSync(join(ROOT, p), join(dir, p), { recursive: true });
  }
  mkdirSync(join(dir, 'content/modules'), { recursive: true });
  mkdirSync(join(dir, 'content/cases'), { recursive: true });
  mkdirSync(join(dir, 'quizzes'), { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/broken-modules', fixture), join(dir, 'content/modules', fixture));
  writeFileSync(join(dir, 'quizzes/final-exam.yaml'), 'id: final-exam\ntitle: 结业考试\nquestions: 30\n');
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['sync'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
  return { status: run.status, output: (run.stdout + run.stderr).replace(/\x1b\[[0-9;]*m/g, '') };
}

describe('malformed module frontmatter fails the build', { timeout: 60_000 }, () => {
  it.each([
    ['06-chapter-not-a-number.mdx', 'chapter', /expected type `?"?number/i],
    ['07-duration-not-quarter-hour.mdx', 'durationMinutes', /multiple of 15/i],
    ['08-unknown-simulator.mdx', 'simulator', /contact.*trust.*bidding.*objection.*signing/],
  ])('%s names the file, the field %s and what was expected', (fixture, field, expected) => {
    const { status, output } = syncWith(fixture);
    expect(status).not.toBe(0);
    expect(output).toContain(fixture.replace('.mdx', ''));
    expect(output).toContain(field);
    expect(output).toMatch(expected);
  });
});
