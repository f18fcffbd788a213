// The host page's own script on every snippet page (not part of any snippet): it shows, in a
// visible list, the opco-* events our widgets send to the page, as a partner's analytics or
// form code would receive them. It also lists what an integrator must never see: a
// Content-Security-Policy violation, an uncaught error or a console error. It is loaded before
// the widgets so that it sees their whole life.
const EVENTS = ['opco-found', 'opco-not-found', 'opco-reset', 'opco-branch-select', 'opco-simulate'];

const log = document.getElementById('host-log');

function add(kind, name, text) {
  const item = document.createElement('li');
  item.dataset[kind] = name;
  item.textContent = text;
  log?.append(item);
}

/** A short, human summary of an event's detail: the OPCO, else the reason or the IDCC. */
function summary(detail) {
  if (!detail || typeof detail !== 'object') return '';
  const parts = [detail.opcoId, detail.reason, detail.convention?.idcc ?? detail.idcc, detail.query];
  return [...new Set(parts.filter((v) => typeof v === 'string' && v !== ''))].join(' · ');
}

for (const type of EVENTS) {
  document.addEventListener(type, (event) => add('event', type, `${type} ${summary(event.detail)}`.trim()));
}

document.addEventListener('securitypolicyviolation', (event) =>
  add('problem', 'csp', `CSP: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`),
);
window.addEventListener('error', (event) => add('problem', 'error', `Error: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => add('problem', 'error', `Unhandled: ${event.reason}`));
const consoleError = console.error.bind(console);
console.error = (...args) => {
  add('problem', 'console', `console.error: ${args.map(String).join(' ')}`);
  consoleError(...args);
};
