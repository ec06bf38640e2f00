// Validates rendered Kubernetes manifests offline:
//   1. every built-in object against the Kubernetes OpenAPI schemas (kubernetes-models
//      validators: types, required fields, enums, formats);
//   2. every built-in object against the same models' TypeScript types, compiled with excess
//      property checks: a misspelt or misplaced field (`readinesProbe`) is an error, which the
//      schemas alone let through;
//   3. the operators' custom resources against schemas/ (CloudNativePG, Keycloak Operator);
//   4. the references between objects and the rules this deployment relies on (probes,
//      non-root, SSE settings on the ingress, one Keycloak issuer everywhere, ...).
//
//   node validate-manifests.mjs NAME=FILE...   rendered YAML, e.g. staging=/tmp/staging.yaml
//   node validate-manifests.mjs --self-test FILE   broken variants of FILE must each be caught
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import Ajv from 'ajv';
import ts from 'typescript';
import { parseAllDocuments } from 'yaml';

const here = path.dirname(fileURLToPath(import.meta.url));

// Secrets that operators create at run time, so no manifest holds them.
const OPERATOR_SECRETS = new Set(['emergency-desk-db-app', 'keycloak-db-app']);

// ---------------------------------------------------------------------------------------------
// custom resources

function customResourceValidators() {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  const dir = path.join(here, 'schemas');
  const validators = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(path.join(dir, file), 'utf8')), file);
  }
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'common.json')) {
    const [group, kind, version] = file.replace(/\.json$/, '').split('_');
    validators.set(`${group}/${version}/${kind}`, ajv.getSchema(file));
  }
  return validators;
}

// ---------------------------------------------------------------------------------------------
// built-in kinds

function modulePath(apiVersion, kind) {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : [null, apiVersion];
  return group ? `kubernetes-models/${group}/${version}/${kind}` : `kubernetes-models/${version}/${kind}`;
}

async function loadModel(apiVersion, kind) {
  try {
    const module = await import(modulePath(apiVersion, kind));
    return module[kind];
  } catch {
    return null;
  }
}

