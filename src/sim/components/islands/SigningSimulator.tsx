/** The signing simulator page's island: the shell with this simulator's logic imported statically (one module wave at load). */
import { createSigningDefinition } from '../../definitions/signing';
import type { SimulatorFactory } from '../../types';
import SimulatorShell, { type SimulatorIslandProps } from '../SimulatorShell';

export default function SigningSimulator(props: SimulatorIslandProps) {
  return <SimulatorShell {...props} create={createSigningDefinition as SimulatorFactory} />;
}
