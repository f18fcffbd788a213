// The host page's own script: a language switch and a log of the events our widgets send.
const log = document.getElementById('events');
for (const type of ['opco-found', 'opco-not-found', 'opco-reset', 'opco-branch-select', 'opco-simulate']) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const detail = event.detail ?? {};
    const summary = detail.opcoId ?? detail.reason ?? detail.convention?.idcc ?? '';
    item.textContent = `${new Date().toLocaleTimeString()} ${type} ${summary}`;
    log.prepend(item);
  });
}
for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset.lang;
    for (const b of document.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b === button));
  });
}
