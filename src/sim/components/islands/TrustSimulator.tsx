/** The trust simulator page's island: the shell with this simulator's logic imported statically (one module wave at load). */
import { createTrustDefinition } from '../../definitions/trust';
import type { SimulatorFactory } from '../../types';
import SimulatorShell, { type SimulatorIslandProps } from '../SimulatorShell';

export default function TrustSimulator(props: SimulatorIslandProps) {
  return <SimulatorShell {...props} create={createTrustDefinition as SimulatorFactory} />;
}
