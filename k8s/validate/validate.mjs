// Renders every overlay under k8s/overlays with `kubectl kustomize`, validates each object against
// its schema (kubernetes-models, @kubernetes-models/prometheus-operator) and checks what a schema
// cannot: probes, resources and security settings, references between objects, selectors, and that
// only the development overlay carries Secret values. Prints one line per overlay; exits 1 on any
// finding.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import { parser as promql } from "@prometheus-io/lezer-promql";

const k8sDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const overlaysDir = path.join(k8sDir, "overlays");

// The only overlay whose Secrets may hold (placeholder) values.
const OVERLAYS_WITH_SECRET_VALUES = new Set(["development"]);
const SEVERITIES = new Set(["critical", "warning", "info"]);
// API groups whose models come from another package than kubernetes-models.
const MODEL_PACKAGES = { "monitoring.coreos.com": "@kubernetes-models/prometheus-operator" };

// --- Schema -------------------------------------------------------------------------------------

const models = new Map();

async function modelFor(apiVersion, kind) {
  const id = `${apiVersion}/${kind}`;
  if (!models.has(id)) {
    const group = apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
    const pkg = MODEL_PACKAGES[group] ?? "kubernetes-models";
    let model;
    try {
      model = (await import(`${pkg}/${apiVersion}/${kind}`))[kind];
    } catch (e) {
      if (e.code !== "ERR_PACKAGE_PATH_NOT_EXPORTED" && e.code !== "ERR_MODULE_NOT_FOUND") throw e;
    }
    models.set(id, model);
  }
  return models.get(id);
}

// Validates `data` with the model's schema and also reports fields the schema does not know (the
// schemas accept any extra property, so a misspelt optional field would pass unnoticed). The
// generated validators read every property their schema declares; a property of an object that
// the validator read from, but not that property, is unknown. Objects the validator enumerates
// (maps such as labels or ConfigMap data) or never reads (free-form) are not judged.
function validateStrictly(Model, data) {
  const seen = new Map();
  const track = (value) => {
    if (Array.isArray(value)) return value.map(track);
    if (value === null || typeof value !== "object") return value;
    const target = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, track(v)]));
    const reads = { keys: new Set(), enumerated: false };
    const proxy = new Proxy(target, {
      get(o, key, receiver) {
        if (typeof key === "string") reads.keys.add(key);
        return Reflect.get(o, key, receiver);
      },
      has(o, key) {
        if (typeof key === "string") reads.keys.add(key);
        return Reflect.has(o, key);
      },
      ownKeys(o) {
        reads.enumerated = true;
        return Reflect.ownKeys(o);
      },
    });
    seen.set(proxy, { target, reads });
    return proxy;
  };

  const errors = [];
  const root = track(new Model(data).toJSON());
  try {
    Model.prototype.validate.call(root);
  } catch (e) {
    errors.push(...(e.errors ?? [{ message: e.message }]).map(schemaError));
  }
  const unknown = (value, at) => {
    if (Array.isArray(value)) return value.forEach((v, i) => unknown(v, `${at}/${i}`));
    const entry = seen.get(value);
    if (!entry) return;
    const { target, reads } = entry;
    for (const key of Object.keys(target)) {
      if (reads.keys.size > 0 && !reads.enumerated && !reads.keys.has(key)) {
        errors.push(`${at}/${key}: unknown field`);
      }
      unknown(target[key], `${at}/${key}`);
    }
  };
  unknown(root, "");
  return errors;
}

function schemaError(e) {
  const detail = e.params?.missingProperty
    ? `missing required field "${e.params.missingProperty}"`
    : e.params?.allowedValues
      ? `${e.message}: ${e.params.allowedValues.join(", ")}`
      : e.message ?? e.keyword;
  return `${e.instancePath || "/"}: ${detail}`;
}

// --- What a schema cannot check -----------------------------------------------------------------

