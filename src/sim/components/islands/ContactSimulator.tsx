/** The contact simulator page's island: the shell with this simulator's logic imported statically (one module wave at load). */
import { createContactDefinition } from '../../definitions/contact';
import type { SimulatorFactory } from '../../types';
import SimulatorShell, { type SimulatorIslandProps } from '../SimulatorShell';

export default function ContactSimulator(props: SimulatorIslandProps) {
  return <SimulatorShell {...props} create={createContactDefinition as SimulatorFactory} />;
}
