import { describeFaultSweep } from '../support/deadline';

describeFaultSweep(300);
