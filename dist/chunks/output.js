import { readFile, stat, readdir, realpath, access, mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import path__default, { resolve, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { U as UsageError } from './errors.js';
import { t as throttledLog } from './format.js';
import { c as checkCacheRoot, h as homeDirs, r as runCache, s as spannedSize, a as spannedDuration } from './units.js';
import { p as parseGoSum, R as RULES, r as ruleById, s as suggestRule, a as allChecks, C as CHECK_CRASHED } from './rules.js';
import { c as collectGoFacts, D as DEFAULT_BASELINE } from './root.js';
import { M as ModfileSyntaxError, p as parseGoWork, a as parseGoMod } from './gowork.js';
import { i as isValidSemver, a as isDirectoryPath } from './directives.js';
import { constants } from 'node:fs';
import { e as escapeCommandProperty, a as escapeCommandData, b as escapeTerminal } from './escape.js';

/** The built-in recommended policy: no expectations of its own; the GBG1xx policy rules apply. */
function builtinBaseline() {
    return { builtin: true, version: 1, rules: {}, env: [], go: {}, cache: {} };
}
/** A path as findings show it: relative to the repository root when inside it, `/` separators. */
function displayPath(file, root) {
    const rel = path__default.relative(root, file);
    return rel && !rel.startsWith('..') && !path__default.isAbsolute(rel)
        ? rel.split(path__default.sep).join('/')
        : file;
}
async function readIfExists(file) {
    try {
        return await readFile(file, 'utf8');
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT')
            return undefined;
        throw new UsageError(`cannot read the baseline ${file}: ${e.message}`, { file }, code === 'EISDIR' ? 'point --baseline at a file' : 'check the file permissions');
    }
}
/**
 * Loads and validates the baseline for this GOOS/GOARCH/runner OS. No file at the default path
 * gives the built-in policy; a missing explicit path or an invalid file is a UsageError (exit 2)
 * placed at file:line:column.
 */
async function loadBaseline(opts) {
    const file = path__default.resolve(opts.path ?? path__default.join(opts.root, opts.defaultPath));
    const text = await readIfExists(file);
    if (text === undefined) {
        if (opts.path === undefined)
            return builtinBaseline();
        throw new UsageError(`baseline file not found: ${opts.path}`, undefined, `create it with \`go-baseline-gate record --out ${opts.path}\`, or fix the path`);
    }
    // The parser and the validator load only when there is a file to read (start-up time).
    const [{ BaselineSource }, { schemaProblems, throwProblems }, { buildBaseline }] = await Promise.all([import('./source.js'), import('./validate.js'), import('./build.js')]);
    const shown = displayPath(file, opts.root);
    const source = BaselineSource.parse(shown, text);
    const data = source.doc.toJS();
    if (data === null || data === undefined) {
        throw new UsageError(`the baseline ${shown} is empty`, { file: shown, line: 1, column: 1 }, 'add `version: 1`');
    }
    throwProblems(schemaProblems(data, source));
    const { baseline, problems } = buildBaseline(data, source, file, opts);
    throwProblems(problems);
    return baseline;
}

/** Undefined when both verification and pruning are off. */
async function cacheStage(opts) {
    if (opts.verify === 'off' && opts.prune === 'off')
        return undefined;
    const gocache = opts.goEnv.GOCACHE;
    if (gocache === undefined)
        throw new UsageError('`go env` did not report GOCACHE, so the build cache cannot be checked', undefined, 'use Go 1.10 or newer, or set cache-verify: off and prune: off');
    const root = checkCacheRoot(gocache, {
        homes: homeDirs(),
        goroot: opts.goEnv.GOROOT,
        workspace: opts.root
    });
    return runCache(root, {
        verify: opts.verify,
        prune: opts.prune,
        maxAgeSeconds: spannedDuration(opts.policy.maxAge, 'max-cache-age'),
        maxSizeBytes: spannedSize(opts.policy.maxSize, 'max-cache-size'),
        onProgress: opts.onProgress ?? (opts.log && throttledLog(opts.log)),
        log: opts.log
    });
}

const RANK = { error: 3, warning: 2, notice: 1 };
/** Most severe first, then by file, line and column, then rule ID: a stable order for every sink. */
function compareFindings(a, b) {
    return (RANK[b.severity] - RANK[a.severity] ||
        (a.location?.file ?? '\uffff').localeCompare(b.location?.file ?? '\uffff') ||
        (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
        (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
        a.rule.localeCompare(b.rule));
}
/**
 * A violation is a finding at or above `fail-on`. Under `enforce` any violation fails;
 * under `warn` (and `record`) nothing fails. `warn` is also the result when only findings
 * below `fail-on` (but at least warnings) exist.
 */
function decide(findings, mode, failOn) {
    const counts = { errors: 0, warnings: 0, notices: 0 };
    for (const f of findings) {
        if (f.severity === 'error')
            counts.errors++;
        else if (f.severity === 'warning')
            counts.warnings++;
        else
            counts.notices++;
    }
    const violations = findings.filter((f) => RANK[f.severity] >= RANK[failOn]).length;
    let result = 'pass';
    if (violations > 0)
        result = mode === 'enforce' ? 'fail' : 'warn';
    else if (counts.errors + counts.warnings > 0)
        result = 'warn';
    return { result, violations, counts };
}

/**
 * Where each `go env` value came from, following Go's precedence (cmd/go/internal/cfg):
 * a non-empty process environment variable, then the `go env -w` file (GOENV; the last line for a
 * key wins), then $GOROOT/go.env (the first line wins), then Go's default. Reads files; runs nothing.
 */
/** Keys Go computes itself: neither the environment nor a config file can set them. */
const COMPUTED = new Set([
    'GOENV',
    'GOEXE',
    'GOGCCFLAGS',
    'GOHOSTARCH',
    'GOHOSTOS',
    'GOMOD',
    'GOTELEMETRY',
    'GOTELEMETRYDIR',
    'GOTOOLDIR',
    'GOVERSION'
]);
/** Keys whose default is another key's value. */
const DERIVED = { GONOPROXY: 'GOPRIVATE', GONOSUMDB: 'GOPRIVATE' };
/** Parses a go env file the way Go does: `KEY=value` lines whose key starts with A-Z; others are skipped. */
function parseGoEnvFile(text, firstWins) {
    const entries = new Map();
    text.split('\n').forEach((line, i) => {
        const eq = line.indexOf('=');
        if (eq < 0 || !/^[A-Z]/.test(line))
            return;
        const key = line.slice(0, eq);
        if (firstWins && entries.has(key))
            return;
        entries.set(key, { value: line.slice(eq + 1), line: i + 1 });
    });
    return entries;
}
async function readEnvFile(file, firstWins) {
    if (!file)
        return new Map();
    try {
        return parseGoEnvFile(await readFile(file, 'utf8'), firstWins);
    }
    catch {
        return new Map();
    }
}
/** The process environment value of a key (names are case-insensitive on Windows). */
function lookupEnv(env, key) {
    if (process.platform !== 'win32')
        return env[key];
    const name = Object.keys(env).find((k) => k.toUpperCase() === key);
    return name === undefined ? undefined : env[name];
}
/** The GOENV file in use, or undefined when disabled (`GOENV=off`) or unknown. */
function goEnvFile(goEnv) {
    const f = goEnv.GOENV;
    return f && f !== 'off' ? f : undefined;
}
async function attributeEnvSources(goEnv, processEnv) {
    const userFile = goEnvFile(goEnv);
    const rootFile = goEnv.GOROOT ? path__default.join(goEnv.GOROOT, 'go.env') : undefined;
    const [user, root] = await Promise.all([
        readEnvFile(userFile, false),
        readEnvFile(rootFile, true)
    ]);
    const direct = (key) => {
        if (key === 'GOENV')
            return lookupEnv(processEnv, key) ? { kind: 'environment' } : { kind: 'default' };
        if (COMPUTED.has(key))
            return { kind: 'default' };
        if (lookupEnv(processEnv, key))
            return { kind: 'environment' };
        const u = user.get(key);
        if (u && userFile)
            return { kind: 'goenv-file', file: userFile, line: u.line };
        const r = root.get(key);
        if (r && rootFile)
            return { kind: 'goroot-go.env', file: rootFile, line: r.line };
        return { kind: 'default' };
    };
    const sources = {};
    for (const key of Object.keys(goEnv)) {
        const own = direct(key);
        const from = DERIVED[key];
        if (own.kind === 'default' && from && goEnv[key] !== '' && goEnv[key] === goEnv[from]) {
            sources[key] = { ...direct(from), derivedFrom: from };
        }
        else {
            sources[key] = own;
        }
    }
    return sources;
}

/**
 * vendor/modules.txt, read the way cmd/go's readVendorList does: `# path version [=> new [v]]`
 * headers, `## explicit; go 1.21` annotations, and package lines (a module is "listed" only
 * when at least one of its packages is vendored).
 */
function parseVendorModules(text) {
    const modules = [];
    const byKey = new Map();
    let current;
    text.split('\n').forEach((raw, i) => {
        const line = raw.replace(/\r$/, '');
        if (line.startsWith('# ')) {
            current = header(line.trim().split(/\s+/), i + 1, byKey);
            if (current && !modules.includes(current))
                modules.push(current);
            return;
        }
        if (!current)
            return;
        const annotations = line.startsWith('## ') ? line.slice(3) : undefined;
        if (annotations !== undefined) {
            for (const entry of annotations.split(';').map((e) => e.trim())) {
                if (entry === 'explicit')
                    current.explicit = true;
                if (entry.startsWith('go '))
                    current.goVersion = entry.slice(3);
            }
            return;
        }
        if (line.trim().split(/\s+/).filter(Boolean).length === 1)
            current.hasPackages = true;
    });
    return { modules };
}
function header(f, line, byKey) {
    if (f.length < 3)
        return undefined;
    let rest;
    const path = f[1];
    let version = '';
    if (isValidSemver(f[2])) {
        version = f[2];
        rest = f.slice(3);
    }
    else if (f[2] === '=>') {
        rest = f.slice(2);
    }
    else {
        return undefined;
    }
    const key = `${path}@${version}`;
    const mod = byKey.get(key) ?? { path, version, explicit: false, hasPackages: false, line };
    byKey.set(key, mod);
    if (rest.length >= 2 && rest[0] === '=>') {
        if (rest.length === 2)
            mod.replacement = { path: rest[1] };
        else if (rest.length === 3 && isValidSemver(rest[2])) {
            mod.replacement = { path: rest[1], version: rest[2] };
        }
    }
    return mod;
}

const SKIP_DIRS = new Set(['vendor', 'testdata', 'node_modules']);
function relPath(root, file) {
    const rel = relative(root, file);
    return (rel === '' ? '.' : rel).split(sep).join('/');
}
async function readText(file) {
    try {
        return await readFile(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
async function isDir$1(path) {
    try {
        return (await stat(path)).isDirectory();
    }
    catch {
        return false;
    }
}
async function isFile(path) {
    try {
        return (await stat(path)).isFile();
    }
    catch {
        return false;
    }
}
/** Parses one file, recording a parse or read error instead of throwing. */
async function parseFile(root, abs, parse, errors) {
    const file = relPath(root, abs);
    const text = await readText(abs);
    if (text === undefined) {
        errors.push({ file, line: 1, column: 1, message: `cannot read ${file}` });
        return undefined;
    }
    try {
        return parse(text, file);
    }
    catch (e) {
        if (!(e instanceof ModfileSyntaxError))
            throw e;
        for (const err of e.errors)
            errors.push({ file, ...err });
        return undefined;
    }
}
async function replaceDirs(base, replaces) {
    return Promise.all(replaces
        .filter((r) => r.new.version === undefined && isDirectoryPath(r.new.path))
        .map(async (replace) => {
        const dir = resolve(base, replace.new.path);
        return {
            replace,
            dir,
            exists: await isDir$1(dir),
            hasGoMod: await isFile(join(dir, 'go.mod'))
        };
    }));
}
async function readMod(root, dir, main, errors) {
    const parsed = await parseFile(root, join(dir, 'go.mod'), (t, f) => parseGoMod(t, f), errors);
    if (!parsed)
        return undefined;
    const [sumText, vendorText, hasVendorDir, replaced] = await Promise.all([
        readText(join(dir, 'go.sum')),
        readText(join(dir, 'vendor', 'modules.txt')),
        isDir$1(join(dir, 'vendor')),
        replaceDirs(dir, parsed.replace)
    ]);
    return {
        file: parsed.file,
        dir,
        parsed,
        main,
        ...(sumText !== undefined ? { goSum: parseGoSum(sumText) } : {}),
        ...(vendorText !== undefined ? { vendor: parseVendorModules(vendorText) } : {}),
        hasVendorDir,
        replaceDirs: replaced
    };
}
/** The nearest directory at or above `dir` holding `name`, like the go command's search. */
async function findUp(dir, name) {
    for (let d = dir;; d = dirname(d)) {
        if (await isFile(join(d, name)))
            return join(d, name);
        if (dirname(d) === d)
            return undefined;
    }
}
/** Every directory under `dir` containing a go.mod, skipping vendor/testdata/node_modules/dot dirs. */
async function findModDirs(dir) {
    const found = [];
    const walk = async (d) => {
        let entries;
        try {
            entries = await readdir(d, { withFileTypes: true });
        }
        catch {
            return;
        }
        if (entries.some((e) => e.isFile() && e.name === 'go.mod'))
            found.push(d);
        const subdirs = entries.filter((e) => e.isDirectory() && !SKIP_DIRS.has(e.name) && !e.name.startsWith('.'));
        await Promise.all(subdirs.map((e) => walk(join(d, e.name))));
    };
    await walk(dir);
    return found.sort();
}
/** The go.work in use: GOWORK when set (`off` disables), else the nearest one above dir. */
async function workFilePath(dir, env) {
    const gowork = env.GOWORK;
    if (gowork === 'off')
        return undefined;
    if (gowork)
        return isAbsolute(gowork) ? gowork : resolve(dir, gowork);
    if ('GOWORK' in env)
        return undefined; // go env reports '' when the search found nothing
    return findUp(dir, 'go.work');
}
async function workspaceFacts(root, workPath, errors) {
    const parsed = await parseFile(root, workPath, (t, f) => parseGoWork(t, f), errors);
    if (!parsed)
        return { mods: [] };
    const workDir = dirname(workPath);
    const uses = await Promise.all(parsed.use.map(async (use) => {
        const dir = resolve(workDir, use.path);
        return { use, dir, exists: await isDir$1(dir), hasGoMod: await isFile(join(dir, 'go.mod')) };
    }));
    const sumText = await readText(join(workDir, 'go.work.sum'));
    const mods = await Promise.all(uses.filter((u) => u.hasGoMod).map((u) => readMod(root, u.dir, true, errors)));
    return {
        work: {
            file: parsed.file,
            dir: workDir,
            parsed,
            uses,
            replaceDirs: await replaceDirs(workDir, parsed.replace),
            ...(sumText !== undefined ? { sum: parseGoSum(sumText) } : {})
        },
        mods: mods.filter((m) => m !== undefined)
    };
}
async function collectModuleFacts(opts) {
    const root = resolve(opts.root);
    const dir = resolve(opts.dir);
    const errors = [];
    const workPath = await workFilePath(dir, opts.env);
    if (workPath) {
        const { work, mods } = await workspaceFacts(root, workPath, errors);
        return { ...(work ? { work } : {}), mods, errors };
    }
    const mainGoMod = await findUp(dir, 'go.mod');
    const mainDir = mainGoMod ? dirname(mainGoMod) : undefined;
    const dirs = await findModDirs(dir);
    if (mainDir && !dirs.includes(mainDir))
        dirs.unshift(mainDir);
    const mods = await Promise.all(dirs.map((d) => readMod(root, d, d === mainDir, errors)));
    return {
        ...(opts.env.GOWORK === 'off' ? { gowork: 'off' } : {}),
        mods: mods.filter((m) => m !== undefined),
        errors
    };
}

async function isDir(p) {
    return (await stat(p).catch(() => undefined))?.isDirectory() ?? false;
}
async function canWrite(p) {
    return access(p, constants.W_OK).then(() => true, () => false);
}
/** Probes a directory without creating anything. */
async function probeDir(dir) {
    const st = await stat(dir).catch(() => undefined);
    if (st) {
        const isDirectory = st.isDirectory();
        return {
            path: dir,
            exists: true,
            isDirectory,
            writable: isDirectory && (await canWrite(dir)),
            creatable: false
        };
    }
    let parent = path__default.dirname(dir);
    while (!(await stat(parent).catch(() => undefined)) && path__default.dirname(parent) !== parent) {
        parent = path__default.dirname(parent);
    }
    const creatable = (await isDir(parent)) && (await canWrite(parent));
    return { path: dir, exists: false, isDirectory: false, writable: false, creatable };
}
function executableNames(platform, pathext) {
    if (platform !== 'win32')
        return ['go'];
    return (pathext ?? '.EXE')
        .split(';')
        .filter(Boolean)
        .map((ext) => `go${ext.toLowerCase()}`);
}
async function describeGo(file) {
    const realPath = await realpath(file);
    const root = path__default.dirname(path__default.dirname(realPath));
    const version = await readFile(path__default.join(root, 'VERSION'), 'utf8').then((t) => t.split('\n')[0]?.trim(), () => undefined);
    return version ? { path: file, realPath, goroot: root, version } : { path: file, realPath };
}
/** Every `go` executable along PATH, in order, duplicates (same real path) removed. */
async function findGoOnPath(processEnv, platform = process.platform) {
    const dirs = (processEnv.PATH ?? processEnv.Path ?? '').split(path__default.delimiter).filter(Boolean);
    const names = executableNames(platform, processEnv.PATHEXT);
    const found = [];
    for (const dir of dirs) {
        for (const name of names) {
            const file = path__default.join(dir, name);
            const ok = await access(file, platform === 'win32' ? constants.F_OK : constants.X_OK).then(() => true, () => false);
            if (!ok || !(await stat(file)).isFile())
                continue;
            const go = await describeGo(file);
            if (!found.some((g) => g.realPath === go.realPath))
                found.push(go);
        }
    }
    return found;
}
async function probeGoPaths(goEnv, processEnv) {
    const cache = goEnv.GOCACHE;
    const exe = process.platform === 'win32' ? 'go.exe' : 'go';
    const [gocache, goOnPath, gorootGo] = await Promise.all([
        cache && cache !== 'off' && path__default.isAbsolute(cache) ? probeDir(cache) : undefined,
        findGoOnPath(processEnv),
        goEnv.GOROOT ? realpath(path__default.join(goEnv.GOROOT, 'bin', exe)).catch(() => undefined) : undefined
    ]);
    return { ...(gocache ? { gocache } : {}), goOnPath, ...(gorootGo ? { gorootGo } : {}) };
}

/** The summary's environment facts: the keys that most often explain a drift. */
const ENVIRONMENT_KEYS = [
    'GOOS',
    'GOARCH',
    'GOTOOLCHAIN',
    'GOFLAGS',
    'GOPROXY',
    'GOSUMDB',
    'GOCACHE',
    'GOMODCACHE',
    'CGO_ENABLED',
    'GOROOT'
];
/**
 * `go env` runs in a neutral directory, so its GOWORK is '' unless GOWORK was set explicitly
 * (environment or `go env -w`): drop the empty value so module discovery searches upward from
 * the working directory, as the go command does there.
 */
function moduleEnv(goEnv) {
    if (goEnv.GOWORK !== '')
        return goEnv;
    const { GOWORK: _unused, ...rest } = goEnv;
    return rest;
}
/** Facts: go first (its GOOS/GOARCH select baseline overrides), then the rest in parallel. */
async function collectFacts(opts, baselineFor, hooks = {}) {
    const env = hooks.env ?? process.env;
    const go = await collectGoFacts({ goBinary: opts.go, cwd: opts.dir, env });
    const baseline = await baselineFor(go.env);
    const [sources, paths, modules, cache] = await Promise.all([
        attributeEnvSources(go.env, env),
        probeGoPaths(go.env, env),
        collectModuleFacts({ root: opts.root, dir: opts.dir, env: moduleEnv(go.env) }),
        cacheStage({
            goEnv: go.env,
            root: opts.root,
            verify: opts.cacheVerify,
            prune: opts.prune,
            policy: {
                ...baseline.cache,
                ...(opts.maxCacheAge ? { maxAge: { value: opts.maxCacheAge } } : {}),
                ...(opts.maxCacheSize ? { maxSize: { value: opts.maxCacheSize } } : {})
            },
            onProgress: hooks.onCacheProgress,
            log: hooks.log
        })
    ]);
    go.sources = sources;
    const facts = {
        root: opts.root,
        dir: opts.dir,
        platform: process.platform,
        processEnv: { ...env },
        go,
        paths,
        modules,
        ...(cache ? { cache } : {})
    };
    return { facts, baseline };
}
/** Runs every check; a check that throws becomes one GBG001 finding instead of a crash. */
function runChecks(facts, baseline) {
    const findings = [];
    for (const check of allChecks) {
        try {
            findings.push(...check.run(facts, baseline));
        }
        catch (err) {
            findings.push({
                rule: CHECK_CRASHED.id,
                severity: CHECK_CRASHED.defaultSeverity,
                message: `check ${check.rules.map((r) => r.id).join('/')} failed: ${err.message}`,
                fix: CHECK_CRASHED.fix
            });
        }
    }
    return findings;
}
/** Applies the baseline's `rules:` overrides (severity or `off`); unknown rule IDs are usage errors. */
function applyOverrides(findings, baseline) {
    for (const [id, override] of Object.entries(baseline.rules)) {
        if (!ruleById(id)) {
            const suggestion = suggestRule(id);
            throw new UsageError(`unknown rule '${id}' in the baseline's rules section${suggestion ? ` (did you mean ${suggestion}?)` : ''}`, override.location, 'run `go-baseline-gate rules` for the list of rule IDs');
        }
    }
    const out = [];
    for (const f of findings) {
        const override = baseline.rules[f.rule]?.value;
        if (override === 'off')
            continue;
        out.push(override ? { ...f, severity: override } : f);
    }
    return out.sort(compareFindings);
}
/** collect facts -> check -> decide. Rendering is the caller's (CLI or action). */
async function runGate(opts, hooks = {}) {
    const started = Date.now();
    const { facts, baseline } = await collectFacts(opts, (goEnv) => loadBaseline({
        path: opts.baseline,
        root: opts.root,
        defaultPath: DEFAULT_BASELINE,
        goos: goEnv.GOOS ?? process.platform,
        goarch: goEnv.GOARCH ?? process.arch,
        runnerOs: (hooks.env ?? process.env).RUNNER_OS
    }), hooks);
    const findings = applyOverrides(runChecks(facts, baseline), baseline);
    const decision = decide(findings, opts.mode, opts.failOn);
    const disabled = new Set(Object.entries(baseline.rules)
        .filter(([, o]) => o.value === 'off')
        .map(([id]) => id));
    const environment = {};
    for (const key of ENVIRONMENT_KEYS) {
        const value = facts.go.env[key];
        if (value !== undefined)
            environment[key] = value;
    }
    const report = {
        ...decision,
        mode: opts.mode,
        failOn: opts.failOn,
        goVersion: facts.go.version,
        goBinary: facts.go.binary,
        findings,
        baseline: baseline.path,
        rules: RULES.filter((r) => !disabled.has(r.id)),
        root: opts.root,
        dir: opts.dir,
        environment,
        ...(facts.cache ? { cache: facts.cache } : {}),
        durationMs: Date.now() - started
    };
    return { report, facts, baseline };
}

/** GitHub shows at most this many annotations of each level per step (and 50 per job). */
const ANNOTATIONS_PER_LEVEL = 10;
function toAnnotation(f) {
    const rule = ruleById(f.rule);
    const loc = f.location;
    // Only paths inside the repository can land on a PR's diff; absolute ones stay in the message.
    const inRepo = loc && loc.file && !loc.file.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(loc.file);
    const where = loc && !inRepo ? ` [${loc.file}${loc.line ? `:${loc.line}` : ''}]` : '';
    return {
        level: f.severity,
        message: `${f.message}${where}${f.fix ? `\nfix: ${f.fix}` : ''}`,
        properties: {
            title: `${f.rule}${rule ? ` ${rule.name}` : ''}`,
            ...(inRepo && loc
                ? {
                    file: loc.file,
                    ...(loc.line ? { line: loc.line } : {}),
                    ...(loc.line && loc.column ? { col: loc.column } : {}),
                    ...(loc.endLine ? { endLine: loc.endLine } : {}),
                    ...(loc.endLine && loc.endColumn ? { endColumn: loc.endColumn } : {})
                }
                : {})
        }
    };
}
/**
 * The annotations to emit: most severe first, at most ANNOTATIONS_PER_LEVEL per level (GitHub drops
 * the rest silently), and how many were held back (they are all in the job summary).
 */
function selectAnnotations(findings) {
    const perLevel = { error: 0, warning: 0, notice: 0 };
    const annotations = [];
    let dropped = 0;
    for (const f of [...findings].sort(compareFindings)) {
        if (perLevel[f.severity] >= ANNOTATIONS_PER_LEVEL) {
            dropped++;
            continue;
        }
        perLevel[f.severity]++;
        annotations.push(toAnnotation(f));
    }
    return { annotations, dropped };
}
/** The workflow command for one annotation, escaped so untrusted text can't start another command. */
function formatAnnotation(a) {
    const props = Object.entries(a.properties)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}=${escapeCommandProperty(String(v))}`)
        .join(',');
    return `::${a.level}${props ? ` ${props}` : ''}::${escapeCommandData(a.message)}`;
}

const COLORS = { red: 31, yellow: 33, cyan: 36, green: 32, dim: 2, bold: 1 };
function paint(on) {
    return (c, s) => (on ? `\u001b[${COLORS[c]}m${s}\u001b[0m` : s);
}
const LEVEL_COLOR = { error: 'red', warning: 'yellow', notice: 'cyan' };
/** Human output for a terminal: one block per finding, a verdict line last. Colour only when asked. */
function renderText(report, opts) {
    const c = paint(opts.color);
    const lines = [];
    for (const f of report.findings) {
        const loc = f.location;
        const where = loc
            ? `${loc.file}${loc.line ? `:${loc.line}` : ''}${loc.line && loc.column ? `:${loc.column}` : ''}`
            : '';
        const name = ruleById(f.rule)?.name;
        lines.push(`${c(LEVEL_COLOR[f.severity], f.severity.padEnd(7))} ${c('bold', f.rule)}${name ? c('dim', ` ${name}`) : ''}${where ? `  ${escapeTerminal(where)}` : ''}`);
        lines.push(`        ${escapeTerminal(f.message)}`);
        if (f.expected !== undefined || f.actual !== undefined) {
            lines.push(c('dim', `        expected: ${escapeTerminal(f.expected ?? '-')}; actual: ${escapeTerminal(f.actual ?? '-')}`));
        }
        if (f.fix)
            lines.push(`        ${c('green', 'fix:')} ${escapeTerminal(f.fix)}`);
    }
    const { errors, warnings, notices } = report.counts;
    const verdict = { pass: c('green', 'PASS'), warn: c('yellow', 'WARN'), fail: c('red', 'FAIL') }[report.result];
    const baseline = report.baseline
        ? `baseline ${escapeTerminal(path.relative(report.root, report.baseline) || report.baseline)}`
        : 'built-in policy';
    if (lines.length > 0)
        lines.push('');
    lines.push(`${verdict} ${errors} error(s), ${warnings} warning(s), ${notices} notice(s) · mode ${report.mode}, fail-on ${report.failOn} · ${escapeTerminal(report.goVersion ?? 'go ?')} · ${baseline}`);
    return lines.join('\n') + '\n';
}

/** Version of the JSON report's shape; bumped only on incompatible changes. */
const REPORT_SCHEMA_VERSION = 1;
/**
 * The JSON report (`--format json`, the `report` input). Shape documented in README.md:
 * `{ schemaVersion, result, mode, failOn, goVersion, counts, violations, findings: [{ rule, name,
 * severity, message, file, line, column, endLine, endColumn, fix, expected, actual, source }], … }`.
 */
function renderJson(report, ruleName) {
    const out = {
        schemaVersion: REPORT_SCHEMA_VERSION,
        result: report.result,
        mode: report.mode,
        failOn: report.failOn,
        goVersion: report.goVersion ?? null,
        goBinary: report.goBinary ?? null,
        baseline: report.baseline ?? null,
        counts: report.counts,
        violations: report.violations,
        findings: report.findings.map((f) => ({
            rule: f.rule,
            name: ruleName(f.rule) ?? null,
            severity: f.severity,
            message: f.message,
            file: f.location?.file ?? null,
            line: f.location?.line ?? null,
            column: f.location?.column ?? null,
            endLine: f.location?.endLine ?? null,
            endColumn: f.location?.endColumn ?? null,
            fix: f.fix ?? null,
            expected: f.expected ?? null,
            actual: f.actual ?? null,
            source: f.source ?? null
        })),
        environment: report.environment,
        cache: report.cache ?? null,
        durationMs: report.durationMs
    };
    return JSON.stringify(out, null, 2) + '\n';
}

/** The tool's version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';

function jsonReport(report) {
    return renderJson(report, (id) => ruleById(id)?.name);
}
async function sarifReport(report) {
    const { renderSarif } = await import('./sarif.js');
    return JSON.stringify(renderSarif(report, VERSION), null, 2) + '\n';
}
/** Writes the `report` (JSON) and `sarif` files when asked; paths are relative to the root. Returns absolute paths. */
async function writeReportFiles(report, files) {
    const written = {};
    for (const [kind, render] of [
        ['report', jsonReport],
        ['sarif', sarifReport]
    ]) {
        const target = files[kind];
        if (!target)
            continue;
        const abs = path.resolve(report.root, target);
        await mkdir(path.dirname(abs), { recursive: true });
        await writeFile(abs, await render(report));
        written[kind] = abs;
    }
    return written;
}

export { VERSION as V, renderText as a, sarifReport as b, formatAnnotation as f, jsonReport as j, runGate as r, selectAnnotations as s, writeReportFiles as w };
