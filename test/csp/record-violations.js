// Runs first on the CSP pages: keeps every Content-Security-Policy violation, and the name of every
// Trusted Types policy created, for the test to read.
window.__violations = [];
window.__policies = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
});
if (window.trustedTypes) {
  const create = window.trustedTypes.createPolicy.bind(window.trustedTypes);
  window.trustedTypes.createPolicy = (name, rules) => {
    window.__policies.push(name);
    return create(name, rules);
  };
}
