// A TypeScript partner's code, type-checked against the published declarations by
// `npm run build` (`tsc -p integrate/typescript`): it imports the package by its name, as an
// app with opco-widgets in node_modules does, so package.json "exports"/"types" are checked too.
// It is never run; a wrong element, attribute property or event detail type fails the build.
import 'opco-widgets';
import type { OpcoFoundDetail, OpcoNotFoundDetail } from 'opco-widgets';
import { getOpco, opcos, type Opco, type OpcoId } from 'opco-widgets/data';

// HTMLElementTagNameMap: querySelector and createElement know our elements
const card = document.querySelector('opco-card');
if (card) {
  card.opco = 'akto';
  card.compact = true;
  card.theme = 'dark';
}
const finder = document.createElement('opco-finder');
finder.setAttribute('idcc', '1979');
document.body.append(document.createElement('opco-provider'), finder);

// HTMLElementEventMap: on an element (or its ancestors as HTMLElements), the detail is typed
const area = document.body;
area.addEventListener('opco-found', (event) => {
  const detail: OpcoFoundDetail = event.detail;
  const id: OpcoId = detail.opcoId;
  const name: string = detail.opco.shortName;
  console.log(id, name, detail.convention?.idcc);
});
finder.addEventListener('opco-not-found', (event) => {
  const detail: OpcoNotFoundDetail = event.detail;
  console.log(detail.reason);
});

// the data module
const first: Opco | undefined = opcos[0];
console.log(first?.shortName, getOpco('akto')?.website);

// @ts-expect-error: an element the package does not define is a plain HTMLElement
document.querySelector('opco-unknown')!.opco = 'akto';
