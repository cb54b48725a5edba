/** The bidding simulator page's island: the shell with this simulator's logic imported statically (one module wave at load). */
import { createBiddingDefinition } from '../../definitions/bidding';
import type { SimulatorFactory } from '../../types';
import SimulatorShell, { type SimulatorIslandProps } from '../SimulatorShell';

export default function BiddingSimulator(props: SimulatorIslandProps) {
  return <SimulatorShell {...props} create={createBiddingDefinition as SimulatorFactory} />;
}
