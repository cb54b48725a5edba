// npm run package: builds the site once, then writes dist-lms/kam-scorm12.zip, kam-scorm2004.zip and
// kam-cmi5.zip. Each is the same site made to run from any folder an LMS unpacks it into: every internal
// link made relative (folders as …/index.html, because an LMS serves files), a launch page lms.html that
// holds the LMS session while the course's pages change in its frame, the answer key for interactions,
// and the manifest of its standard.
// Options: --skip-build (package the existing dist/), --unpacked (also write folders), --out <dir>.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const argv = process.argv.slice(2);
const args = new Set(argv);
const out = argv.includes('--out') ? resolve(argv[argv.indexOf('--out') + 1]) : join(root, 'dist-lms');
const KINDS = ['scorm12', 'scorm2004', 'cmi5'];
const COURSE = { title: '关键客户管理', description: '面向政府、事业单位和国企大客户销售团队的关键客户管理互动课程：11 章课文、5 个模拟演练、各章测验与结业考试。', masteryPercent: 80 };

// ---- 1. build ----
if (!args.has('--skip-build')) {
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/index.html is missing: the build did not run');

// ---- 2. read dist ----
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [relative(dist, full).split('\\').join('/')];
  });
}
const files = walk(dist).filter((f) => !/^sitemap.*\.xml$/.test(f));
const fileSet = new Set(files);
const topLevel = new Set(files.map((f) => f.split('/')[0]));

/** A site-absolute path ("/modules/x/#s", "/_astro/a.js") as a path relative to the file `from`, or null if not ours. */
function relativeUrl(from, value) {
  if (!value.startsWith('/') || value.startsWith('//')) return null;
  const m = /^([^?#]*)(.*)$/.exec(value);
  let path = decodeURI(m[1]).slice(1);
  const first = path.split('/')[0];
  if (path !== '' && !topLevel.has(first)) return null;
  if (path === '' || path.endsWith('/')) path += 'index.html';
  else if (!fileSet.has(path) && fileSet.has(path + '/index.html')) path += '/index.html';
  const rel = posix.relative(posix.dirname(from), path) || posix.basename(path);
  return encodeURI(rel) + m[2];
}

const ATTR = /(\s(?:href|src|component-url|renderer-url|action|poster|data-[\w-]+)=")(\/[^"]*)"/g;
const PROP = /&quot;(\/[^&"]*)&quot;/g;

/** Rewrites links outside <script> and <style> only: their bodies are hashed into the page's CSP. */
function rewriteHtml(file, html) {
  const parts = html.split(/(<script\b[^>]*>[\s\S]*?<\/script>|<style\b[^>]*>[\s\S]*?<\/style>)/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) {
        // Only a script's src attribute may change; its body stays byte for byte.
        return part.replace(/^(<script\b[^>]*\ssrc=")(\/[^"]*)"/, (all, a, v) => { const r = relativeUrl(file, v); return r === null ? all : `${a}${r}"`; });
      }
      return part
        .replace(ATTR, (all, a, v) => { const r = relativeUrl(file, v); return r === null ? all : `${a}${r}"`; })
        .replace(PROP, (all, v) => { const r = relativeUrl(file, v); return r === null ? all : `&quot;${r}&quot;`; });
    })
    .join('');
}

const PRELOAD = /function\((\w)\)\{return(`\/`|"\/"|'\/')\+\1\}/;
/** Vite's preload helper prefixes "/" to "_astro/x.js"; from _astro/ the same file is "../_astro/x.js". */
function rewriteJs(file, js) {
  if (!js.includes('vite:preloadError')) return js;
  if (!PRELOAD.test(js)) throw new Error(`${file}: Vite's preload helper changed shape; update PRELOAD in scripts/package-lms.mjs`);
  return js.replace(PRELOAD, (_, v) => `function(${v}){return"../"+${v}}`);
}

/**
 * Pagefind keeps each result's URL ("/modules/x/") in gzipped fragments and prefixes the folder its own
 * script was loaded from, so the package folder is handled; only folders must become …/index.html.
 */
function rewriteFragment(bytes) {
  const text = gunzipSync(bytes).toString('utf8');
  const sig = 'pagefind_dcd';
  if (!text.startsWith(sig)) return bytes;
  const data = JSON.parse(text.slice(sig.length));
  if (typeof data.url === 'string' && /^\/[^?#]*\/([?#]|$)/.test(data.url)) data.url = data.url.replace(/\/([?#]|$)/, '/index.html$1');
  return gzipSync(Buffer.from(sig + JSON.stringify(data)));
}

// ---- 3. what every package adds ----
function answerKey() {
  const dir = join(root, 'quizzes');
  const questions = {};
  for (const f of readdirSync(dir).filter((x) => /^\d\d-.*\.ya?ml$/.test(x)).sort()) {
    const bank = parse(readFileSync(join(dir, f), 'utf8'));
    for (const q of bank.questions ?? []) {
      const k = { t: q.type, p: String(q.prompt).replace(/\s+/g, ' ').slice(0, 250), w: q.points ?? 1 };
      if (q.type === 'single' || q.type === 'multiple' || q.type === 'truefalse') k.a = q.answer;
      if (q.type === 'ordering') k.a = q.items.map((i) => i.id);
      if (q.type === 'matching') k.m = Object.fromEntries(q.pairs.map((p) => [p.id, q.pairs.find((x) => x.right === p.right).id]));
      questions[q.id] = k;
    }
  }
  return questions;
}

function moduleRefs() {
  const dir = join(root, 'content/modules');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .sort()
    .map((f) => {
      const fm = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), 'utf8'))[1]);
      return fm.quiz ? { slug: f.replace(/\.mdx$/, ''), quiz: fm.quiz } : { slug: f.replace(/\.mdx$/, '') };
    });
}

