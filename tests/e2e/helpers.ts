import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every page of the built site, from the sitemap, as site-relative paths. */
export function sitemapPaths(): string[] {
  const dist = join(import.meta.dirname, '../../dist');
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const urls = files.flatMap((f) => [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
  if (urls.length === 0) throw new Error('dist has no sitemap: run npm run build first');
  return urls.map((u) => new URL(u).pathname).sort();
}