// Secrets the README tells the operator to create: `kubectl ... create secret <type> NAME` with
// its --from-literal/--from-file keys (a command may continue over lines ending in a backslash).
function secretsDocumentedIn(readmeText) {
  const documented = new Map();
  const commands = readmeText.replace(/\\\n/g, " ").split("\n");
  for (const line of commands) {
    const m = line.match(/kubectl\b.*?\bcreate secret (generic|tls) ([a-z0-9.-]+)(.*)/);
    if (!m) continue;
    const keys = new Set(m[1] === "tls" ? ["tls.crt", "tls.key"] : []);
    for (const k of m[3].matchAll(/--from-(?:literal|file)=([A-Za-z0-9._-]+)=/g)) keys.add(k[1]);
    documented.set(m[2], keys);
  }
  return documented;
}

const matches = (selector, labels) =>
  Object.entries(selector ?? {}).length > 0 &&
  Object.entries(selector).every(([k, v]) => labels?.[k] === v);

function checkDeployment(deployment, problem) {
  const pod = deployment.spec.template.spec;
  const podSecurity = pod.securityContext ?? {};
  if (pod.automountServiceAccountToken !== false) problem("automountServiceAccountToken must be false");
  for (const c of [...(pod.initContainers ?? []), ...pod.containers]) {
    const at = (what) => problem(`container ${c.name}: ${what}`);
    const sc = c.securityContext ?? {};
    const ports = new Set((c.ports ?? []).flatMap((p) => [p.name, p.containerPort]));
    if (!pod.initContainers?.includes(c)) {
      for (const probe of ["livenessProbe", "readinessProbe", "startupProbe"]) {
        if (!c[probe]) at(`no ${probe}`);
        else if (c[probe].httpGet && !ports.has(c[probe].httpGet.port)) {
          at(`${probe} port ${c[probe].httpGet.port} is not a container port`);
        }
      }
    }
    if (!c.resources?.requests?.cpu || !c.resources?.requests?.memory) at("no CPU and memory requests");
    if (!c.resources?.limits?.memory) at("no memory limit");
    if (sc.readOnlyRootFilesystem !== true) at("readOnlyRootFilesystem is not true");
    if ((sc.runAsNonRoot ?? podSecurity.runAsNonRoot) !== true) at("runAsNonRoot is not true");
    if (sc.allowPrivilegeEscalation !== false) at("allowPrivilegeEscalation is not false");
    if (!sc.capabilities?.drop?.includes("ALL")) at("capabilities do not drop ALL");
    if ((sc.seccompProfile ?? podSecurity.seccompProfile)?.type !== "RuntimeDefault") {
      at("seccompProfile is not RuntimeDefault");
    }
    if (!/[:@]/.test(c.image.split("/").pop()) || c.image.endsWith(":latest")) {
      at(`image ${c.image} has no tag or digest, or is :latest`);
    }
  }
}

// Every Secret and ConfigMap a Deployment uses, and every key it reads from one.
function* referencesOf(deployment) {
  const pod = deployment.spec.template.spec;
  for (const c of [...(pod.initContainers ?? []), ...pod.containers]) {
    for (const e of c.env ?? []) {
      const s = e.valueFrom?.secretKeyRef;
      const m = e.valueFrom?.configMapKeyRef;
      if (s) yield { kind: "Secret", name: s.name, key: s.key, optional: s.optional, via: `env ${e.name}` };
      if (m) yield { kind: "ConfigMap", name: m.name, key: m.key, optional: m.optional, via: `env ${e.name}` };
    }
    for (const f of c.envFrom ?? []) {
      if (f.secretRef) yield { kind: "Secret", name: f.secretRef.name, optional: f.secretRef.optional, via: "envFrom" };
      if (f.configMapRef) yield { kind: "ConfigMap", name: f.configMapRef.name, optional: f.configMapRef.optional, via: "envFrom" };
    }
  }
  for (const v of pod.volumes ?? []) {
    const sources = [v, ...(v.projected?.sources ?? [])];
    for (const s of sources) {
      if (s.secret) yield { kind: "Secret", name: s.secret.secretName ?? s.secret.name, optional: s.secret.optional, via: `volume ${v.name}` };
      if (s.configMap) yield { kind: "ConfigMap", name: s.configMap.name, optional: s.configMap.optional, via: `volume ${v.name}` };
    }
  }
}

