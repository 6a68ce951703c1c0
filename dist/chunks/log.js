import { l as setOutput, q as saveState, w as warning, o as getInput } from './deadline.js';
import { T as TRIM_LIMIT_S } from './entry.js';
import { s as spannedSize, a as spannedDuration } from './units.js';
import { U as UsageError } from './errors.js';
import { randomUUID } from 'node:crypto';

/**
 * The store in the action: inputs `cache`, `cache-modules`, `cache-save`; the restore hook the
 * engine calls before its cache stage; the outputs `cache-hit` and `cache-result` and the state for the post step.
 */
/** The core.saveState name the post step reads. */
const STATE_KEY = 'gocache-store';
const SAVE_POLICIES = ['default-branch', 'trusted', 'never'];
function bool(name, value) {
    const v = value.trim().toLowerCase();
    if (v === '' || v === 'false')
        return false;
    if (v === 'true')
        return true;
    throw new UsageError(`invalid value '${value}' for ${name}: expected 'true' or 'false'`, undefined, `set ${name} to true or false`);
}
/** Undefined unless `cache: true`. Throws UsageError for invalid values. */
function storeInputs(get) {
    const modules = bool('cache-modules', get('cache-modules'));
    const save = get('cache-save').trim() || 'default-branch';
    if (!SAVE_POLICIES.includes(save)) {
        const list = SAVE_POLICIES.map((p) => `'${p}'`).join(', ');
        throw new UsageError(`invalid value '${save}' for cache-save: expected one of ${list}`, undefined, `set cache-save to one of ${list}`);
    }
    if (!bool('cache', get('cache')))
        return undefined;
    return { modules, savePolicy: save };
}
/** The trim budget the post step applies: inputs, then the baseline's `cache:` section, then Go's 5 days. */
function trimBudget(opts, baseline) {
    const maxAge = opts.maxCacheAge ? { value: opts.maxCacheAge } : baseline.cache.maxAge;
    const maxSize = opts.maxCacheSize ? { value: opts.maxCacheSize } : baseline.cache.maxSize;
    const maxSizeBytes = spannedSize(maxSize, 'max-cache-size');
    return {
        maxAgeSeconds: spannedDuration(maxAge, 'max-cache-age') ?? TRIM_LIMIT_S,
        ...(maxSizeBytes === undefined ? {} : { maxSizeBytes })
    };
}
/** For src/entry/main.ts: undefined unless the `cache` input is true. */
function actionStore(env, log) {
    const inputs = storeInputs((name) => getInput(name));
    if (!inputs)
        return undefined;
    return {
        // Loaded on use: @actions/cache and the Azure SDK are large, and most runs do not cache.
        restore: async (go, opts) => (await import('./restore.js')).restoreStore({
            go,
            root: opts.root,
            dir: opts.dir,
            modules: inputs.modules,
            prune: opts.prune !== 'off',
            env,
            log,
            warn: (line) => warning(line)
        }),
        finish: (facts, baseline, opts) => {
            const store = facts.store;
            // `cache-hit` follows actions/cache and setup-go ('true' only on an exact hit), so the
            // usual `if: steps.gate.outputs.cache-hit != 'true'` works; the detail is `cache-result`.
            const hit = store?.gocache?.hit ?? 'miss';
            setOutput('cache-hit', hit === 'exact' ? 'true' : 'false');
            setOutput('cache-result', hit);
            if (!store?.available)
                return;
            const healedModules = store.modules?.verify?.damaged.some((d) => d.removed) ?? false;
            const state = {
                ...(store.gocache
                    ? { gocache: { ...store.gocache, healed: (facts.cache?.prune?.corrupt ?? 0) > 0 } }
                    : {}),
                ...(store.modules ? { modules: { ...store.modules, healed: healedModules } } : {}),
                goroot: facts.go.env.GOROOT,
                savePolicy: inputs.savePolicy,
                ...trimBudget(opts, baseline)
            };
            saveState(STATE_KEY, JSON.stringify(state));
        }
    };
}

/**
 * Plain text for the Actions log that can never be read as a workflow command. The runner treats
 * any line whose first non-blank characters are `::` as a command, so text that contains `::` is
 * wrapped in `::stop-commands::<token>` … `::<token>::` (the runner's own mechanism), with a fresh
 * random token that the text cannot know.
 */
function logText(text, write) {
    if (!text.includes('::')) {
        write(text.endsWith('\n') ? text : `${text}\n`);
        return;
    }
    const token = randomUUID();
    write(`::stop-commands::${token}\n${text}${text.endsWith('\n') ? '' : '\n'}::${token}::\n`);
}

export { STATE_KEY as S, actionStore as a, logText as l };
