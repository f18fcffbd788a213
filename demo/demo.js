// The host page's own script: a language switch and a log of the events our widgets send.
const log = document.getElementById('events');
for (const type of ['opco-found', 'opco-not-found', 'opco-reset', 'opco-branch-select', 'opco-simulate', 'opco-pay-change']) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const detail = event.detail ?? {};
    const summary = detail.opcoId ?? detail.reason ?? detail.convention?.idcc ?? detail.status ?? '';
    item.textContent = `${new Date().toLocaleTimeString()} ${type} ${summary}`;
    log.prepend(item);
  });
}
// The page's own texts follow its language too: a page marked lang="en" must not read French.
// French is in the markup; `data-en`, `data-label-en` (the finder's label) and `data-aria-label-en`
// hold the English. textContent and setAttribute only: the page runs under a strict CSP.
const french = new Map();
function translatePage(lang) {
  const texts = [
    ['data-en', (el) => el.textContent, (el, v) => (el.textContent = v)],
    ['data-label-en', (el) => el.getAttribute('label'), (el, v) => el.setAttribute('label', v)],
    ['data-aria-label-en', (el) => el.getAttribute('aria-label'), (el, v) => el.setAttribute('aria-label', v)],
  ];
  for (const [attr, read, write] of texts) {
    for (const el of document.querySelectorAll(`[${attr}]`)) {
      const key = `${attr}\u0000`;
      if (!french.has(el)) french.set(el, {});
      const saved = french.get(el);
      if (!(key in saved)) saved[key] = read(el);
      write(el, lang === 'en' ? el.getAttribute(attr) : saved[key]);
    }
  }
  document.title =
    lang === 'en' ? 'CFA des Métiers du Val — Find your OPCO (demonstration page)' : 'CFA des Métiers du Val — Trouver son OPCO (page de démonstration)';
}
for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset.lang;
    translatePage(button.dataset.lang);
    for (const b of document.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b === button));
  });
}
