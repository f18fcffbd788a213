// Loads the CSP page (served with the strict policy, Trusted Types included) in an iframe and waits for its widgets.
export interface CspWindow extends Window {
  /** Every Content-Security-Policy violation (record-violations.js). */
  __violations?: string[];
  /** The name of every Trusted Types policy created. */
  __policies?: string[];
  trustedTypes?: { createPolicy(name: string, rules: object): unknown };
}

export async function loadCspPage(
  page = '/test/csp/page.html',
  tags: readonly string[] = ['opco-provider', 'opco-card', 'opco-finder', 'opco-branch-list', 'opco-funding-explainer'],
): Promise<{ frame: HTMLIFrameElement; win: CspWindow }> {
  const frame = document.createElement('iframe');
  frame.src = page;
  frame.style.width = '900px';
  frame.style.height = '700px';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as CspWindow;
  for (const tag of tags) await win.customElements.whenDefined(tag);
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { frame, win };
}