function checkPromQL(rule, problem) {
  for (const group of rule.spec.groups) {
    for (const r of group.rules) {
      const name = r.alert ?? r.record;
      const expr = String(r.expr);
      let error;
      promql.parse(expr).iterate({ enter: (n) => { if (n.type.isError && error === undefined) error = n.from; } });
      if (error !== undefined) {
        const near = expr.slice(Math.max(0, error - 30), error + 10).replace(/\s+/g, " ");
        problem(`${name}: PromQL syntax error at character ${error}, near "${near}"`);
      }
      if (r.alert) {
        if (!SEVERITIES.has(r.labels?.severity)) problem(`${name}: severity label must be one of ${[...SEVERITIES]}`);
        if (!r.annotations?.summary || !r.annotations?.description) problem(`${name}: needs summary and description`);
      }
    }
  }
}

function checkOverlay(name, objects, documentedSecrets) {
  const problems = [];
  const of = (kind) => objects.filter((o) => o.kind === kind);
  const find = (kind, objName) => objects.find((o) => o.kind === kind && o.metadata.name === objName);
  const deployments = of("Deployment");
  const podLabels = deployments.map((d) => d.spec.template.metadata?.labels ?? {});
  const selectsPods = (selector) => podLabels.some((labels) => matches(selector, labels));

  for (const o of objects) {
    const problem = (what) => problems.push(`${o.kind}/${o.metadata.name}: ${what}`);
    if (!o.metadata.namespace) problem("no namespace (set namespace: in the overlay)");
    if (!o.metadata.labels?.["app.kubernetes.io/name"]) problem("no app.kubernetes.io/name label");

    switch (o.kind) {
      case "Deployment":
        checkDeployment(o, problem);
        if (!find("ServiceAccount", o.spec.template.spec.serviceAccountName ?? "default")) {
          problem(`ServiceAccount ${o.spec.template.spec.serviceAccountName} is not in the overlay`);
        }
        for (const ref of referencesOf(o)) {
          const target = find(ref.kind, ref.name);
          const keys = target
            ? new Set(Object.keys({ ...target.data, ...target.stringData, ...target.binaryData }))
            : ref.kind === "Secret" ? documentedSecrets.get(ref.name) : undefined;
          if (!keys) {
            problem(`${ref.via}: ${ref.kind} ${ref.name} is neither in the overlay` +
              (ref.kind === "Secret" ? " nor created by a command in k8s/README.md" : ""));
          } else if (ref.key && !keys.has(ref.key)) {
            problem(`${ref.via}: ${ref.kind} ${ref.name} has no key ${ref.key}` +
              (target ? "" : " in its k8s/README.md command"));
          }
        }
        break;
      case "Secret":
        if (!OVERLAYS_WITH_SECRET_VALUES.has(name) &&
            Object.keys({ ...o.data, ...o.stringData }).length > 0) {
          problem(`holds values; in ${name} Secrets are created by the operator (k8s/README.md)`);
        }
        break;
      case "Service":
      case "PodDisruptionBudget":
      case "NetworkPolicy": {
        const selector = o.kind === "Service" ? o.spec.selector
          : o.kind === "NetworkPolicy" ? o.spec.podSelector.matchLabels : o.spec.selector?.matchLabels;
        if (!selectsPods(selector)) problem("selects no Deployment's pods");
        break;
      }
      case "HorizontalPodAutoscaler": {
        const target = o.spec.scaleTargetRef;
        const deployment = target.kind === "Deployment" && find("Deployment", target.name);
        if (!deployment) problem(`scales ${target.kind}/${target.name}, which is not in the overlay`);
        else if (deployment.spec.replicas !== undefined) {
          problem(`Deployment/${target.name} sets replicas, which every apply would reset under the autoscaler`);
        }
        break;
      }
      case "Ingress":
        for (const rule of o.spec.rules ?? []) {
          for (const p of rule.http?.paths ?? []) {
            const { name: svc, port } = p.backend.service ?? {};
            const service = svc && find("Service", svc);
            if (!service) problem(`path ${p.path}: Service ${svc} is not in the overlay`);
            else if (!service.spec.ports.some((sp) => sp.name === port.name || sp.port === port.number)) {
              problem(`path ${p.path}: Service ${svc} has no port ${port.name ?? port.number}`);
            }
          }
        }
        for (const tls of o.spec.tls ?? []) {
          if (tls.secretName && !find("Secret", tls.secretName) && !documentedSecrets.has(tls.secretName)) {
            problem(`TLS Secret ${tls.secretName} is neither in the overlay nor named in k8s/README.md`);
          }
        }
        break;
      case "ServiceMonitor": {
        const services = of("Service").filter((s) => matches(o.spec.selector.matchLabels, s.metadata.labels));
        if (services.length === 0) problem("selects no Service");
        for (const e of o.spec.endpoints) {
          if (!services.some((s) => s.spec.ports.some((p) => p.name === e.port))) {
            problem(`endpoint port ${e.port} is not a port name of the selected Service`);
          }
        }
        break;
      }
      case "PrometheusRule":
        checkPromQL(o, problem);
        break;
    }
  }
  return problems;
}

