// Bench page for <opco-finder>. `?limit=N` sets the attribute (more suggestions = more DOM).
// The timing is taken inside the page, so the puppeteer round trip is not counted.
const finder = document.querySelector('opco-finder');
const limit = new URLSearchParams(location.search).get('limit');
if (limit) finder.setAttribute('limit', limit);
await customElements.whenDefined('opco-finder');
await finder.updateComplete;

/**
 * Sets the field to `value` as a keystroke does (value + input event). Resolves with two times in
 * ms: `work`, until the element has searched, re-rendered and the page has been laid out (forced
 * here), and `frame`, until the next frame has been produced: requestAnimationFrame runs just
 * before that frame's style, layout and paint, and a task queued from it runs once they are done.
 * `frame` includes the wait for the display's next tick, so it has a floor of up to one frame.
 */
async function typeAndTime(value) {
  const input = finder.shadowRoot.querySelector('input');
  const start = performance.now();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await finder.updateComplete;
  finder.shadowRoot.querySelector('[role="listbox"]').getBoundingClientRect(); // forces style and layout now
  const work = performance.now() - start;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return { work, frame: performance.now() - start };
}

const optionCount = () => finder.shadowRoot.querySelectorAll('[role="option"]').length;

window.__bench = { typeAndTime, optionCount };