/** The progress script every page loads; the launch page runs it too, and it starts the LMS bridge there. */
function clientScript() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const srcs = [...html.matchAll(/<script type="module" src="\/(_astro\/[^"]+\.js)"/g)].map((m) => m[1]);
  const src = srcs.find((s) => /BaseLayout/.test(s)) ?? srcs[0];
  if (!src || !readFileSync(join(dist, src), 'utf8').includes('kam-lms')) throw new Error('could not find the progress script that starts the LMS bridge');
  return src;
}

function launchPage(kind, script) {
  // cmi5 talks to the LRS the LMS names at launch, which may live on another host.
  const connect = kind === 'cmi5' ? "'self' https: http:" : "'self'";
  const csp = `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; connect-src ${connect}; object-src 'none'; base-uri 'self'; form-action 'self'`;
  return `<!doctype html>
<html lang="zh-CN" data-base="/">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="${csp}">
<meta name="kam-lms" content="${kind}">
<title>${COURSE.title}</title>
<link rel="stylesheet" href="lms-host.css">
</head>
<body>
<p class="kam-lms-wait" role="status">正在连接学习平台…　<a href="index.html" target="kam-course">直接打开课程</a></p>
<iframe id="kam-course" name="kam-course" title="${COURSE.title}"></iframe>
<script type="module" src="${script}"></script>
</body>
</html>
`;
}

const HOST_CSS = `html,body{margin:0;height:100%;overflow:hidden;font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif}
#kam-course{display:block;border:0;width:100%;height:100%}
.kam-lms-wait{position:absolute;top:0;left:0;right:0;margin:0;padding:12px 16px;background:#fff;color:#1f2937}
.kam-lms--ready .kam-lms-wait{display:none}
`;

// Links the course builds at run time (from its base "/") must stay inside the package and name files.
const LINKS_JS = `(function () {
  var script = document.currentScript;
  if (!script) return;
  var root = new URL('./', script.src).pathname;
  function fix(e) {
    var a = e.target && e.target.closest ? e.target.closest('a[href]') : null;
    var raw = a && a.getAttribute('href');
    if (!raw || raw.charAt(0) !== '/' || raw.charAt(1) === '/') return;
    var u = new URL(raw, location.href);
    var path = u.pathname.indexOf(root) === 0 ? u.pathname : root + u.pathname.slice(1);
    if (path.slice(-1) === '/') path += 'index.html';
    a.setAttribute('href', path + u.search + u.hash);
  }
  ['mousedown', 'focusin', 'click', 'auxclick'].forEach(function (t) { document.addEventListener(t, fix, true); });
})();
`;

// ---- 4. manifests ----
const xml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fileList = (list, indent) => list.map((f) => `${indent}<file href="${xml(encodeURI(f))}"/>`).join('\n');

/** SCORM 1.2 (ADL SCORM 1.2, IMS CP 1.1.2): one SCO; the LMS may judge passed/failed by adlcp:masteryscore. */
function scorm12Manifest(c, href, list) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="kam-course-scorm12" version="1.0"
          xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="kam-org">
    <organization identifier="kam-org">
      <title>${xml(c.title)}</title>
      <item identifier="kam-item" identifierref="kam-sco" isvisible="true">
        <title>${xml(c.title)}</title>
        <adlcp:masteryscore>${c.masteryPercent}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="kam-sco" type="webcontent" adlcp:scormtype="sco" href="${xml(href)}">
