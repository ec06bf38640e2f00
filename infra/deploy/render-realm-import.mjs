// Renders infra/k8s/base/keycloak/realm-import.yaml, the Keycloak Operator's
// KeycloakRealmImport, from infra/keycloak/realm-emergency-desk.json: the realm file stays
// the single source for `make run`, the tests, compose and Kubernetes alike.
//   node render-realm-import.mjs          write the file
//   node render-realm-import.mjs --check  exit 1 when the file differs from a fresh rendering
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const source = 'infra/keycloak/realm-emergency-desk.json';
const target = 'infra/k8s/base/keycloak/realm-import.yaml';

export function render(realmJson) {
  const realm = JSON.parse(realmJson);
  const resource = {
    apiVersion: 'k8s.keycloak.org/v2alpha1',
    kind: 'KeycloakRealmImport',
    metadata: { name: 'emergency-desk-realm' },
    spec: { keycloakCRName: 'emergency-desk-keycloak', realm },
  };
  return `# Generated from ${source} by infra/deploy/render-realm-import.mjs: do not edit.\n`
    + '# The operator creates the realm once; an existing realm is not updated (docs/deployment.md).\n'
    + stringify(resource, { lineWidth: 0 });
}

const rendered = render(readFileSync(repo + source, 'utf8'));
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(repo + target, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== rendered) {
    console.error(`${target} is not the rendering of ${source}: run node infra/deploy/render-realm-import.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(repo + target, rendered);
  console.log(`wrote ${target}`);
}
