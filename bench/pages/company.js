// Bench page for the finder's company path: `?api=<base>` points it at the loopback fake API.
// `list(q)` types q as a visitor does and waits for the company suggestions (or the notice that
// the service is unavailable); `pick()` picks the first company and waits for its answer.
const finder = document.querySelector('opco-finder');
const api = new URLSearchParams(location.search).get('api');
if (api) finder.setAttribute('api-base', api);
await customElements.whenDefined('opco-finder');
await finder.updateComplete;

const root = () => finder.shadowRoot;
const until = async (check, timeout = 20_000) => {
  const start = performance.now();
  for (;;) {
    const v = check();
    if (v) return v;
    if (performance.now() - start > timeout) return null;
    await new Promise((r) => setTimeout(r, 10));
  }
};

/** Types q as a visitor does and waits for the company suggestions, or for the notice that the service failed. */
async function list(q) {
  const input = root().querySelector('#input');
  input.focus();
  input.value = q;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  const found = await until(
    () => root().querySelector('[role="option"].option--company') ?? root().querySelector('.company-status [data-notice]:not([data-notice="loading"])'),
  );
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const options = root().querySelectorAll('[role="option"].option--company').length;
  const notice = options ? '' : (found?.textContent ?? '').replace(/\s+/g, ' ').replace(/^! /, '').trim();
  return { options, notice };
}

/** Picks the first company suggested and waits for its answer, painted. */
async function pick() {
  const option = root().querySelector('[role="option"].option--company');
  if (!option) return false;
  option.click();
  const answered = await until(() => root().querySelector('[part="answer"]'));
  await Promise.all([...root().querySelectorAll('opco-card')].map((c) => c.updateComplete));
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return Boolean(answered);
}

/** Back to an empty field, for the next case on the same page. */
async function reset() {
  finder.reset();
  await finder.updateComplete;
}

window.__bench = { list, pick, reset };
