// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { syllabusHeadingIds } from './src/course/headingIds.mjs';

// The site must run from any folder (intranet, LMS zip), so links are built relative to BASE_URL.
export default defineConfig({
  site: 'https://course.invalid',
  base: process.env.KAM_BASE ?? '/',
  trailingSlash: 'always',
  // Inline CSS: no render-blocking stylesheet requests (Astro hashes inline styles into the CSP).
  build: { format: 'directory', inlineStylesheets: 'always' },
  // The sitemap lists every page; the accessibility test walks it (trainer pages included).
  integrations: [mdx(), react(), sitemap()],
  markdown: { processor: satteri({ hastPlugins: [syllabusHeadingIds()] }), syntaxHighlight: false },
  devToolbar: { enabled: false },
  prefetch: false,
  security: {
    // Only the site itself: no CDN, no analytics. Pagefind needs WebAssembly; React sets a few style attributes.
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "connect-src 'self'", "font-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
});
