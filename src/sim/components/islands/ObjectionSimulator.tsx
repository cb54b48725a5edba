/** The objection simulator page's island: the shell with this simulator's logic imported statically (one module wave at load). */
import { createObjectionDefinition } from '../../definitions/objection';
import type { SimulatorFactory } from '../../types';
import SimulatorShell, { type SimulatorIslandProps } from '../SimulatorShell';

export default function ObjectionSimulator(props: SimulatorIslandProps) {
  return <SimulatorShell {...props} create={createObjectionDefinition as SimulatorFactory} />;
}
