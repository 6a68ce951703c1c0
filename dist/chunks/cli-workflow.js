import { p as parseDocument, b as isMap, L as LineCounter, i as isScalar, c as isSeq } from './cli-public-api.js';

/**
 * The running workflow file's `env:` entries, with their lines, so a finding about an environment
 * variable can point at the line that sets it. GITHUB_WORKFLOW_REF names the file
 * (`owner/repo/.github/workflows/ci.yml@refs/heads/main`, relative to GITHUB_WORKSPACE); GITHUB_JOB
 * names the job; GITHUB_ACTION / GITHUB_ACTION_REPOSITORY identify the step. This module is the
 * pure part (`workflowEnv`, with the YAML parser); src/facts/workflow-read.ts reads the file and
 * loads this module only when there is one to parse.
 */
function keyOf(pair) {
    return isScalar(pair.key) ? String(pair.key.value) : undefined;
}
function get(map, key) {
    if (!isMap(map))
        return undefined;
    const pair = map.items.find((p) => keyOf(p) === key);
    return pair?.value ?? undefined;
}
/** The step of `steps` that runs the gate: by `id`, else the n-th step using this action. */
function findStep(steps, who) {
    if (!isSeq(steps))
        return undefined;
    const items = steps.items.filter(isMap);
    const scalar = (m, k) => {
        const v = get(m, k);
        return isScalar(v) ? String(v.value) : undefined;
    };
    if (who.action) {
        const byId = items.find((s) => scalar(s, 'id') === who.action);
        if (byId)
            return byId;
    }
    const repo = who.actionRepository?.toLowerCase();
    const candidates = items.filter((s) => {
        const uses = scalar(s, 'uses')?.toLowerCase();
        if (!uses)
            return false;
        if (repo)
            return uses.startsWith(`${repo}@`) || uses.startsWith(`${repo}/`);
        return uses.startsWith('./') && !uses.startsWith('./.github/workflows/');
    });
    // A repeated action gets `_2`, `_3`… appended to its generated GITHUB_ACTION name.
    const n = /_(\d+)$/.exec(who.action ?? '');
    const index = n && who.action?.startsWith('__') ? Number(n[1]) - 1 : 0;
    return candidates[index] ?? (candidates.length === 1 ? candidates[0] : undefined);
}
/**
 * The `env:` entries of a workflow that apply to one step of one job, with their positions.
 * Pure: the text of the workflow file in, entries out. Unparsable YAML yields no entries.
 */
function workflowEnv(text, job, who = {}) {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
    const env = {};
    if (doc.errors.length > 0 || !isMap(doc.contents))
        return { env };
    const add = (node, level) => {
        if (!isMap(node))
            return;
        for (const pair of node.items) {
            const key = keyOf(pair);
            if (key === undefined || !isScalar(pair.key) || !pair.key.range)
                continue;
            const value = isScalar(pair.value) ? String(pair.value.value ?? '') : '';
            const { line, col } = lines.linePos(pair.key.range[0]);
            env[key] = { key, value, level, line, column: col };
        }
    };
    add(get(doc.contents, 'env'), 'workflow');
    const jobNode = job ? get(get(doc.contents, 'jobs'), job) : undefined;
    add(get(jobNode, 'env'), 'job');
    const step = findStep(get(jobNode, 'steps'), who);
    add(get(step, 'env'), 'step');
    const stepLine = step?.range ? lines.linePos(step.range[0]).line : undefined;
    return { env, ...(stepLine ? { stepLine } : {}) };
}

export { workflowEnv };