${fileList(list, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * SCORM 2004 4th Edition: one SCO whose primary objective is satisfied by measure — the final exam's scaled
 * score against imsss:minNormalizedMeasure — while completion is set by the content (all course rules met).
 */
function scorm2004Manifest(c, href, list) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="kam-course-scorm2004" version="1"
          xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
          xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
          xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
          xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="kam-org">
    <organization identifier="kam-org" adlseq:objectivesGlobalToSystem="false">
      <title>${xml(c.title)}</title>
      <item identifier="kam-item" identifierref="kam-sco" isvisible="true">
        <title>${xml(c.title)}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="kam-final-exam" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${c.masteryPercent / 100}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
      <imsss:sequencing>
        <imsss:controlMode choice="true" flow="true"/>
      </imsss:sequencing>
    </organization>
  </organizations>
  <resources>
    <resource identifier="kam-sco" type="webcontent" adlcp:scormType="sco" href="${xml(href)}">
${fileList(list, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/** cmi5 course structure: the course and one AU, satisfied when completed and passed at masteryScore. */
function cmi5Xml(c, href) {
  const lang = (s) => `<langstring lang="zh-CN">${xml(s)}</langstring>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="https://course.invalid/kam">
    <title>${lang(c.title)}</title>
    <description>${lang(c.description)}</description>
  </course>
  <au id="https://course.invalid/kam/au/course" moveOn="CompletedAndPassed" masteryScore="${c.masteryPercent / 100}" launchMethod="AnyWindow">
    <title>${lang(c.title)}</title>
    <description>${lang(c.description)}</description>
    <url>${xml(href)}</url>
  </au>
</courseStructure>
`;
}

// ---- 5. assemble ----
function packageFiles(kind) {
  const entries = {};
  const script = clientScript();
  for (const f of files) {
    let bytes = readFileSync(join(dist, f));
    if (f.endsWith('.html')) {
      const depth = f.split('/').length - 1;
      const links = `<script src="${depth ? '../'.repeat(depth) : './'}lms-links.js"></script>`;
      bytes = Buffer.from(rewriteHtml(f, bytes.toString('utf8')).replace('</head>', `${links}</head>`));
    } else if (f.endsWith('.js') && f.startsWith('_astro/')) {
      bytes = Buffer.from(rewriteJs(f, bytes.toString('utf8')));
    } else if (f.endsWith('.pf_fragment')) {
      bytes = rewriteFragment(bytes);
    }
    entries[f] = new Uint8Array(bytes);
  }
  const enc = (s) => new TextEncoder().encode(s);
  entries['lms.html'] = enc(launchPage(kind, script));
  entries['lms-host.css'] = enc(HOST_CSS);
  entries['lms-links.js'] = enc(LINKS_JS);
  entries['lms-data.json'] = enc(JSON.stringify({ kind, modules: moduleRefs(), questions: answerKey() }));
  const listed = Object.keys(entries).sort();
  if (kind === 'scorm12') entries['imsmanifest.xml'] = enc(scorm12Manifest(COURSE, 'lms.html', listed));
  if (kind === 'scorm2004') entries['imsmanifest.xml'] = enc(scorm2004Manifest(COURSE, 'lms.html', listed));
  if (kind === 'cmi5') entries['cmi5.xml'] = enc(cmi5Xml(COURSE, 'lms.html'));
  return entries;
}

const STORED = /\.(zip|png|jpe?g|gif|webp|woff2?|pf_fragment|pf_index|pf_meta|pagefind|wasm)$/;
mkdirSync(out, { recursive: true });
const mtime = new Date('2026-01-01T00:00:00Z');
for (const kind of KINDS) {
  const entries = packageFiles(kind);
  const zipped = zipSync(Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, [data, { level: STORED.test(name) ? 0 : 9, mtime }]])));
  const zipFile = join(out, `kam-${kind}.zip`);
  writeFileSync(zipFile, zipped);
  if (args.has('--unpacked')) {
    rmSync(join(out, kind), { recursive: true, force: true });
    for (const [name, data] of Object.entries(entries)) {
      const target = join(out, kind, name);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, data);
    }
  }
  console.log(`${relative(root, zipFile)}  ${(zipped.length / 1024).toFixed(0)} KB, ${Object.keys(entries).length} files`);
}
