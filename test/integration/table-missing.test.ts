// A convention table that is not there (404: the partner copied the scripts without the JSON next to
// them): the finder and the branch list say it could not be loaded (role="alert"), the console tells
// the integrator where it was looked for, nothing throws, the page stays accessible. The built files come
// from /test/variants/missing/dist/ (test/server/routes.mjs: dist/ as built, the table answers 404).
import { expect, fixture, html } from '@open-wc/testing';
import { shownText, waitFor } from './helpers.js';

const UNAVAILABLE = 'La liste des conventions collectives n’a pas pu être chargée.';

const warnings: string[] = [];
const errors: string[] = [];

describe('a missing convention table (built files)', function () {
  this.timeout(20000);

  before(async () => {
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      warn.apply(console, args);
    };
    window.addEventListener('error', (event) => errors.push(String(event.message)));
    window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
    await import('/test/variants/missing/dist/opco-finder.js' as string);
    await import('/test/variants/missing/dist/opco-branch-list.js' as string);
  });

  it('the finder and the branch list show that the list could not be loaded; the console says where; no error; accessible', async () => {
    const page = await fixture<HTMLElement>(html`<main>
      <h1>Votre OPCO</h1>
      <opco-finder idcc="1979" company-lookup="off"></opco-finder>
      <opco-branch-list opco="akto"></opco-branch-list>
    </main>`);
    for (const tag of ['opco-finder', 'opco-branch-list']) {
      const el = page.querySelector(tag)!;
      await waitFor(async () => (await shownText(el)).includes(UNAVAILABLE), `<${tag}> to say the list could not be loaded`, 8000);
      const alert = el.shadowRoot!.querySelector('[role="alert"]');
      expect(alert, `<${tag}>: role=alert`).to.exist;
      expect(alert!.textContent!.replace(/\s+/g, ' ')).to.contain(UNAVAILABLE);
    }
    // one message (each of our files on the page may print it once: two here)
    const unavailable = warnings.filter((w) => w.includes('could not be loaded'));
    expect([...new Set(unavailable)], warnings.join('\n')).to.have.length(1);
    expect(unavailable[0]).to.match(/^\[opco-widgets\] the convention table http:\/\/[^ ]+\/test\/variants\/missing\/dist\/opco-conventions\.[0-9a-f]+\.json could not be loaded/);
    expect(unavailable[0]).to.contain('connect-src');
    expect(errors).to.deep.equal([]);
    await expect(page).to.be.accessible();
  });
});
