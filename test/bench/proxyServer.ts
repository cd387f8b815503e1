import { RoundRobinProxy } from '../helpers/roundRobinProxy';

/** The benchmark's balancer in a process of its own (as a real one would be): PORT, and BACKENDS=port,port,… */
const backends = (process.env.BACKENDS ?? '').split(',').map(Number).filter(Boolean);
void new RoundRobinProxy(() => backends).start(Number(process.env.PORT ?? 3989));
