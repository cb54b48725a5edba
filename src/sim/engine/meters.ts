/** Meter arithmetic shared by every simulator machine: values always stay inside their bounds. */
export interface MeterSpec {
  label: string;
  min: number;
  max: number;
  unit?: string;
  higherIsWorse?: boolean;
}

export const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Adds `deltas` to `values`, clamping each meter to its spec. Unknown meters in deltas are ignored. */
export function applyDeltas<K extends string>(
  values: Record<K, number>,
  deltas: Partial<Record<K, number>>,
  specs: Record<K, MeterSpec>,
): Record<K, number> {
  const next = { ...values };
  for (const key of Object.keys(deltas) as K[]) {
    const spec = specs[key];
    if (!spec) continue;
    next[key] = clamp(values[key] + (deltas[key] ?? 0), spec.min, spec.max);
  }
  return next;
}

/** Meters for `describe()`, in the order of the specs. */
export function metersOf<K extends string>(values: Record<K, number>, specs: Record<K, MeterSpec>) {
  return (Object.keys(specs) as K[]).map((id) => ({ id, value: values[id], ...specs[id] }));
}
