import type { BrokenPair, Formatter } from '../types.js';
import { RULES } from '../../check/rules/index.js';
import type { Severity } from '../../check/types.js';
import { endOf } from '../positions.js';
import { VERSION } from '../../version.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0 (validated against the official schema in tests). One run for all pairs; artifact
 * paths stay relative so that code-scanning fingerprints survive; `results: []` when clean.
 */
export const sarif: Formatter = (results) => {
  const rules = RULES.map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: r.description },
    fullDescription: { text: r.description },
    help: { text: r.help },
    defaultConfiguration: { level: LEVEL[r.severity] },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const artifacts: { location: { uri: string }; encoding: string; sourceLanguage?: string }[] = [];
  const artifactIndex = new Map<string, number>();
  const artifact = (uri: string, encoding: string, lang: string) => {
    let i = artifactIndex.get(uri);
    if (i === undefined) {
      i = artifacts.length;
      artifactIndex.set(uri, i);
      artifacts.push({ location: { uri }, encoding, sourceLanguage: lang });
    }
    return i;
  };
  const out = [];
  for (const r of results) {
    for (const f of r.flags) {
      const doc = f.document === 'summary' ? r.summary : r.source;
      const uri = doc.file;
      const index = artifact(uri, doc.encoding, doc.lang);
      out.push({
        ruleId: f.rule,
        ruleIndex: ruleIndex.get(f.rule)!,
        level: LEVEL[f.severity],
        message: { text: `${f.message}: ${f.text}` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, index },
              region: { startLine: f.line, startColumn: f.column, ...endOf(f), charOffset: f.start, charLength: f.end - f.start, snippet: { text: f.text } },
            },
          },
        ],
        partialFingerprints: { 'isnadFlag/v1': fingerprint(`${f.rule}\u0000${f.text}\u0000${uri}`) },
        ...(f.suppressed ? { suppressions: [{ kind: 'external', status: 'accepted', justification: `${f.suppressed.reason} (${f.suppressed.by})` }] } : {}),
        properties: { document: f.document, unit: f.unit, ...(r.pair ? { pair: r.pair } : {}), ...(f.sources ? { sources: f.sources } : {}) },
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'isnad', version: VERSION, semanticVersion: VERSION, informationUri: 'https://www.npmjs.com/package/isnad', rules } },
        ...invocations(results.broken),
        columnKind: 'utf16CodeUnits',
        artifacts,
        results: out,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/**
 * Pairs that could not be checked: a failed invocation with one error notification each, so that a CI
 * system that keeps only the SARIF file still sees them (code scanning shows tool notifications).
 */
function invocations(broken: BrokenPair[] = []) {
  if (!broken.length) return {};
  return {
    invocations: [
      {
        executionSuccessful: false,
        toolExecutionNotifications: broken.map((b) => ({
          level: 'error',
          message: { text: `${b.pair}: ${b.error}` },
          descriptor: { id: 'broken-pair' },
          properties: { pair: b.pair },
        })),
      },
    ],
  };
}

/** A stable 64-bit FNV-1a hash in hex (deterministic, no crypto needed). */
function fingerprint(s: string): string {
  let h1 = 0x811c9dc5,
    h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    h1 = Math.imul(h1 ^ s.charCodeAt(i), 16777619) >>> 0;
    h2 = Math.imul(h2 ^ s.charCodeAt(i), 2246822519) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}
