// Bench page for <opco-branch-list>. `?page-size=N` sets the attribute (the worst case renders
// every row). The timing is taken inside the page, so the puppeteer round trip is not counted.
const list = document.querySelector('opco-branch-list');
const size = new URLSearchParams(location.search).get('page-size');
if (size) list.setAttribute('page-size', size);
await customElements.whenDefined('opco-branch-list');
await list.updateComplete;

/**
 * Sets the filter to `value` as a keystroke does (value + input event). Resolves with two times
 * in ms: `work`, until the element has re-rendered and the page has been laid out (forced here),
 * and `frame`, until the next frame has been produced: requestAnimationFrame runs just before
 * that frame's style, layout and paint, and a task queued from it runs once they are done.
 * `frame` includes the wait for the display's next tick, so it has a floor of up to one frame.
 */
async function typeAndTime(value) {
  const input = list.shadowRoot.querySelector('#filter');
  const start = performance.now();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await list.updateComplete;
  list.shadowRoot.querySelector('#count').getBoundingClientRect(); // forces style and layout now
  const work = performance.now() - start;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return { work, frame: performance.now() - start };
}

const rowCount = () => list.shadowRoot.querySelectorAll('.choose').length;

window.__bench = { typeAndTime, rowCount };
