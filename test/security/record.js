// Loaded first (a classic script from 'self') by the CSP test pages in test/security/: records every
// CSP / Trusted Types violation and every console.warn of the page, for the test to read.
window.violations = [];
window.warnings = [];
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.effectiveDirective} ${e.blockedURI} <${e.target.localName ?? '#document'}> ${e.sample}`.trim()), true);
const warn = console.warn;
console.warn = (...args) => {
  window.warnings.push(String(args[0])); // our warnings pass the element after the message
  warn.apply(console, args);
};
