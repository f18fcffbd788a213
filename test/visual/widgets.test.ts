// Visual regression: each element's main states at 320 and 1280 px, light and dark, compared with
// the committed baselines in test/visual/baselines/ (pixelmatch, small threshold).
// Regenerate after an intended design change: `npm run test:visual:update` (then look at the PNGs).
// A failure prints the path of the diff image (test/visual/failed/…-diff.png).
import { fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { visualDiff } from './visual-diff.js';
import '../../src/index.js';
import { conventionsLoaded } from '../helpers/conventions.js';

// the finder and the branch list answer from the convention table: it is in before the tests
await conventionsLoaded();

type Theme = 'light' | 'dark';

// the host page: a readable system font (the widgets inherit it), a page background per theme,
// no blinking caret (it would make screenshots differ at random)
const style = document.createElement('style');
style.textContent = `
  body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif; }
  .stage { padding: 16px; caret-color: transparent; background: #ffffff; }
  .stage--dark { background: #0b0f13; }
  .stage--room { min-height: 560px; }
`;
document.head.append(style);

interface Shot {
  readonly name: string;
  readonly render: (theme: Theme) => TemplateResult;
  /** What a user does before the screenshot (type in the field…). */
  readonly act?: (stage: HTMLElement) => Promise<void>;
  /** Room under the element for a popup (the finder's suggestions). */
  readonly room?: boolean;
}

async function settled(stage: HTMLElement): Promise<void> {
  const els = [...stage.querySelectorAll('*')].filter((e): e is HTMLElement & { updateComplete: Promise<unknown> } => 'updateComplete' in e);
  await Promise.all(els.map((e) => e.updateComplete));
  for (const e of els) {
    const inner = [...(e.shadowRoot?.querySelectorAll('*') ?? [])].filter((x): x is HTMLElement & { updateComplete: Promise<unknown> } => 'updateComplete' in x);
    await Promise.all(inner.map((x) => x.updateComplete));
  }
  await document.fonts.ready;
  await nextFrame();
  await nextFrame();
}

const shots: readonly Shot[] = [
  { name: 'finder-empty', render: (theme) => html`<opco-finder company-lookup="off" theme=${theme}></opco-finder>` },
  { name: 'finder-answer', render: (theme) => html`<opco-finder company-lookup="off" idcc="1979" theme=${theme}></opco-finder>` },
  { name: 'finder-shared', render: (theme) => html`<opco-finder company-lookup="off" idcc="3203" theme=${theme}></opco-finder>` },
  {
    name: 'finder-suggestions',
    room: true,
    render: (theme) => html`<opco-finder company-lookup="off" theme=${theme}></opco-finder>`,
    act: async (stage) => {
      const finder = stage.querySelector('opco-finder')!;
      finder.shadowRoot!.querySelector('input')!.focus();
      await sendKeys({ type: 'boulangerie' });
      // the suggestions show as the keys arrive; only the (visually hidden) live region waits for a pause
      await waitUntil(() => finder.shadowRoot!.querySelectorAll('[role="option"]').length > 0, 'the suggestions');
    },
  },
  { name: 'card', render: (theme) => html`<opco-card opco="akto" theme=${theme}></opco-card>` },
  { name: 'card-compact', render: (theme) => html`<opco-card opco="opco-ep" compact theme=${theme}></opco-card>` },
  { name: 'branch-list', render: (theme) => html`<opco-branch-list opco="constructys" page-size="5" theme=${theme}></opco-branch-list>` },
  {
    // a row chosen: its convention's details under it
    name: 'branch-list-row',
    render: (theme) => html`<opco-branch-list opco="constructys" page-size="5" theme=${theme}></opco-branch-list>`,
    act: async (stage) => {
      stage.querySelector('opco-branch-list')!.shadowRoot!.querySelector<HTMLButtonElement>('#group-national .choose')!.click();
    },
  },
  // a fixed signing date: the simulator's default is today, which would change the screenshot daily
  // fixed dates: the pay simulator's "now" is today by default
  {
    name: 'pay',
    render: (theme) =>
      html`<opco-apprentice-pay birth-date="2007-05-01" contract-start="2026-09-01" level="5" headcount="10" on-date="2026-10-01" theme=${theme}></opco-apprentice-pay>`,
  },
  { name: 'explainer', render: (theme) => html`<opco-funding-explainer audience="employer" signed-on="2026-04-01" theme=${theme}></opco-funding-explainer>` },
];

for (const width of [320, 1280]) {
  for (const theme of ['light', 'dark'] as const) {
    describe(`visual ${width}px ${theme}`, () => {
      before(async () => {
        await setViewport({ width, height: 900 });
      });
      for (const shot of shots) {
        it(shot.name, async () => {
          const stage = await fixture<HTMLElement>(
            html`<div class=${`stage stage--${theme}${shot.room ? ' stage--room' : ''}`}>${shot.render(theme)}</div>`,
          );
          await settled(stage);
          if (shot.act) {
            await shot.act(stage);
            await settled(stage);
          }
          await visualDiff(stage, `${shot.name}-${width}-${theme}`);
        });
      }
    });
  }
}
