/**
 * Upgrades stored progress written under an older store version, one step per change of the stored
 * shape, each with a test (tests/unit/progress/migrate.test.ts).
 * Whatever comes out still goes through the sanitizer, which keeps what it can.
 */
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * v1 → v2 added the optional `assignment`. v1 data is kept as it is, with no assignment (a stray
 * `assignment` key could only be foreign data). Simulator snapshots saved under v1 are re-stamped:
 * the machines did not change with this step, so a game in progress should survive the upgrade.
 */
function fromV1(state: unknown): unknown {
  if (!isObject(state)) return state;
  const { assignment: _ignored, ...rest } = state;
  if (isObject(rest.simulators)) {
    rest.simulators = Object.fromEntries(
      Object.entries(rest.simulators).map(([id, sim]) =>
        isObject(sim) && sim.snapshotVersion === 1 ? [id, { ...sim, snapshotVersion: 2 }] : [id, sim],
      ),
    );
  }
  return rest;
}

export function migrateProgress(persisted: unknown, fromVersion: number): unknown {
  let state = persisted;
  if (fromVersion < 2) state = fromV1(state);
  return state;
}
