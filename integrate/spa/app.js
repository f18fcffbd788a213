// A minimal single-page application: views are built after load with createElement and thrown
// away on navigation, as a router would. The widgets must upgrade when added, clean up when
// removed, work again when re-added, and follow the page's language when it changes.
const view = document.getElementById('view');

/** What the application knows about its signed-in employer: it pre-fills the finder. */
const profile = { idcc: '1979' };

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) node.setAttribute(name, '');
    else node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

const views = {
  home: () => [el('h2', {}, 'Accueil'), el('p', {}, 'Choisissez une rubrique.')],
  finder: () => [
    el('h2', {}, 'Trouver mon OPCO'),
    el(
      'opco-provider',
      {},
      el('opco-finder', { idcc: profile.idcc }),
      // follows what the finder found (same provider)
      el('opco-card', { 'heading-level': '3' }),
    ),
  ],
  card: () => [el('h2', {}, 'Fiche AKTO'), el('opco-card', { opco: 'akto' })],
};

function show(route) {
  const name = route in views ? route : 'home';
  view.replaceChildren(...views[name]());
  for (const button of document.querySelectorAll('[data-route]')) {
    if (button.dataset.route === name) button.setAttribute('aria-current', 'page');
    else button.removeAttribute('aria-current');
  }
}

for (const button of document.querySelectorAll('[data-route]')) {
  button.addEventListener('click', () => {
    location.hash = `#/${button.dataset.route}`;
  });
}
window.addEventListener('hashchange', () => show(location.hash.slice(2)));

// The page's language switch: the widgets read the nearest lang attribute and follow it live.
for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset.lang;
    for (const b of document.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b === button));
  });
}

show(location.hash.slice(2));
