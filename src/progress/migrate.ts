/**
 * Upgrades stored progress written under an older store version. Version 1 is the first shape, so
 * there is no step yet: every future change of the stored shape adds one here, with a test.
 * Whatever comes out still goes through the sanitizer, which keeps what it can.
 */
export function migrateProgress(persisted: unknown, fromVersion: number): unknown {
  const state = persisted;
  // When PROGRESS_VERSION becomes 2: if (fromVersion < 2) state = fromV1(state);
  void fromVersion;
  return state;
}
