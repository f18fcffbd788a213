// Web Test Runner set-up of the hostile campaign (node scripts/hostile-campaign.mjs): the project's,
// with the campaign file only and room for its thousands of cases.
import base from '../../web-test-runner.config.mjs';

export default { ...base, files: ['test/hostile/campaign.run.ts'], testsFinishTimeout: 1_800_000 };