// Compiles one TypeScript file that assigns every object, as a literal, to its model's type.
function typeCheck(entries) {
  const file = path.join(here, '.manifests-check.ts');
  const lines = [];
  entries.forEach((entry, i) => {
    lines.push(`import type { I${entry.object.kind} as T${i} } from '${modulePath(entry.object.apiVersion, entry.object.kind)}';`);
  });
  const firstObjectLine = lines.length;
  entries.forEach((entry, i) => {
    lines.push(`export const o${i}: T${i} = ${JSON.stringify(entry.object)};`);
  });
  const source = lines.join('\n') + '\n';
  const options = {
    strict: true, noEmit: true, skipLibCheck: true, types: [], lib: ['lib.es2022.d.ts'],
    target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => name === file || fileExists.call(host, name);
  host.readFile = (name) => (name === file ? source : readFile.call(host, name));
  host.getSourceFile = (name, language, ...rest) => (name === file
    ? ts.createSourceFile(name, source, language)
    : getSourceFile.call(host, name, language, ...rest));
  const program = ts.createProgram([file], options, host);
  const problems = [];
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    if (diagnostic.file && diagnostic.file.fileName === file) {
      const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
      const entry = line >= firstObjectLine ? entries[line - firstObjectLine] : entries[line];
      problems.push({ entry, message: `types: ${message}` });
    } else {
      problems.push({ entry: null, message: `types: ${message}` });
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// rules of this deployment

function podSpecOf(object) {
  return ['Deployment', 'StatefulSet', 'DaemonSet', 'Job'].includes(object.kind)
    ? object.spec?.template?.spec
    : null;
}

function matches(selector, labels) {
  return Object.entries(selector ?? {}).every(([key, value]) => labels?.[key] === value);
}

function deploymentRules(objects) {
  const problems = [];
  const byKind = (kind) => objects.filter((o) => o.kind === kind);
  const names = (kind) => new Set(byKind(kind).map((o) => o.metadata.name));
  const configMaps = names('ConfigMap');
  const secrets = new Set([...names('Secret'), ...OPERATOR_SECRETS]);
  const services = byKind('Service');
  const workloads = objects.filter(podSpecOf);
  const say = (object, message) => problems.push({ object, message: `rule: ${message}` });

  for (const workload of workloads) {
    const pod = podSpecOf(workload);
    const podLabels = workload.spec.template.metadata?.labels;
    if (!matches(workload.spec.selector?.matchLabels, podLabels)) {
      say(workload, 'the selector does not match the pod template labels');
    }
    if (pod.securityContext?.runAsNonRoot !== true) say(workload, 'the pod must set securityContext.runAsNonRoot: true');
    for (const container of pod.containers ?? []) {
      const where = `container ${container.name}`;
      if (!container.readinessProbe) say(workload, `${where} has no readinessProbe`);
      if (!container.livenessProbe) say(workload, `${where} has no livenessProbe`);
      if (!container.resources?.requests?.cpu || !container.resources?.requests?.memory) say(workload, `${where} needs cpu and memory requests`);
      if (!container.resources?.limits?.memory) say(workload, `${where} needs a memory limit`);
      if (container.securityContext?.allowPrivilegeEscalation !== false) say(workload, `${where} must set allowPrivilegeEscalation: false`);
      if (!container.securityContext?.capabilities?.drop?.includes('ALL')) say(workload, `${where} must drop ALL capabilities`);
      const ports = new Set((container.ports ?? []).map((p) => p.name));
      for (const probe of ['readinessProbe', 'livenessProbe', 'startupProbe']) {
        const port = container[probe]?.httpGet?.port;
        if (typeof port === 'string' && !ports.has(port)) say(workload, `${where} ${probe} names port ${port}, which the container does not declare`);
      }
      for (const source of container.envFrom ?? []) {
        if (source.configMapRef && !configMaps.has(source.configMapRef.name)) say(workload, `${where} reads ConfigMap ${source.configMapRef.name}, which is not rendered`);
        if (source.secretRef && !secrets.has(source.secretRef.name)) say(workload, `${where} reads Secret ${source.secretRef.name}, which is not rendered`);
      }
      for (const variable of container.env ?? []) {
        const ref = variable.valueFrom?.secretKeyRef ?? variable.valueFrom?.configMapKeyRef;
        const known = variable.valueFrom?.secretKeyRef ? secrets : configMaps;
        if (ref && !known.has(ref.name)) say(workload, `${where} env ${variable.name} reads ${ref.name}, which is not rendered`);
      }
    }
    for (const volume of pod.volumes ?? []) {
      const claim = volume.persistentVolumeClaim?.claimName;
      if (claim && !names('PersistentVolumeClaim').has(claim)) say(workload, `volume ${volume.name} claims ${claim}, which is not rendered`);
    }
  }

  for (const service of services) {
    const target = workloads.find((w) => matches(service.spec?.selector, w.spec.template.metadata?.labels));
    if (!target) { say(service, 'the selector matches no workload'); continue; }
    const containerPorts = new Set((podSpecOf(target).containers ?? []).flatMap((c) => (c.ports ?? []).map((p) => p.name)));
    for (const port of service.spec?.ports ?? []) {
      if (typeof port.targetPort === 'string' && !containerPorts.has(port.targetPort)) say(service, `targetPort ${port.targetPort} is no container port of ${target.metadata.name}`);
    }
  }

  for (const budget of byKind('PodDisruptionBudget')) {
    if (!workloads.some((w) => matches(budget.spec?.selector?.matchLabels, w.spec.template.metadata?.labels))) say(budget, 'the selector matches no workload');
  }
  for (const scaler of byKind('HorizontalPodAutoscaler')) {
    const ref = scaler.spec?.scaleTargetRef ?? {};
    if (!objects.some((o) => o.kind === ref.kind && o.metadata.name === ref.name)) say(scaler, `scales ${ref.kind} ${ref.name}, which is not rendered`);
    if ((scaler.spec?.minReplicas ?? 1) < 2) say(scaler, 'minReplicas must be at least 2 (the PodDisruptionBudget lets one go)');
  }

  const knownServices = new Map(services.map((s) => [s.metadata.name, s]));
  const keycloaks = byKind('Keycloak');
  for (const keycloak of keycloaks) knownServices.set(`${keycloak.metadata.name}-service`, null);
  for (const ingress of byKind('Ingress')) {
    for (const rule of ingress.spec?.rules ?? []) {
      for (const p of rule.http?.paths ?? []) {
        const backend = p.backend?.service ?? {};
        if (!knownServices.has(backend.name)) { say(ingress, `path ${p.path} goes to Service ${backend.name}, which is not rendered`); continue; }
        const service = knownServices.get(backend.name);
        if (service && backend.port?.name && !(service.spec?.ports ?? []).some((sp) => sp.name === backend.port.name)) say(ingress, `path ${p.path} names port ${backend.port.name}, which Service ${backend.name} lacks`);
        if (backend.name === 'emergency-desk-backend') {
          const a = ingress.metadata.annotations ?? {};
          if (a['nginx.ingress.kubernetes.io/proxy-buffering'] !== 'off') say(ingress, 'the API ingress must set proxy-buffering "off" (server-sent events)');
          if (!(Number(a['nginx.ingress.kubernetes.io/proxy-read-timeout']) >= 3600)) say(ingress, 'the API ingress needs proxy-read-timeout of at least 3600 (server-sent events)');
        }
      }
    }
  }

  // One issuer: Keycloak's public URL must be what the backend checks and what the SPA uses.
  const backendConfig = byKind('ConfigMap').find((c) => c.metadata.name.startsWith('emergency-desk-backend'));
  const spaConfig = byKind('ConfigMap').find((c) => c.metadata.name.startsWith('emergency-desk-spa'));
  for (const keycloak of keycloaks) {
    const issuerBase = keycloak.spec?.hostname?.hostname;
    if (!/^https?:\/\//.test(issuerBase ?? '')) say(keycloak, 'spec.hostname.hostname must be the full public URL (https://...)');
    if (backendConfig && backendConfig.data?.KEYCLOAK_URL !== issuerBase) say(backendConfig, `KEYCLOAK_URL ${backendConfig.data?.KEYCLOAK_URL} differs from Keycloak's hostname ${issuerBase}: tokens would be refused`);
    if (spaConfig && spaConfig.data?.DESK_KEYCLOAK_URL !== issuerBase) say(spaConfig, `DESK_KEYCLOAK_URL ${spaConfig.data?.DESK_KEYCLOAK_URL} differs from Keycloak's hostname ${issuerBase}`);
    const keycloakHost = issuerBase?.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
    if (!byKind('Ingress').some((i) => (i.spec?.rules ?? []).some((r) => r.host === keycloakHost))) say(keycloak, `no Ingress serves Keycloak's host ${keycloakHost}`);
    for (const ref of [keycloak.spec?.db?.usernameSecret, keycloak.spec?.db?.passwordSecret]) {
      if (ref && !secrets.has(ref.name)) say(keycloak, `the database secret ${ref.name} is not rendered and no operator creates it`);
    }
  }
  for (const realmImport of byKind('KeycloakRealmImport')) {
    if (!keycloaks.some((k) => k.metadata.name === realmImport.spec?.keycloakCRName)) say(realmImport, `keycloakCRName ${realmImport.spec?.keycloakCRName} is not rendered`);
    const spa = realmImport.spec?.realm?.clients?.find((c) => c.clientId === 'emergency-desk-spa');
    const appHosts = byKind('Ingress').filter((i) => i.metadata.name === 'emergency-desk').flatMap((i) => (i.spec?.rules ?? []).map((r) => r.host));
    for (const host of appHosts) {
      if (!spa?.redirectUris?.includes(`https://${host}/*`)) say(realmImport, `the SPA client does not allow https://${host}/* as a redirect URI`);
    }
  }

  for (const cluster of byKind('Cluster')) {
    if (!cluster.spec?.backup?.barmanObjectStore) say(cluster, 'no backup.barmanObjectStore: no point-in-time recovery');
    for (const ref of Object.values(cluster.spec?.backup?.barmanObjectStore?.s3Credentials ?? {})) {
      if (ref?.name && !secrets.has(ref.name)) say(cluster, `the backup credentials ${ref.name} are not rendered`);
    }
    if (!byKind('ScheduledBackup').some((b) => b.spec?.cluster?.name === cluster.metadata.name)) say(cluster, 'no ScheduledBackup takes its base backups');
  }
  for (const backup of byKind('ScheduledBackup')) {
    if (!byKind('Cluster').some((c) => c.metadata.name === backup.spec?.cluster?.name)) say(backup, `backs up Cluster ${backup.spec?.cluster?.name}, which is not rendered`);
  }
  if (!byKind('NetworkPolicy').some((p) => Object.keys(p.spec?.podSelector ?? {}).length === 0 && !(p.spec?.ingress || p.spec?.egress))) {
    problems.push({ object: null, message: 'rule: no default-deny NetworkPolicy (empty podSelector, no rules)' });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------

// Validates several independent sets (one per overlay) with a single TypeScript compilation.
export async function validateSets(sets) {
  const crds = customResourceValidators();
  const results = sets.map(() => []);
  const builtIns = [];
  for (const [index, objects] of sets.entries()) {
    const problems = results[index];
    for (const entry of await validateObjects(objects, crds, problems)) builtIns.push({ ...entry, index });
    try {
      problems.push(...deploymentRules(objects.filter((o) => o?.kind && o?.metadata?.name)));
    } catch (error) {
      problems.push({ object: null, message: `rule: the objects are too malformed to check (${error.message})` });
    }
  }
  for (const { entry, message } of typeCheck(builtIns)) {
    (entry ? results[entry.index] : results[0]).push({ object: entry?.object ?? null, message });
  }
  return results;
}

export async function validate(objects) {
  return (await validateSets([objects]))[0];
}

async function validateObjects(objects, crds, problems) {
  const builtIns = [];
  for (const object of objects) {
    if (!object || typeof object !== 'object' || !object.apiVersion || !object.kind || !object.metadata?.name) {
      problems.push({ object: null, message: `an object without apiVersion, kind and metadata.name: ${JSON.stringify(object)?.slice(0, 120)}` });
      continue;
    }
    const [group, version] = object.apiVersion.split('/');
    const crd = crds.get(`${group}/${version}/${object.kind}`);
    if (crd) {
      if (!crd(object)) {
        for (const error of crd.errors) problems.push({ object, message: `schema: ${error.instancePath || '/'} ${error.message}${error.params?.additionalProperty ? ` (${error.params.additionalProperty})` : ''}` });
      }
      continue;
    }
    const Model = await loadModel(object.apiVersion, object.kind);
    if (!Model) {
      problems.push({ object, message: `no schema for ${object.apiVersion} ${object.kind}` });
      continue;
    }
    try {
      new Model(object).validate();
    } catch (error) {
      problems.push({ object, message: `schema: ${error.message}` });
    }
    builtIns.push({ object });
  }
  return builtIns;
}

function describe(object) {
  return object ? `${object.kind} ${object.metadata?.namespace ? `${object.metadata.namespace}/` : ''}${object.metadata?.name}` : '(all)';
}

function load(file) {
  const documents = parseAllDocuments(readFileSync(file, 'utf8'));
  const objects = [];
  for (const document of documents) {
    if (document.errors.length) throw new Error(`${file}: ${document.errors[0].message}`);
    const value = document.toJS();
    if (value !== null) objects.push(value);
  }
  return objects;
}

// Breaks the valid rendering of an overlay in known ways; each break must be reported.
async function selfTest(file) {
  const good = load(file);
  // Each case breaks one thing in a copy of the valid objects and names what must be reported.
  const cases = [
    ['misspelt container field', (o) => o.kind === 'Deployment' && (o.spec.template.spec.containers[0].readinesProbe = o.spec.template.spec.containers[0].readinessProbe), /readinesProbe/],
    ['wrong type', (o) => o.kind === 'Deployment' && (o.spec.replicas = 'two'), /replicas/],
    ['missing probe', (o) => o.kind === 'Deployment' && delete o.spec.template.spec.containers[0].livenessProbe, /no livenessProbe/],
    ['root allowed', (o) => o.kind === 'Deployment' && delete o.spec.template.spec.securityContext.runAsNonRoot, /runAsNonRoot/],
    ['Service to nothing', (o) => o.kind === 'Service' && (o.spec.selector = { app: 'nothing' }), /matches no workload/],
    ['buffered SSE', (o) => o.kind === 'Ingress' && delete o.metadata.annotations['nginx.ingress.kubernetes.io/proxy-buffering'], /proxy-buffering/],
    ['two issuers', (o) => o.kind === 'ConfigMap' && (o.data.KEYCLOAK_URL = 'http://keycloak:8080'), /KEYCLOAK_URL/],
    ['HPA metric misspelt', (o) => o.kind === 'HorizontalPodAutoscaler' && (o.spec.metrics[1].pod = o.spec.metrics[1].pods), /pod/],
    ['CNPG bad enum', (o) => o.kind === 'Cluster' && (o.spec.backup.barmanObjectStore.wal.compression = 'zip'), /compression/],
    ['CNPG unknown field', (o) => o.kind === 'Cluster' && (o.spec.instance = 3), /instance/],
    ['CNPG bad schedule', (o) => o.kind === 'ScheduledBackup' && (o.spec.schedule = '0 2 * * *'), /schedule/],
    ['Keycloak unknown field', (o) => o.kind === 'Keycloak' && (o.spec.hostnames = o.spec.hostname), /hostnames/],
    ['realm import without realm', (o) => o.kind === 'KeycloakRealmImport' && delete o.spec.realm, /realm/],
    ['unknown kind', (o) => o.kind === 'PodDisruptionBudget' && (o.apiVersion = 'policy/v1beta7'), /no schema/],
  ];
  const broken = cases.map(([name, breakIt]) => {
    const objects = structuredClone(good);
    if (!objects.some((o) => breakIt(o))) throw new Error(`self-test: case "${name}" changed nothing`);
    return objects;
  });
  const [baseline, ...results] = await validateSets([good, ...broken]);
  if (baseline.length) {
    for (const p of baseline) console.error(`  ${describe(p.object)}: ${p.message}`);
    throw new Error(`self-test: ${file} must be valid to start from`);
  }
  let failures = 0;
  cases.forEach(([name, , expected], i) => {
    if (!results[i].some((p) => expected.test(p.message))) {
      failures++;
      console.error(`self-test: "${name}" was not caught (${results[i].map((p) => p.message).join('; ') || 'no problems'})`);
    }
  });
  if (failures) process.exit(1);
  console.log(`manifests self-test: all ${cases.length} broken variants of ${path.basename(file)} caught`);
}

async function main(args) {
  if (args[0] === '--self-test') return selfTest(args[1]);
  let failed = false;
  const inputs = args.map((arg) => {
    const [name, file] = arg.includes('=') ? arg.split('=') : [arg, arg];
    return { name, objects: load(file) };
  });
  const results = await validateSets(inputs.map((i) => i.objects));
  for (const [index, { name, objects }] of inputs.entries()) {
    const problems = results[index];
    if (problems.length) {
      failed = true;
      console.error(`${name}: ${problems.length} problem(s)`);
      for (const p of problems) console.error(`  ${describe(p.object)}: ${p.message}`);
    } else {
      const kinds = [...new Set(objects.map((o) => o.kind))].length;
      console.log(`${name}: ${objects.length} objects of ${kinds} kinds valid`);
    }
  }
  if (failed) process.exit(1);
}

await main(process.argv.slice(2));
