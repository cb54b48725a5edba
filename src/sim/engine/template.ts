/**
 * `{slot}` templates for simulator scripts. Scripts are plain data so a page can hand them to its island as
 * props (text in the HTML rather than in the JS bundle); whatever depends on the game is a named slot.
 */
export type TemplateVars = Readonly<Record<string, string | number>>;

const SLOT = /\{(\w+)\}/g;

/**
 * Fills every `{name}` with `vars[name]`. A slot with no value throws: a reworded line with a misspelt slot
 * must fail the simulator tests, never show "{tody}" to a learner.
 */
export function fillTemplate(template: string, vars: TemplateVars): string {
  return template.replace(SLOT, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`template slot {${name}} has no value in "${template.slice(0, 40)}…"`);
    return String(value);
  });
}

/** The slot names a template uses, in order of first appearance. */
export function templateSlots(template: string): string[] {
  return [...new Set([...template.matchAll(SLOT)].map((m) => m[1]!))];
}

/**
 * 1280 → "1,280", for a number in a slot. By hand: `toLocaleString` would start the browser's ICU number
 * formatter on first use, a long task in the middle of a simulator page's first render.
 */
export function withThousands(n: number): string {
  const [whole, fraction] = String(n).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
