// Differential test, part 3 of 3: see pay-differential.ts and pay-oracle.ts.
import { differential } from './pay-differential.js';

differential(2);