// --- Main ---------------------------------------------------------------------------------------

function render(dir) {
  try {
    return execFileSync("kubectl", ["kustomize", dir], { encoding: "utf8", maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    if (e.code === "ENOENT") {
      console.error("validate: kubectl is not on the PATH; it renders the overlays (kubectl kustomize).");
      process.exit(2);
    }
    throw new Error(`kubectl kustomize ${path.relative(process.cwd(), dir)} failed:\n${e.stderr || e.message}`);
  }
}

const documentedSecrets = secretsDocumentedIn(readFileSync(path.join(k8sDir, "README.md"), "utf8"));
const overlays = readdirSync(overlaysDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
if (overlays.length === 0) {
  console.error(`validate: no overlays under ${overlaysDir}`);
  process.exit(1);
}

let failed = 0;
for (const overlay of overlays) {
  const problems = [];
  const counts = new Map();
  let objects = [];
  try {
    const documents = parseAllDocuments(render(path.join(overlaysDir, overlay)));
    for (const doc of documents) {
      if (doc.errors.length > 0) throw new Error(`YAML: ${doc.errors[0].message}`);
    }
    objects = documents.map((d) => d.toJSON()).filter((o) => o !== null);
  } catch (e) {
    problems.push(e.message.trimEnd());
  }

  for (const o of objects) {
    const id = `${o.kind}/${o.metadata?.name}`;
    counts.set(o.kind, (counts.get(o.kind) ?? 0) + 1);
    const Model = o.apiVersion && o.kind ? await modelFor(o.apiVersion, o.kind) : undefined;
    if (!Model) {
      problems.push(`${id}: unknown kind ${o.kind} in ${o.apiVersion}`);
      continue;
    }
    problems.push(...validateStrictly(Model, o).map((e) => `${id}: ${e}`));
  }
  if (problems.length === 0) problems.push(...checkOverlay(overlay, objects, documentedSecrets));

  const summary = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k} ${n}`).join(", ");
  if (problems.length === 0) {
    console.log(`ok    ${overlay}: ${objects.length} objects (${summary})`);
  } else {
    failed++;
    console.log(`FAIL  ${overlay}: ${objects.length} objects (${summary})`);
    for (const p of problems) console.log(`      ${p.replaceAll("\n", "\n      ")}`);
  }
}
console.log(`overlays: ${overlays.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
