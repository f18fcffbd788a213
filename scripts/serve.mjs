// `npm start` (after the build): serves the demo partner page on loopback and prints its URL.
import { SEVERAL_FILES_CSP, startStaticServer } from './lib/static-server.mjs';

const wanted = Number(process.env.PORT ?? 8080);
let server;
try {
  server = await startStaticServer({ port: wanted, csp: SEVERAL_FILES_CSP }); // the configurator's preview may load two of our files
} catch {
  server = await startStaticServer({ port: 0, csp: SEVERAL_FILES_CSP }); // the usual port is taken: any free one
}
console.log(`\nDemo partner page: ${server.url}/demo/`);
console.log(`Configurator:      ${server.url}/demo/configurator.html`);
console.log(`Snippet pages:     ${server.url}/integrate/`);
console.log('(Ctrl+C to stop)');
