// A React 19 app using the widgets as plain custom elements. React 19 handles them natively:
//  - a prop whose name is a property of the (already defined) element is set as a property,
//    so rich values (objects, arrays) pass as they are; other props become attributes;
//  - `onopco-found={fn}` adds a listener for the `opco-found` event (the name after "on", as is).
// The bundle is loaded by its own <script type="module"> before this app, so the elements are
// defined when React first renders them.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

const CHOICES = ['akto', 'atlas', 'opco-ep'];

function App() {
  const [lang, setLang] = useState('fr');
  const [opco, setOpco] = useState('akto');
  const [found, setFound] = useState(null);

  return (
    <>
      <fieldset>
        <legend>{lang === 'fr' ? "Réglages de l'application" : 'App settings'}</legend>
        <label>
          {lang === 'fr' ? 'Langue ' : 'Language '}
          <select value={lang} onChange={(e) => setLang(e.target.value)}>
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </label>{' '}
        <label>
          {'OPCO '}
          <select value={opco} onChange={(e) => setOpco(e.target.value)}>
            {CHOICES.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </label>
      </fieldset>

      {/* snippet: react */}
      <opco-provider lang={lang}>
        <opco-finder idcc="1979" onopco-found={(event) => setFound(event.detail)} />
      </opco-provider>
      <p role="status" id="react-found">
        {found ? `React state: ${found.opcoId} (IDCC ${found.convention?.idcc ?? '?'})` : 'React state: —'}
      </p>
      <opco-card opco={opco} lang={lang} compact />
      {/* /snippet */}
    </>
  );
}

createRoot(document.getElementById('app')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
