import { p as placeholderValues, m as matchEnvValue, d as describeMatcher, a as correctedList, e as expandPlaceholders, b as pathListSeparator, n as normalisePath, l as listElements, c as compareGoVersions, f as parseGoVersion, g as goVersionInRange } from './env.js';
import { a as formatDuration, f as formatBytes } from './format.js';
import * as path from 'node:path';
import { resolve, relative as relative$1, isAbsolute as isAbsolute$1, sep } from 'node:path';
import { s as suggest } from './suggest.js';

/**
 * The one place that names where the project lives. The docs URL (SARIF helpUri, summary links),
 * the baseline schema's `$id` and the recorder's header are built from it here; package.json's
 * `repository`/`homepage`/`bugs`, the README, docs/ and schema/ spell the same names, and a test
 * (__tests__/project.test.ts) fails when any of them disagrees.
 */
/** GitHub owner (organization) of the repository. */
const OWNER = 'go-baseline-gate';
/** Repository name; also the npm package name and the action's name. */
const REPO = 'go-baseline-gate';
/** `owner/repo`, as in `uses: go-baseline-gate/go-baseline-gate@v1`. */
const SLUG = `${OWNER}/${REPO}`;
/** The repository's home page. */
const HOME_URL = `https://github.com/${SLUG}`;
/** Rendered documentation files on the default branch (`${DOCS_BASE_URL}/rules.md`). */
const DOCS_BASE_URL = `${HOME_URL}/blob/main/docs`;
/** Raw files on the default branch, as editors fetch them. */
const RAW_BASE_URL = `https://raw.githubusercontent.com/${SLUG}/main`;
/** Where editors fetch the baseline schema (its `$id` and the baseline's `$schema=` line). */
const SCHEMA_URL = `${RAW_BASE_URL}/schema/go-baseline.schema.json`;

/** "the process environment", "/home/u/.config/go/env line 2 (go env -w)", … for messages. */
function describeSource(source) {
    if (!source)
        return undefined;
    const at = source.file ? `${source.file}${source.line ? ` line ${source.line}` : ''}` : '';
    switch (source.kind) {
        case 'environment':
            return 'the process environment';
        case 'goenv-file':
            return `${at || 'the go env -w file'}, written by \`go env -w\``;
        case 'goroot-go.env':
            return `${at || '$GOROOT/go.env'}, the toolchain's defaults`;
        case 'default':
            return "Go's built-in default";
    }
}
/** How to remove a value, given where it came from. */
function unsetHint(key, source) {
    switch (source?.kind) {
        case 'goenv-file':
            return `go env -u ${key}`;
        case 'environment':
            return `unset ${key} in the workflow or shell that sets it (env: ${key})`;
        case 'goroot-go.env':
            return `set ${key} explicitly (go env -w ${key}=…) to override the toolchain's go.env`;
        default:
            return `unset ${key}`;
    }
}
/** Source attribution for a `go env` key, as text for the finding's `source` field. */
function sourceOf(facts, key) {
    return describeSource(facts.go.sources[key]);
}
/** `GOFLAGS` split the way Go splits it (whitespace-separated fields). */
function goFlagsFields(goflags) {
    return (goflags ?? '').split(/\s+/).filter(Boolean);
}

/**
 * Where a `go env` value came from, as a sentence part, following a derived value (GONOSUMDB from
 * GOPRIVATE) to the key that really set it.
 */
function attribution(facts, key) {
    const source = facts.go.sources[key];
    const text = describeSource(source);
    if (!source || !text)
        return undefined;
    return source.derivedFrom
        ? `${source.derivedFrom}'s value (${source.derivedFrom} is set by ${text})`
        : text;
}
/** The key to act on: the one the value was derived from, if any. */
function owningKey(facts, key) {
    return facts.go.sources[key]?.derivedFrom ?? key;
}
/** How to set a key to a value so that it wins over its current source. */
function setHint(key, value, source) {
    const quoted = /[\s'"$`]/.test(value) ? `'${value.replace(/'/g, `'\\''`)}'` : value;
    return source?.kind === 'environment'
        ? `set ${key}=${quoted} in the workflow or shell that sets it`
        : `go env -w ${key}=${quoted}`;
}
/** How to remove the value, acting on the key that set it. */
function removeHint(facts, key) {
    const owner = owningKey(facts, key);
    return unsetHint(owner, facts.go.sources[owner]);
}

const ENV_DRIFT = {
    id: 'GBG110',
    name: 'env-drift',
    area: 'env',
    defaultSeverity: 'error',
    summary: 'A `go env` value differs from what the baseline expects.',
    fix: 'Change the value where it comes from (workflow env, `go env -w` file, $GOROOT/go.env) to what the baseline expects, or, if the change is intended, update the baseline (`go-baseline-gate record --force`).'
};
const ENV_KEY_NOT_REPORTED = {
    id: 'GBG111',
    name: 'env-key-not-reported',
    area: 'env',
    defaultSeverity: 'warning',
    summary: 'The baseline expects a `go env` key that the running Go does not report (an older or newer Go than the baseline was written for).',
    fix: 'Use the Go version the baseline was written for, or mark the key `{ ignore: true }` (or `{ unset: true }`) in an override for the matrix leg that runs the other Go.'
};
/** The fix for one drifted key, given what the baseline wants and where the value came from. */
function driftFix(facts, key, actual, m, placeholders) {
    const source = facts.go.sources[key];
    switch (m.kind) {
        case 'exact':
            return m.value === '' ? removeHint(facts, key) : setHint(key, m.value, source);
        case 'path': {
            const expanded = expandPlaceholders(m.value, placeholders);
            return 'value' in expanded
                ? setHint(key, expanded.value, source)
                : `set ${expanded.missing} (used by the baseline's \${${expanded.missing}})`;
        }
        case 'unset':
            return removeHint(facts, key);
        case 'list': {
            const value = correctedList(key, actual, m);
            return value === '' ? removeHint(facts, key) : setHint(key, value, source);
        }
        default:
            return `set ${key} to ${describeMatcher(m)}: ${setHint(key, '<value>', source)}`;
    }
}
function check$2(facts, e) {
    const actual = facts.go.env[e.key];
    const placeholders = placeholderValues({
        processEnv: facts.processEnv,
        goEnv: facts.go.env,
        root: facts.root
    });
    const result = matchEnvValue(e.key, actual, e.matcher, { os: facts.platform, placeholders });
    if (result.ok)
        return undefined;
    const why = result.reason ? ` (${result.reason})` : '';
    const reason = e.reason ? ` The baseline says: ${e.reason}.` : '';
    if (actual === undefined) {
        return {
            rule: ENV_KEY_NOT_REPORTED.id,
            severity: ENV_KEY_NOT_REPORTED.defaultSeverity,
            message: `The baseline expects ${e.key} ${result.expected}, but ${facts.go.version} does not report ${e.key}.${reason}`,
            location: e.location,
            expected: result.expected,
            actual: `(not reported by ${facts.go.version})`,
            fix: ENV_KEY_NOT_REPORTED.fix
        };
    }
    const source = attribution(facts, e.key);
    const fix = driftFix(facts, e.key, actual, e.matcher, placeholders);
    return {
        rule: ENV_DRIFT.id,
        severity: ENV_DRIFT.defaultSeverity,
        message: `${e.key}=${actual} but the baseline expects ${result.expected}${why}; it comes from ${source ?? 'an unknown source'}.${reason}`,
        location: e.location,
        expected: result.expected,
        actual,
        source,
        fix,
        envKey: e.key
    };
}
/** One finding per key of the baseline whose live value does not match. */
const driftCheck = {
    rules: [ENV_DRIFT, ENV_KEY_NOT_REPORTED],
    run(facts, baseline) {
        return baseline.env.map((e) => check$2(facts, e)).filter((f) => f !== undefined);
    }
};

/**
 * Shared by the built-in recommended policy rules. The baseline is the team's contract: where it
 * declares a key, the baseline comparison (GBG110) judges that key and the policy rule stays quiet
 * (a declared `GOPROXY: direct` is the "reason" the policy asks for).
 */
function declared(baseline, key) {
    return baseline.env.some((e) => e.key === key);
}
/**
 * A finding about one `go env` key, with its value and where the value came from. The fix is its
 * own field: every sink prints it after the message.
 */
function keyFinding(rule, facts, key, f) {
    const source = attribution(facts, key);
    return {
        rule: rule.id,
        severity: rule.defaultSeverity,
        message: `${f.message}${source ? ` ${key} comes from ${source}.` : ''}`,
        expected: f.expected,
        actual: `${key}=${facts.go.env[key] ?? ''}`,
        ...(source ? { source } : {}),
        fix: f.fix,
        envKey: key
    };
}

const GOBIN_NOT_ON_PATH = {
    id: 'GBG141',
    name: 'gobin-not-on-path',
    area: 'env',
    defaultSeverity: 'warning',
    summary: 'GOBIN is set but not on PATH: tools installed with `go install` are not found by later steps.',
    fix: 'Add GOBIN to PATH (in a workflow: `echo "$(go env GOBIN)" >> "$GITHUB_PATH"`), or unset GOBIN.'
};
/** The PATH of the process (`Path` on Windows). */
function pathVar(env) {
    return env.PATH ?? env.Path ?? '';
}
function run$o(facts, _baseline) {
    const gobin = facts.go.env.GOBIN ?? '';
    if (gobin === '')
        return [];
    const os = facts.platform;
    const entries = pathVar(facts.processEnv)
        .split(pathListSeparator(os))
        .filter(Boolean)
        .map((p) => normalisePath(p, os));
    if (entries.includes(normalisePath(gobin, os)))
        return [];
    return [
        keyFinding(GOBIN_NOT_ON_PATH, facts, 'GOBIN', {
            message: `GOBIN=${gobin} is not on PATH: binaries from \`go install\` will not be found.`,
            expected: 'GOBIN listed in PATH',
            fix: `add ${gobin} to PATH (GitHub Actions: echo "${gobin}" >> "$GITHUB_PATH")`
        })
    ];
}
const gobinCheck = { rules: [GOBIN_NOT_ON_PATH], run: run$o };

const GOCACHE_OFF = {
    id: 'GBG130',
    name: 'gocache-off',
    area: 'env',
    defaultSeverity: 'error',
    summary: 'GOCACHE is off or not an absolute path: since Go 1.12 go build fails without a build cache.',
    fix: 'Unset GOCACHE (the default is the user cache directory) or set it to an absolute directory.'
};
const GOCACHE_UNUSABLE = {
    id: 'GBG131',
    name: 'gocache-unwritable',
    area: 'env',
    defaultSeverity: 'error',
    summary: 'GOCACHE is not a writable directory (or cannot be created): go build will fail to store results.',
    fix: 'Point GOCACHE at a writable directory (e.g. `${{ runner.temp }}/go-build`), or fix the directory permissions.'
};
/** Why a GOCACHE directory cannot be used, or undefined when it can. */
function problem(p) {
    if (p.exists && !p.isDirectory)
        return 'exists but is not a directory';
    if (p.exists && !p.writable)
        return 'is not writable by this user';
    if (!p.exists && !p.creatable)
        return 'does not exist and cannot be created (no writable parent directory)';
    return undefined;
}
function run$n(facts, _baseline) {
    const gocache = facts.go.env.GOCACHE;
    if (gocache === undefined)
        return [];
    const dflt = 'an absolute, writable directory';
    if (gocache === 'off' || !isAbsolute(gocache, facts.platform)) {
        return [
            keyFinding(GOCACHE_OFF, facts, 'GOCACHE', {
                message: `GOCACHE=${gocache} ${gocache === 'off' ? 'disables the build cache' : 'is not an absolute path'}: go build refuses to run.`,
                expected: dflt,
                fix: setHint('GOCACHE', '<absolute directory>', facts.go.sources.GOCACHE)
            })
        ];
    }
    const probe = facts.paths?.gocache;
    const why = probe && problem(probe);
    if (!why)
        return [];
    return [
        keyFinding(GOCACHE_UNUSABLE, facts, 'GOCACHE', {
            message: `GOCACHE ${gocache} ${why}.`,
            expected: dflt,
            fix: `${setHint('GOCACHE', '<writable directory>', facts.go.sources.GOCACHE)}, or fix the permissions of ${gocache}`
        })
    ];
}
function isAbsolute(p, os) {
    return os === 'win32' ? /^([A-Za-z]:[\\/]|\\\\)/.test(p) : p.startsWith('/');
}
/** GOCACHE usability is part of the recommended policy whether or not a baseline file exists. */
const gocacheCheck = { rules: [GOCACHE_OFF, GOCACHE_UNUSABLE], run: run$n };

const CHECKSUM_BYPASS = {
    id: 'GBG101',
    name: 'checksum-db-disabled',
    area: 'env',
    defaultSeverity: 'error',
    summary: 'The checksum database is bypassed (GOSUMDB=off, GONOSUMCHECK, GOFLAGS=-insecure, or GONOSUMDB/GOPRIVATE matching every module).',
    fix: 'Remove the bypass: `go env -u GOSUMDB` (or unset it in the workflow); list only your private module prefixes in GOPRIVATE/GONOSUMDB.'
};
const GOFLAGS_MOD_MOD = {
    id: 'GBG102',
    name: 'goflags-mod-mod',
    area: 'env',
    defaultSeverity: 'error',
    summary: 'GOFLAGS contains -mod=mod: go commands silently rewrite go.mod and go.sum instead of failing on drift.',
    fix: 'Remove -mod=mod from GOFLAGS (`go env -u GOFLAGS` or the workflow env); run `go mod tidy` locally and commit the result.'
};
const GO_COMMAND_FAILS = {
    id: 'GBG103',
    name: 'go-command-fails',
    area: 'env',
    defaultSeverity: 'error',
    summary: '`go version` fails in this environment although `go env` runs (e.g. GOFLAGS holds a field that is not a flag): every go build will fail the same way.',
    fix: 'Run `go version` to see the error; fix the setting it names (for GOFLAGS: every space-separated field must start with -).'
};
function goCommandFails(facts) {
    const error = facts.go.versionError;
    if (error === undefined)
        return [];
    const goflagsBroken = /\$GOFLAGS/.test(error);
    const source = goflagsBroken ? sourceOf(facts, 'GOFLAGS') : undefined;
    return [
        {
            rule: GO_COMMAND_FAILS.id,
            severity: GO_COMMAND_FAILS.defaultSeverity,
            message: `\`go version\` fails: ${error}${source ? ` (GOFLAGS set by ${source})` : ''}`,
            actual: goflagsBroken ? `GOFLAGS=${facts.go.env.GOFLAGS ?? ''}` : error,
            ...(source ? { source } : {}),
            ...(goflagsBroken ? { envKey: 'GOFLAGS' } : {}),
            fix: goflagsBroken
                ? `${unsetHint('GOFLAGS', facts.go.sources.GOFLAGS)}, or make every space-separated field of GOFLAGS a flag (starting with -)`
                : GO_COMMAND_FAILS.fix
        }
    ];
}
/** True when a GOPRIVATE/GONOSUMDB-style pattern matches (nearly) every module path. */
function isWildcardWide(pattern) {
    const first = pattern.trim().split('/')[0] ?? '';
    return first !== '' && /^[*?.]+$/.test(first) && first.includes('*');
}
function checksumBypass(facts) {
    const env = facts.go.env;
    const findings = [];
    const add = (key, actual, message) => findings.push({
        rule: CHECKSUM_BYPASS.id,
        severity: CHECKSUM_BYPASS.defaultSeverity,
        message: `${message}${sourceOf(facts, key) ? ` (set by ${sourceOf(facts, key)})` : ''}`,
        expected: key === 'GOSUMDB' ? 'sum.golang.org (or your mirror)' : 'not a bypass',
        actual: `${key}=${actual}`,
        source: sourceOf(facts, key),
        envKey: key,
        fix: key === 'GONOSUMDB' || key === 'GOPRIVATE'
            ? `list only your private module prefixes in ${key} (e.g. ${key}=*.corp.example.com)`
            : unsetHint(key, facts.go.sources[key])
    });
    if ((env.GOSUMDB ?? '').trim() === 'off') {
        add('GOSUMDB', 'off', 'GOSUMDB=off disables the checksum database: downloaded modules are not verified');
    }
    const nosumcheck = facts.processEnv.GONOSUMCHECK;
    if (nosumcheck !== undefined && nosumcheck !== '' && nosumcheck !== '0') {
        add('GONOSUMCHECK', nosumcheck, `GONOSUMCHECK=${nosumcheck} asks to skip checksum verification`);
    }
    if (goFlagsFields(env.GOFLAGS).some((f) => /^--?insecure(=|$)/.test(f))) {
        add('GOFLAGS', env.GOFLAGS ?? '', 'GOFLAGS contains -insecure: modules may be fetched without TLS or checksums');
    }
    // GONOSUMDB defaults to GOPRIVATE when unset, and `go env` then prints GOPRIVATE's value as
    // GONOSUMDB: name the variable the user set.
    const nosumdb = env.GONOSUMDB ?? '';
    const derived = facts.go.sources.GONOSUMDB?.derivedFrom === 'GOPRIVATE' ||
        (nosumdb !== '' && nosumdb === (env.GOPRIVATE ?? ''));
    const key = nosumdb !== '' && !derived ? 'GONOSUMDB' : 'GOPRIVATE';
    const wide = (env[key] ?? '').split(',').filter(isWildcardWide);
    if (wide.length > 0) {
        add(key, env[key] ?? '', `${key} pattern '${wide[0]}' matches every module: the checksum database is never consulted`);
    }
    return findings;
}
function goflagsModMod(facts) {
    const goflags = facts.go.env.GOFLAGS ?? '';
    if (!goFlagsFields(goflags).some((f) => /^--?mod=mod$/.test(f)))
        return [];
    const source = sourceOf(facts, 'GOFLAGS');
    return [
        {
            rule: GOFLAGS_MOD_MOD.id,
            severity: GOFLAGS_MOD_MOD.defaultSeverity,
            message: `GOFLAGS=${goflags} contains -mod=mod${source ? ` (set by ${source})` : ''}: go build may rewrite go.mod and go.sum instead of failing`,
            expected: 'GOFLAGS without -mod=mod',
            actual: `GOFLAGS=${goflags}`,
            source,
            envKey: 'GOFLAGS',
            fix: `${unsetHint('GOFLAGS', facts.go.sources.GOFLAGS)}; then run \`go mod tidy\` locally and commit go.mod and go.sum`
        }
    ];
}
const envChecks = [
    { rules: [CHECKSUM_BYPASS], run: checksumBypass },
    { rules: [GOFLAGS_MOD_MOD], run: goflagsModMod },
    { rules: [GO_COMMAND_FAILS], run: goCommandFails }
];

const INSECURE_WIDE = {
    id: 'GBG121',
    name: 'goinsecure-wildcard',
    area: 'env',
    defaultSeverity: 'error',
    summary: 'GOINSECURE matches every module: any module may be fetched over plain HTTP without certificate checks.',
    fix: 'List only the hosts that need it (e.g. `GOINSECURE=git.corp.example.com`), or unset GOINSECURE.'
};
function run$m(facts, baseline) {
    if (declared(baseline, 'GOINSECURE'))
        return [];
    const wide = (facts.go.env.GOINSECURE ?? '').split(',').filter(isWildcardWide);
    if (wide.length === 0)
        return [];
    return [
        keyFinding(INSECURE_WIDE, facts, 'GOINSECURE', {
            message: `GOINSECURE pattern '${wide[0]}' matches every module: downloads may skip HTTPS and certificate checks.`,
            expected: 'GOINSECURE unset, or naming specific hosts',
            fix: `${removeHint(facts, 'GOINSECURE')}, or list only the hosts that need it`
        })
    ];
}
const goinsecureCheck = { rules: [INSECURE_WIDE], run: run$m };

const GOPROXY_OFF = {
    id: 'GBG122',
    name: 'goproxy-off',
    area: 'env',
    defaultSeverity: 'warning',
    summary: 'GOPROXY=off: go cannot download any module, so a missing module fails the build late.',
    fix: 'Unset GOPROXY (the default is https://proxy.golang.org,direct); if builds must be offline (vendored), declare `GOPROXY: "off"` in the baseline with a reason.'
};
const GOPROXY_DIRECT = {
    id: 'GBG123',
    name: 'goproxy-direct-only',
    area: 'env',
    defaultSeverity: 'warning',
    summary: 'GOPROXY=direct alone: every module comes straight from its VCS, without a proxy cache (slower, and broken by vanished repositories).',
    fix: 'Use a proxy first (`https://proxy.golang.org,direct` or your mirror); if direct is required, declare `GOPROXY: direct` in the baseline with a reason.'
};
function run$l(facts, baseline) {
    if (declared(baseline, 'GOPROXY'))
        return [];
    const proxies = listElements('GOPROXY', facts.go.env.GOPROXY ?? '');
    const first = proxies[0];
    if (first === 'off') {
        return [
            keyFinding(GOPROXY_OFF, facts, 'GOPROXY', {
                message: 'GOPROXY=off: go cannot download modules; a module missing from the module cache fails the build.',
                expected: 'a module proxy (https://proxy.golang.org,direct)',
                fix: `${removeHint(facts, 'GOPROXY')}, or declare GOPROXY in the baseline if offline builds are intended`
            })
        ];
    }
    if (proxies.length > 0 && proxies.every((p) => p === 'direct')) {
        return [
            keyFinding(GOPROXY_DIRECT, facts, 'GOPROXY', {
                message: 'GOPROXY=direct: every module is fetched from its origin repository, without a proxy.',
                expected: 'a module proxy before direct',
                fix: `${removeHint(facts, 'GOPROXY')}, or declare GOPROXY in the baseline with a reason`
            })
        ];
    }
    return [];
}
const goproxyCheck = { rules: [GOPROXY_OFF, GOPROXY_DIRECT], run: run$l };

const TOOLCHAIN_SWITCH$1 = {
    id: 'GBG150',
    name: 'gotoolchain-switch',
    area: 'env',
    defaultSeverity: 'notice',
    summary: 'GOTOOLCHAIN makes `go` run a different toolchain than the one installed on PATH (downloaded from the module proxy).',
    fix: 'If the switch is intended, pin it (a `toolchain` line in go.mod, or install that Go with actions/setup-go); otherwise set GOTOOLCHAIN=local.'
};
/** The installed Go on PATH and the toolchain `go` actually ran, when they differ. */
function toolchainSwitch(facts) {
    const installed = facts.paths?.goOnPath[0]?.version;
    const running = facts.go.version;
    return installed && running && installed !== running ? { installed, running } : undefined;
}
function run$k(facts, _baseline) {
    const sw = toolchainSwitch(facts);
    if (!sw)
        return [];
    const mode = facts.go.env.GOTOOLCHAIN ?? '';
    const why = /^go1/.test(mode)
        ? `GOTOOLCHAIN=${mode} names that toolchain`
        : `GOTOOLCHAIN=${mode} lets go.mod or go.work (go or toolchain line) ask for a newer Go`;
    return [
        keyFinding(TOOLCHAIN_SWITCH$1, facts, 'GOTOOLCHAIN', {
            message: `The go on PATH is ${sw.installed}, but it runs ${sw.running} from ${facts.go.env.GOROOT ?? 'the module cache'}: ${why}.`,
            expected: `the installed ${sw.installed}`,
            fix: `install ${sw.running} (actions/setup-go with go-version-file: go.mod) so nothing is downloaded, or set GOTOOLCHAIN=local to build with ${sw.installed}`
        })
    ];
}
const gotoolchainCheck = { rules: [TOOLCHAIN_SWITCH$1], run: run$k };

const GOROOT_MISMATCH = {
    id: 'GBG140',
    name: 'goroot-mismatch',
    area: 'env',
    defaultSeverity: 'error',
    summary: "The `go` found on PATH does not live in the GOROOT it reports: it compiles with another installation's standard library and tools.",
    fix: 'Unset GOROOT (go finds its own), or put `$GOROOT/bin` first on PATH.'
};
function run$j(facts, _baseline) {
    const paths = facts.paths;
    const onPath = paths?.goOnPath[0];
    // A GOTOOLCHAIN switch reports the downloaded toolchain's GOROOT on purpose (GBG150 explains it).
    if (!paths || !onPath || toolchainSwitch(facts))
        return [];
    if (paths.gorootGo === onPath.realPath)
        return [];
    const goroot = facts.go.env.GOROOT ?? '';
    const others = paths.goOnPath.slice(1).map((g) => g.path);
    const also = others.length ? ` Other go binaries on PATH: ${others.join(', ')}.` : '';
    return [
        keyFinding(GOROOT_MISMATCH, facts, 'GOROOT', {
            message: `The go on PATH is ${onPath.path}${onPath.realPath !== onPath.path ? ` (${onPath.realPath})` : ''}${onPath.version ? `, ${onPath.version},` : ''} but it reports GOROOT=${goroot}, whose bin/go is ${paths.gorootGo ?? 'missing'}.${also}`,
            expected: onPath.goroot ? `GOROOT=${onPath.goroot}` : 'the GOROOT of the go on PATH',
            fix: `${removeHint(facts, 'GOROOT')}, or put ${goroot}/bin first on PATH`
        })
    ];
}
const gorootCheck = { rules: [GOROOT_MISMATCH], run: run$j };

const GOPATH_MODE = {
    id: 'GBG120',
    name: 'go111module-off',
    area: 'env',
    defaultSeverity: 'error',
    summary: 'GO111MODULE=off inside a module: go ignores go.mod and go.sum and builds in GOPATH mode.',
    fix: 'Unset GO111MODULE (`go env -u GO111MODULE`, or remove it from the workflow env); module mode is the default.'
};
/** Whether the checked directory is inside a module or workspace. */
function inModule(facts) {
    return facts.modules.mods.length > 0 || facts.modules.work !== undefined;
}
function run$i(facts, baseline) {
    if (declared(baseline, 'GO111MODULE') || !inModule(facts))
        return [];
    if ((facts.go.env.GO111MODULE ?? '').trim().toLowerCase() !== 'off')
        return [];
    return [
        keyFinding(GOPATH_MODE, facts, 'GO111MODULE', {
            message: 'GO111MODULE=off inside a module: go ignores go.mod and go.sum and builds in GOPATH mode.',
            expected: 'GO111MODULE unset, on or auto',
            fix: removeHint(facts, 'GO111MODULE')
        })
    ];
}
const moduleModeCheck = { rules: [GOPATH_MODE], run: run$i };

/**
 * go env against the baseline (GBG110-111) and the built-in recommended policy (GBG120-150).
 * GBG101/GBG102 (checksum bypass, -mod=mod) live in env.ts and are part of the same policy.
 */
const baselineEnvChecks = [
    driftCheck,
    moduleModeCheck,
    goinsecureCheck,
    goproxyCheck,
    gocacheCheck,
    gorootCheck,
    gobinCheck,
    gotoolchainCheck
];

/** A compact way to declare an area's rules: `const rule = defineRule('cache')`, then `rule(id, …)`. */
function defineRule(area) {
    return (id, name, defaultSeverity, summary, fix) => ({
        id,
        name,
        area,
        defaultSeverity,
        summary,
        fix
    });
}

/**
 * Build-cache checks (GBG3xx): turn CacheFacts (src/gocache) into findings. One finding per
 * problem kind with a count and a few sample paths, never one per file. Problems the gate's
 * prune removed are not reported as problems but summarised in the prune notice.
 */
const rule$2 = defineRule('cache');
const PRUNE_FIX = 'Run the gate with `prune: corrupt` (or `go-baseline-gate cache prune`) before `go build`.';
/** Rules for each problem kind, with whether `prune: corrupt` removes it. */
const PROBLEM_RULES = {
    'action-malformed': {
        removable: true,
        meta: rule$2('GBG301', 'cache-entry-malformed', 'warning', 'A cache action entry is not the single 175-byte line Go writes; Go ignores it.', PRUNE_FIX)
    },
    'output-missing': {
        removable: true,
        meta: rule$2('GBG302', 'cache-output-missing', 'warning', 'A cache action entry points at an output that does not exist (an incomplete restore).', PRUNE_FIX)
    },
    'output-size': {
        removable: true,
        meta: rule$2('GBG303', 'cache-output-truncated', 'warning', 'A cache output is not the size its action entry declares (truncated by an interrupted restore).', PRUNE_FIX)
    },
    'output-hash': {
        removable: true,
        meta: rule$2('GBG304', 'cache-output-corrupt', 'error', 'A cache output’s SHA-256 differs from its name: `go build` would link the corrupted bytes.', PRUNE_FIX + ' Use `cache-verify: full` to detect it.')
    },
    symlink: {
        removable: true,
        meta: rule$2('GBG305', 'cache-symlink', 'error', 'The cache contains a symbolic link; Go never writes one, and would read whatever it points to.', PRUNE_FIX + ' Find out what planted it.')
    },
    'not-a-file': {
        removable: true,
        meta: rule$2('GBG306', 'cache-not-a-file', 'error', 'A directory or special file sits where Go writes a regular file; `go build` can fail on it.', PRUNE_FIX)
    },
    'world-writable': {
        removable: true,
        meta: rule$2('GBG307', 'cache-world-writable', 'error', 'A cache entry is writable by any user, so its content cannot be trusted.', PRUNE_FIX + ' Run `go` with a umask that removes o+w (022).')
    },
    hardlink: {
        removable: true,
        meta: rule$2('GBG308', 'cache-hardlink', 'warning', 'A cache file has several hard links and can be changed through a path outside the cache.', PRUNE_FIX)
    },
    foreign: {
        removable: false,
        meta: rule$2('GBG309', 'cache-foreign-file', 'warning', 'The cache holds a file Go does not write (something else stores files in GOCACHE).', 'Move the file out of GOCACHE, or point the other tool at its own directory.')
    },
    unreadable: {
        removable: false,
        meta: rule$2('GBG310', 'cache-unreadable', 'error', 'The gate could not read a cache entry (permissions or I/O error).', 'Fix the ownership and permissions of GOCACHE (e.g. `chown -R "$USER" "$(go env GOCACHE)"`), or clear it with `go clean -cache`.')
    }
};
const TRIM_STALE = rule$2('GBG320', 'cache-trim-stale', 'notice', 'trim.txt says Go last trimmed the cache more than a day ago; the next `go` command trims it.', 'Nothing is broken; use `prune: stale` to trim before the build instead of during it.');
const TRIM_FUTURE = rule$2('GBG321', 'cache-trim-future', 'warning', 'trim.txt is more than an hour in the future (clock skew or a cache from another machine).', 'Use `prune: stale`, which rewrites trim.txt with the current time, or delete trim.txt.');
const TRIM_UNPARSABLE = rule$2('GBG322', 'cache-trim-unparsable', 'warning', 'trim.txt is not a Unix time in seconds as Go writes it.', 'Use `prune: stale`, which rewrites trim.txt, or delete trim.txt.');
const TRIM_INEFFECTIVE = rule$2('GBG323', 'cache-trim-ineffective', 'warning', 'trim.txt claims a recent trim, yet entries unused for longer than the age limit remain: a restored trim.txt is keeping Go from trimming.', 'Use `prune: stale` (it trims by last use and rewrites trim.txt honestly), or exclude trim.txt from the CI cache.');
const OVER_BUDGET = rule$2('GBG330', 'cache-over-budget', 'warning', 'The build cache is larger than the `max-cache-size` budget.', 'Use `prune: stale` with `max-cache-size`, or raise the budget in the baseline `cache:` section.');
const PRUNED = rule$2('GBG340', 'cache-pruned', 'notice', 'The gate pruned the build cache before the build (what and how much).', 'Nothing to do; this records what was removed.');
const PRUNE_FAILED = rule$2('GBG341', 'cache-prune-failed', 'error', 'Some cache paths could not be removed; the broken entries are still there.', 'Fix the permissions of GOCACHE, or clear it with `go clean -cache`.');
/** At most this many paths are named in a finding. */
const SAMPLE_PATHS = 3;
function samples(list) {
    const shown = list.slice(0, SAMPLE_PATHS).map((p) => `${p.path} (${p.detail})`);
    const more = list.length > SAMPLE_PATHS ? `; and ${list.length - SAMPLE_PATHS} more` : '';
    return shown.join('; ') + more;
}
function groupByKind(problems) {
    const by = new Map();
    for (const p of problems)
        by.set(p.kind, [...(by.get(p.kind) ?? []), p]);
    return by;
}
function finding$2(meta, message, extra = {}) {
    return {
        rule: meta.id,
        severity: meta.defaultSeverity,
        message,
        fix: meta.fix,
        source: 'GOCACHE',
        ...extra
    };
}
/** A problem is healed when prune removes its kind and did not fail on its path. */
function healed(c, p) {
    if (!c.prune || !PROBLEM_RULES[p.kind].removable)
        return false;
    return c.prune.mode === 'all' || !c.prune.failed.some((f) => f.path === p.path);
}
function problemFindings(c) {
    const out = [];
    for (const [kind, list] of groupByKind(c.problems.filter((p) => !healed(c, p)))) {
        const { meta } = PROBLEM_RULES[kind];
        out.push(finding$2(meta, `${list.length} cache ${list.length === 1 ? 'path' : 'paths'} with ${kind}: ${samples(list)}`, {
            location: { file: list[0].path },
            actual: `${list.length}`,
            expected: '0'
        }));
    }
    return out;
}
function trimFindings(c) {
    if (c.prune?.trimWritten || c.prune?.mode === 'all')
        return [];
    const t = c.trim;
    const file = { location: { file: `${c.root}/trim.txt` } };
    switch (t.state) {
        case 'stale':
            return [
                finding$2(TRIM_STALE, `Go last trimmed ${c.root} ${formatDuration(t.ageSeconds ?? 0)} ago.`, file)
            ];
        case 'future':
            return [
                finding$2(TRIM_FUTURE, `trim.txt is ${formatDuration(-(t.ageSeconds ?? 0))} in the future.`, file)
            ];
        case 'unparsable':
            return [
                finding$2(TRIM_UNPARSABLE, `trim.txt holds ${JSON.stringify(t.raw ?? '')}, not a Unix time.`, file)
            ];
        case 'fresh':
            return c.staleAfter > 0
                ? [
                    finding$2(TRIM_INEFFECTIVE, `trim.txt says Go trimmed ${formatDuration(t.ageSeconds ?? 0)} ago, yet ${c.staleAfter} entries are unused for longer than ${formatDuration(c.maxAgeSeconds)}.`, file)
                ]
                : [];
        default:
            return [];
    }
}
function budgetFindings(c) {
    if (c.maxSizeBytes === undefined || c.bytesAfter <= c.maxSizeBytes)
        return [];
    return [
        finding$2(OVER_BUDGET, `The build cache holds ${formatBytes(c.bytesAfter)}, over the budget of ${formatBytes(c.maxSizeBytes)}.`, {
            location: { file: c.root },
            expected: `<= ${formatBytes(c.maxSizeBytes)}`,
            actual: formatBytes(c.bytesAfter)
        })
    ];
}
function pruneFindings(c) {
    const p = c.prune;
    if (!p)
        return [];
    const out = [];
    const healedKinds = [...groupByKind(c.problems.filter((x) => healed(c, x)))]
        .map(([kind, list]) => `${list.length} ${kind}`)
        .join(', ');
    out.push(finding$2(PRUNED, `prune: ${p.mode} removed ${p.entries} cache entries (${formatBytes(p.bytes)}): ${p.corrupt} broken${healedKinds ? ` (${healedKinds})` : ''}, ${p.stale} stale, ${p.overBudget} over the size budget; trim.txt ${p.trimWritten ? 'rewritten' : 'unchanged'}.`, { location: { file: c.root }, actual: String(p.bytes) }));
    if (p.failed.length > 0)
        out.push(finding$2(PRUNE_FAILED, `${p.failed.length} cache paths could not be removed: ${samples(p.failed)}`, { location: { file: p.failed[0].path } }));
    return out;
}
const cacheChecks = [
    {
        rules: [
            ...Object.values(PROBLEM_RULES).map((r) => r.meta),
            TRIM_STALE,
            TRIM_FUTURE,
            TRIM_UNPARSABLE,
            TRIM_INEFFECTIVE,
            OVER_BUDGET,
            PRUNED,
            PRUNE_FAILED
        ],
        run(facts) {
            const c = facts.cache;
            if (!c)
                return [];
            return [...problemFindings(c), ...trimFindings(c), ...budgetFindings(c), ...pruneFindings(c)];
        }
    }
];

const MODFILE_NOT_CHECKED = {
    id: 'GBG200',
    name: 'modfile-not-checked',
    area: 'modfile',
    defaultSeverity: 'warning',
    summary: 'A go.mod was found where the gate cannot read it (a directory name that is not valid UTF-8): its module was not checked.',
    fix: 'Rename the directory to a valid UTF-8 name (Go rejects such names in import paths too), or check that module separately.'
};
function run$h(facts) {
    return (facts.modules.unchecked ?? []).map((u) => ({
        rule: MODFILE_NOT_CHECKED.id,
        severity: MODFILE_NOT_CHECKED.defaultSeverity,
        message: `${u.file} was not checked: ${u.reason}`,
        fix: MODFILE_NOT_CHECKED.fix
    }));
}
const modfileUncheckedCheck = { rules: [MODFILE_NOT_CHECKED], run: run$h };

function parseGoSum(text) {
    const entries = new Set();
    let malformed;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const f = lines[i].split(/[ \t\r\n\v\f]+/).filter((x) => x !== '');
        if (f.length === 0)
            continue;
        if (f.length === 3)
            entries.add(`${f[0]} ${f[1]}`);
        else
            malformed ??= { line: i + 1, fields: f.length };
    }
    return malformed ? { entries, malformed } : { entries };
}
/** Whether go.sum has the go.mod hash of path@version (what loading the module graph needs). */
function hasGoModSum(sum, path, version) {
    return sum.entries.has(`${path} ${version}/go.mod`);
}
/** Whether go.sum has the zip hash of path@version (what building its packages needs). */
function hasZipSum(sum, path, version) {
    return sum.entries.has(`${path} ${version}`);
}

/**
 * Go string literal helpers: `strconv.Unquote` for double-quoted strings (go.mod quoted paths)
 * and `%q`-style quoting for error messages, so messages read like the go command's.
 */
const SIMPLE_ESCAPES = {
    a: 7,
    b: 8,
    f: 12,
    n: 10,
    r: 13,
    t: 9,
    v: 11,
    '\\': 92,
    '"': 34
};
const HEX_LENGTH = { x: 2, u: 4, U: 8 };
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');
/**
 * Unquotes a Go interpreted string literal (`"..."`). Returns undefined on invalid syntax,
 * like `strconv.Unquote` returning `ErrSyntax`. `\x` and octal escapes produce bytes; invalid
 * UTF-8 decodes to U+FFFD (what `encoding/json` prints for such strings).
 */
function goUnquote(literal) {
    if (literal.length < 2 || !literal.startsWith('"') || !literal.endsWith('"'))
        return undefined;
    const body = literal.slice(1, -1);
    if (!body.includes('\\'))
        return body.includes('"') || body.includes('\n') ? undefined : body;
    const bytes = [];
    for (let i = 0; i < body.length;) {
        const c = body[i];
        if (c === '"' || c === '\n')
            return undefined;
        if (c !== '\\') {
            const cp = body.codePointAt(i);
            const ch = String.fromCodePoint(cp);
            bytes.push(...encoder.encode(ch));
            i += ch.length;
            continue;
        }
        const esc = body[i + 1];
        if (esc === undefined)
            return undefined;
        if (esc in SIMPLE_ESCAPES) {
            bytes.push(SIMPLE_ESCAPES[esc]);
            i += 2;
        }
        else if (esc in HEX_LENGTH) {
            const n = HEX_LENGTH[esc];
            const hex = body.slice(i + 2, i + 2 + n);
            if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex))
                return undefined;
            const value = parseInt(hex, 16);
            if (esc === 'x')
                bytes.push(value);
            else if (value > 0x10ffff || (value >= 0xd800 && value < 0xe000))
                return undefined;
            else
                bytes.push(...encoder.encode(String.fromCodePoint(value)));
            i += 2 + n;
        }
        else if (esc >= '0' && esc <= '7') {
            const oct = body.slice(i + 1, i + 4);
            if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 255)
                return undefined;
            bytes.push(parseInt(oct, 8));
            i += 4;
        }
        else {
            return undefined;
        }
    }
    return decoder.decode(new Uint8Array(bytes));
}
/** Whether Go's `unicode.IsPrint` holds: letters, marks, numbers, punctuation, symbols, ASCII space. */
function isGoPrint(cp) {
    if (cp === 0x20)
        return true;
    return PRINTABLE.test(String.fromCodePoint(cp));
}
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
function escapeRune(cp, quote) {
    const ch = String.fromCodePoint(cp);
    if (ch === quote || ch === '\\')
        return '\\' + ch;
    const simple = Object.entries(SIMPLE_ESCAPES).find(([k, v]) => v === cp && k !== '\\' && k !== '"');
    if (isGoPrint(cp))
        return ch;
    if (simple)
        return '\\' + simple[0];
    if (cp < 0x80)
        return '\\x' + cp.toString(16).padStart(2, '0');
    if (cp < 0x10000)
        return '\\u' + cp.toString(16).padStart(4, '0');
    return '\\U' + cp.toString(16).padStart(8, '0');
}
/** Go's `%q` of a string. */
function goQuote(s) {
    let out = '"';
    for (const ch of s)
        out += escapeRune(ch.codePointAt(0), '"');
    return out + '"';
}
/** Go's `%q` of a rune: `'x'`, `'\ufeff'`. */
function goQuoteRune(cp) {
    return `'${escapeRune(cp, "'")}'`;
}

function spanOf(start, end) {
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
function linePos(line) {
    return spanOf(line.start, line.end);
}
function tokenPos(token) {
    return spanOf(token.start, token.end);
}

/**
 * Module versions the way golang.org/x/mod/semver and x/mod/module see them: `v1.2.3`,
 * short forms `v1`/`v1.2` (canonicalised to `v1.0.0`/`v1.2.0`), prereleases, `+incompatible`,
 * and the major-version suffix of module paths (`/v2`, `gopkg.in/x.v3`).
 */
const IDENT_PART = /^[0-9A-Za-z-]+$/;
function parse(v) {
    const m = /^v(0|[1-9][0-9]*)(?:\.(0|[1-9][0-9]*)(?:\.(0|[1-9][0-9]*)(-[^+]*)?(\+.*)?)?)?$/.exec(v);
    if (!m)
        return undefined;
    const [, major, minor, patch, pre, build] = m;
    if (minor === undefined) {
        return {
            major: major,
            minor: '0',
            patch: '0',
            short: '.0.0',
            prerelease: '',
            build: ''
        };
    }
    if (patch === undefined) {
        return { major: major, minor, patch: '0', short: '.0', prerelease: '', build: '' };
    }
    if (pre !== undefined && !validParts(pre.slice(1), true))
        return undefined;
    if (build !== undefined && !validParts(build.slice(1), false))
        return undefined;
    return {
        major: major,
        minor,
        patch,
        short: '',
        prerelease: pre ?? '',
        build: build ?? ''
    };
}
function validParts(s, noLeadingZero) {
    return s.split('.').every((p) => IDENT_PART.test(p) && !(noLeadingZero && /^0[0-9]+$/.test(p)));
}
function isValidSemver(v) {
    return parse(v) !== undefined;
}
/** semver.Canonical: `v1.2` -> `v1.2.0`, build metadata dropped; '' if invalid. */
function canonicalSemver(v) {
    const p = parse(v);
    if (!p)
        return '';
    if (p.build)
        return v.slice(0, v.length - p.build.length);
    return p.short ? v + p.short : v;
}
/** module.CanonicalVersion: like canonicalSemver but keeps `+incompatible`. */
function canonicalModuleVersion(v) {
    const cv = canonicalSemver(v);
    return parse(v)?.build === '+incompatible' ? cv + '+incompatible' : cv;
}
function semverMajor(v) {
    const p = parse(v);
    return p ? v.slice(0, 1 + p.major.length) : '';
}
function compareInt(x, y) {
    if (x === y)
        return 0;
    if (x.length !== y.length)
        return x.length < y.length ? -1 : 1;
    return x < y ? -1 : 1;
}
function comparePrerelease(x, y) {
    if (x === y)
        return 0;
    if (x === '')
        return 1;
    if (y === '')
        return -1;
    const xs = x.slice(1).split('.');
    const ys = y.slice(1).split('.');
    for (let i = 0; i < xs.length && i < ys.length; i++) {
        const dx = xs[i];
        const dy = ys[i];
        if (dx === dy)
            continue;
        const ix = /^[0-9]+$/.test(dx);
        const iy = /^[0-9]+$/.test(dy);
        if (ix !== iy)
            return ix ? -1 : 1;
        if (ix)
            return compareInt(dx, dy);
        return dx < dy ? -1 : 1;
    }
    return xs.length < ys.length ? -1 : xs.length > ys.length ? 1 : 0;
}
/** semver.Compare: invalid versions sort before valid ones and are equal to each other. */
function compareSemver(v, w) {
    const pv = parse(v);
    const pw = parse(w);
    if (!pv || !pw)
        return (pv ? 1 : 0) - (pw ? 1 : 0);
    return (compareInt(pv.major, pw.major) ||
        compareInt(pv.minor, pw.minor) ||
        compareInt(pv.patch, pw.patch) ||
        comparePrerelease(pv.prerelease, pw.prerelease));
}
/** module.SplitPathVersion: the `/vN` (or gopkg.in `.vN`) suffix of a module path. */
function splitPathVersion(path) {
    if (path.startsWith('gopkg.in/'))
        return splitGopkgIn(path);
    let i = path.length;
    let dot = false;
    while (i > 0 && /[0-9.]/.test(path[i - 1])) {
        if (path[i - 1] === '.')
            dot = true;
        i--;
    }
    if (i <= 1 || i === path.length || path[i - 1] !== 'v' || path[i - 2] !== '/') {
        return { prefix: path, pathMajor: '', ok: true };
    }
    const prefix = path.slice(0, i - 2);
    const pathMajor = path.slice(i - 2);
    if (dot || pathMajor.length <= 2 || pathMajor[2] === '0' || pathMajor === '/v1') {
        return { prefix: path, pathMajor: '', ok: false };
    }
    return { prefix, pathMajor, ok: true };
}
function splitGopkgIn(path) {
    let i = path.length;
    if (path.endsWith('-unstable'))
        i -= '-unstable'.length;
    while (i > 0 && /[0-9]/.test(path[i - 1]))
        i--;
    if (i <= 1 || path[i - 1] !== 'v' || path[i - 2] !== '.')
        return { prefix: path, pathMajor: '', ok: false };
    const prefix = path.slice(0, i - 2);
    const pathMajor = path.slice(i - 2);
    if (pathMajor.length <= 2 || (pathMajor[2] === '0' && pathMajor !== '.v0')) {
        return { prefix: path, pathMajor: '', ok: false };
    }
    return { prefix, pathMajor, ok: true };
}
/** module.CheckPathMajor: undefined when `v` matches the path's major suffix, else Go's reason. */
function checkPathMajor(v, pathMajor) {
    let pm = pathMajor;
    if (pm.startsWith('.v') && pm.endsWith('-unstable'))
        pm = pm.slice(0, -'-unstable'.length);
    if (v.startsWith('v0.0.0-') && pm === '.v1')
        return undefined;
    const m = semverMajor(v);
    if (pm === '') {
        if (m === 'v0' || m === 'v1' || parse(v)?.build === '+incompatible')
            return undefined;
        pm = 'v0 or v1';
    }
    else if (pm.startsWith('/') || pm.startsWith('.')) {
        if (m === pm.slice(1))
            return undefined;
        pm = pm.slice(1);
    }
    return `should be ${pm}, not ${m}`;
}

/**
 * Directive helpers shared by go.mod and go.work (port of the parts of x/mod/modfile/rule.go
 * both files use): quoted strings, module versions, `go`, `toolchain`, `godebug`, `replace`.
 * A handler throws `DirectiveError` with Go's message; the caller records it at the line start.
 */
class DirectiveError {
    message;
    constructor(message) {
        this.message = message;
    }
}
/** `1.23`, `1.23.0`, `1.23rc1` — the go line syntax (modfile.GoVersionRE). */
const GO_VERSION_RE = /^([1-9][0-9]*)\.(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))?([a-z]+[0-9]+)?$/;
const LAX_GO_VERSION_RE = /^v?(([1-9][0-9]*)\.(0|[1-9][0-9]*))([^0-9].*)$/;
/** Toolchain names: `default` or anything starting `go1` then end or `.` (modfile.ToolchainRE). */
const TOOLCHAIN_RE = /^default$|^go1($|\.)/;
/** parseString: unquotes `"..."`; other quote characters are reserved. */
function parseString(token) {
    if (token.startsWith('"')) {
        const value = goUnquote(token);
        return value === undefined ? { err: 'invalid syntax' } : { value };
    }
    if (/["'`]/.test(token))
        return { err: 'unquoted string cannot contain quote' };
    return { value: token };
}
/** parseString for a path argument, failing with Go's `invalid quoted string` message. */
function parsePathArg(token) {
    const r = parseString(token);
    if ('err' in r)
        throw new DirectiveError(`invalid quoted string: ${r.err}`);
    return r.value;
}
function directivePrefix(verb, path) {
    return path ? `${verb} ${path}: ` : `${verb}: `;
}
/**
 * parseVersion: a module version argument. `canonical` (Go's nil fixer) requires a version that
 * canonicalises (`v1.2` becomes `v1.2.0`); otherwise the text is kept (retract's fixer).
 */
function parseVersion(verb, path, token, canonical) {
    const r = parseString(token);
    if ('err' in r) {
        throw new DirectiveError(`${directivePrefix(verb, path)}version ${goQuote(token)} invalid: ${r.err}`);
    }
    if (!canonical)
        return r.value;
    const cv = canonicalModuleVersion(r.value);
    if (cv === '') {
        throw new DirectiveError(`${directivePrefix(verb, path)}version ${goQuote(r.value)} invalid: must be of the form v1.2.3`);
    }
    return cv;
}
/** The `/vN` suffix of a module path, or Go's `invalid module path`. */
function modulePathMajor(path) {
    const { pathMajor, ok } = splitPathVersion(path);
    if (!ok)
        throw new DirectiveError('invalid module path');
    return pathMajor;
}
function checkMajor(verb, path, version, pathMajor) {
    const reason = checkPathMajor(version, pathMajor);
    if (reason !== undefined) {
        throw new DirectiveError(`${verb} ${path}: version ${goQuote(version)} invalid: ${reason}`);
    }
}
function parseGoDirective(line, args, lax) {
    if (args.length !== 1)
        throw new DirectiveError('go directive expects exactly one argument');
    let version = args[0];
    if (!GO_VERSION_RE.test(version)) {
        const m = lax ? LAX_GO_VERSION_RE.exec(version) : null;
        if (!m)
            throw new DirectiveError(`invalid go version '${version}': must match format 1.23.0`);
        version = m[1];
    }
    return { version, pos: linePos(line) };
}
function parseToolchainDirective(line, args) {
    if (args.length !== 1)
        throw new DirectiveError('toolchain directive expects exactly one argument');
    const name = args[0];
    if (!TOOLCHAIN_RE.test(name)) {
        throw new DirectiveError(`invalid toolchain version '${name}': must match format go1.23.0 or default`);
    }
    return { name, pos: linePos(line) };
}
function parseGodebug(line, args) {
    const arg = args[0];
    if (args.length !== 1 || arg === undefined || /["`',]/.test(arg) || !arg.includes('=')) {
        throw new DirectiveError('usage: godebug key=value');
    }
    const eq = arg.indexOf('=');
    return { key: arg.slice(0, eq), value: arg.slice(eq + 1), pos: linePos(line) };
}
/** IsDirectoryPath: `.`/`..`-relative or rooted (Unix, Windows, drive letter) paths. */
function isDirectoryPath(ns) {
    return (ns === '.' ||
        ns.startsWith('./') ||
        ns.startsWith('.\\') ||
        ns === '..' ||
        ns.startsWith('../') ||
        ns.startsWith('..\\') ||
        ns.startsWith('/') ||
        ns.startsWith('\\') ||
        /^[A-Za-z]:/.test(ns));
}
/** parseReplace: `old [v] => new [v]` or `old [v] => ../dir`. */
function parseReplace(line, args, verb, opts) {
    const arrow = args.length >= 2 && args[1] === '=>' ? 1 : 2;
    if (args.length < arrow + 2 || args.length > arrow + 3 || args[arrow] !== '=>') {
        throw new DirectiveError(`usage: ${verb} module/path [v1.2.3] => other/module v1.4\n\t or ${verb} module/path [v1.2.3] => ../local/directory`);
    }
    const s = parsePathArg(args[0]);
    let pathMajor;
    try {
        pathMajor = modulePathMajor(s);
    }
    catch (e) {
        throw new DirectiveError(`${verb} ${s}: ${e.message}`);
    }
    const old = { path: s };
    if (arrow === 2) {
        old.version = parseVersion(verb, s, args[1], true);
        checkMajor(verb, s, old.version, pathMajor);
    }
    const ns = parsePathArg(args[arrow + 1]);
    const repl = { path: ns };
    if (args.length === arrow + 2) {
        if (!isDirectoryPath(ns)) {
            if (ns.includes('@')) {
                throw new DirectiveError("replacement module must match format 'path version', not 'path@version'");
            }
            throw new DirectiveError('replacement module without version must be directory path (rooted or starting with . or ..)');
        }
        if (!(opts.windows ?? process.platform === 'win32') && ns.includes('\\')) {
            throw new DirectiveError('replacement directory appears to be Windows path (on a non-windows system)');
        }
    }
    else {
        repl.version = parseVersion(verb, ns, args[arrow + 2], true);
        if (isDirectoryPath(ns)) {
            throw new DirectiveError(`replacement module directory path ${goQuote(ns)} cannot have version`);
        }
    }
    const newToken = line.tokens[line.tokens.length - args.length + arrow + 1];
    return {
        old,
        new: repl,
        pos: linePos(line),
        newPos: newToken ? tokenPos(newToken) : linePos(line)
    };
}
/** Runs `handle` for one directive line, recording a DirectiveError at the line start like Go. */
function collectError(errors, at, handle) {
    try {
        handle();
    }
    catch (e) {
        if (!(e instanceof DirectiveError))
            throw e;
        errors.push({ line: at.line, column: at.column, message: e.message });
    }
}

/** A finding location on a go.mod/go.work node (`file` is already relative to the repository root). */
function at(file, pos) {
    return {
        file,
        line: pos.line,
        column: pos.column,
        endLine: pos.endLine,
        endColumn: pos.endColumn
    };
}
/** A finding of `rule` at its default severity (the engine applies baseline overrides). */
function finding$1(rule, f) {
    return { rule: rule.id, severity: rule.defaultSeverity, ...f };
}
/** `-C DIR ` for a file below the repository root, so the fix runs from the root. */
function dirFlag(file) {
    const i = file.lastIndexOf('/');
    return i < 0 ? '' : `-C ${file.slice(0, i)} `;
}

function goFlagsMod(goflags) {
    const m = /(?:^|\s)--?mod=(\S+)/.exec(goflags ?? '');
    return m?.[1];
}
/**
 * cmd/go setDefaultBuildMod: vendor/ and go >= 1.14 mean -mod=vendor, unless vendor/modules.txt
 * was written for the other mode (`## workspace` marks `go work vendor`): go then ignores vendor/
 * ("Outside workspace mode, but vendor directory is for a workspace.").
 */
function vendorMode(mod, env) {
    const flag = goFlagsMod(env.GOFLAGS);
    if (flag !== undefined)
        return flag === 'vendor';
    return (mod.hasVendorDir === true &&
        compareGoVersions(mod.parsed.go?.version ?? '1.16', '1.14') >= 0 &&
        mod.vendor?.workspace !== true);
}
/** vendor/ that go skips by default because modules.txt was written for the other mode. */
function vendorIgnored(facts) {
    if (goFlagsMod(facts.go.env.GOFLAGS) !== undefined)
        return [];
    const work = facts.modules.work;
    if (work) {
        return work.dir &&
            work.hasVendorDir === true &&
            compareGoVersions(work.parsed.go?.version ?? '1.18', '1.14') >= 0 &&
            work.vendor?.workspace !== true
            ? [
                {
                    dir: work.dir,
                    reason: 'In workspace mode, but vendor directory is not for a workspace'
                }
            ]
            : [];
    }
    return facts.modules.mods
        .filter((m) => m.main &&
        m.hasVendorDir === true &&
        compareGoVersions(m.parsed.go?.version ?? '1.16', '1.14') >= 0 &&
        m.vendor?.workspace === true)
        .map((m) => ({
        dir: m.dir,
        reason: 'Outside workspace mode, but vendor directory is for a workspace.'
    }));
}
/** Whether go loads the workspace from its vendor directory (-mod=vendor, or vendor/ and go >= 1.14). */
function workspaceVendorMode(facts) {
    const work = facts.modules.work;
    if (!work)
        return false;
    const flag = goFlagsMod(facts.go.env.GOFLAGS);
    if (flag !== undefined)
        return flag === 'vendor';
    return (work.hasVendorDir === true &&
        compareGoVersions(work.parsed.go?.version ?? '1.18', '1.14') >= 0 &&
        work.vendor?.workspace === true);
}

const GOSUM_MISSING = {
    id: 'GBG240',
    name: 'gosum-missing',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'go.mod has requirements but there is no go.sum next to it: go build fails with "missing go.sum entry".',
    fix: 'Run `go mod tidy` and commit go.sum.'
};
const GOSUM_MALFORMED = {
    id: 'GBG242',
    name: 'gosum-malformed',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'A go.sum line does not have three fields: go fails with "malformed go.sum: wrong number of fields" as soon as it reads it.',
    fix: 'Fix or delete the line, then run `go mod tidy` (the one go command that skips such lines) and commit go.sum.'
};
const GOSUM_INCOMPLETE = {
    id: 'GBG241',
    name: 'gosum-entry-missing',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'go.sum lacks the checksum lines of a requirement: go build fails with "missing go.sum entry" when it loads that module (an error when a package of the module imports it, a warning when only the preflight can tell).',
    fix: 'Run `go mod tidy` (or `go mod download MODULE`) and commit go.sum.'
};
/** The module@version whose checksums the build needs, after replace; undefined for a directory. */
function effective(m, path, version) {
    const r = m.parsed.replace.filter((x) => x.old.path === path && x.old.version === version).pop() ??
        m.parsed.replace.filter((x) => x.old.path === path && x.old.version === undefined).pop();
    if (!r)
        return { path, version, replaced: false };
    if (r.new.version === undefined || isDirectoryPath(r.new.path))
        return undefined;
    return { path: r.new.path, version: r.new.version, replaced: true };
}
function check$1(facts, m) {
    const w = facts.modules.work;
    // Workspace modules and go.work directory replacements need no checksums.
    const local = new Set(w ? facts.modules.mods.map((x) => x.parsed.module?.path) : []);
    for (const r of w?.parsed.replace ?? [])
        if (r.new.version === undefined)
            local.add(r.old.path);
    const needed = m.parsed.require
        .filter((r) => !local.has(r.path))
        .map((r) => ({ r, eff: effective(m, r.path, r.version) }))
        .filter((x) => !!x.eff);
    if (needed.length === 0)
        return [];
    const sumFile = m.sumFile ?? m.file.replace(/go\.mod$/, 'go.sum');
    const cmd = (args) => `go ${dirFlag(m.file)}${args}`;
    // In a workspace go takes a missing line from go.work.sum, or downloads it and writes it
    // there, even under -mod=readonly: only the module built alone (GOWORK=off) needs it.
    const alone = w
        ? ` Only a build of this module alone (GOWORK=off) fails; the workspace uses ${w.file.replace(/go\.work$/, 'go.work.sum')}.`
        : '';
    const severity = w ? { severity: 'notice' } : {};
    if (!m.goSum) {
        return [
            {
                ...finding$1(GOSUM_MISSING, {
                    message: `${m.file} requires ${needed.length} module(s) but ${sumFile} does not exist.${alone}`,
                    location: at(m.file, needed[0].r.pos),
                    fix: cmd('mod tidy')
                }),
                ...severity
            }
        ];
    }
    const own = m.goSum;
    if (own.malformed) {
        // go stops at the first malformed line; the missing lines after it are not the problem yet.
        const { line, fields } = own.malformed;
        return [
            finding$1(GOSUM_MALFORMED, {
                message: `malformed go.sum:\n${sumFile}:${line}: wrong number of fields ${fields}`,
                location: { file: sumFile, line },
                expected: '3 fields: module version hash',
                actual: `${fields} field(s)`,
                fix: `fix or delete ${sumFile}:${line}, then ${cmd('mod tidy')}`
            })
        ];
    }
    const out = [];
    const imported = importedModules(m);
    // Below go 1.17 go loads the whole module graph, so it reads every requirement's go.mod.
    const fullGraph = m.parsed.go === undefined || compareGoVersions(m.parsed.go.version, '1.17') < 0;
    for (const { r, eff } of needed) {
        const modLine = hasGoModSum(own, eff.path, eff.version);
        // Direct requirements provide imported packages: their module zips are verified too.
        const zipLine = r.indirect || hasZipSum(own, eff.path, eff.version);
        if (modLine && zipLine)
            continue;
        const what = !modLine ? `${eff.path} ${eff.version}/go.mod` : `${eff.path} ${eff.version}`;
        const replaced = eff.replaced ? ` (replaced by ${eff.path}@${eff.version})` : '';
        // Go reads a checksum only for what the build loads: certain when a package of the module
        // imports this one (or, for a go.mod line, when go loads the whole graph); otherwise go may
        // never read it (a build-tag-only import, a requirement of a pruned graph).
        const certain = imported.has(r.path) || (!modLine && fullGraph);
        const maybe = certain
            ? ''
            : ` No package of ${m.parsed.module?.path ?? 'this module'} imports it for ${GOOS_GOARCH(facts)}, so go fails only if the build loads one of its packages through a dependency or other build tags (the preflight checks the whole build).`;
        out.push({
            ...finding$1(GOSUM_INCOMPLETE, {
                message: `${r.path}@${r.version}${replaced}: missing go.sum entry${!modLine ? ' for go.mod file' : ''}: ${sumFile} has no "${what}" line.${alone}${maybe}`,
                location: at(m.file, r.pos),
                actual: 'no checksum line',
                expected: `${what} h1:...`,
                // Go's own hint names the required path; go resolves the replacement itself.
                fix: cmd(`mod download ${r.path}`)
            }),
            ...(w ? severity : certain ? {} : { severity: 'warning' })
        });
    }
    return out;
}
const GOOS_GOARCH = (facts) => `${facts.go.env.GOOS ?? '?'}/${facts.go.env.GOARCH ?? '?'}`;
/**
 * The required modules that provide a package the module's own packages or tests import: the
 * longest requirement path that is a prefix of the import path (path-component-wise), as go
 * resolves it. Empty when the imports were not collected.
 */
function importedModules(m) {
    const own = m.parsed.module?.path;
    const paths = new Set(m.parsed.require.map((r) => r.path));
    const out = new Set();
    for (const imp of m.imports ?? []) {
        for (let p = imp; p !== ''; p = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '') {
            if (p === own)
                break;
            if (paths.has(p)) {
                out.add(p);
                break;
            }
        }
    }
    return out;
}
function run$g(facts) {
    if (workspaceVendorMode(facts))
        return []; // go reads the workspace's vendor/, no checksums
    return facts.modules.mods
        .filter((m) => m.main && !vendorMode(m, facts.go.env))
        .flatMap((m) => check$1(facts, m));
}
const goSumCheck = {
    rules: [GOSUM_MISSING, GOSUM_INCOMPLETE, GOSUM_MALFORMED],
    run: run$g
};

const MODFILE_FLAG = {
    id: 'GBG209',
    name: 'goflags-modfile-unusable',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'GOFLAGS has -modfile=FILE that go refuses (missing file, no .mod extension, no main module, or workspace mode): every go command fails.',
    fix: 'Point -modfile at an existing FILE.mod relative to the working directory (it replaces go.mod; FILE.sum replaces go.sum), set GOWORK=off for it, or drop it from GOFLAGS.'
};
function run$f(facts) {
    const m = facts.modules.modfile;
    if (!m?.error)
        return [];
    const work = facts.modules.work;
    return [
        finding$1(MODFILE_FLAG, {
            message: `go: ${m.error} (GOFLAGS=${facts.go.env.GOFLAGS ?? ''})`,
            ...(work && /workspace mode/.test(m.error) ? { location: { file: work.file } } : {}),
            actual: `-modfile=${m.flag}`,
            source: facts.go.sources.GOFLAGS?.kind ?? 'GOFLAGS',
            fix: /workspace mode/.test(m.error)
                ? 'Set GOWORK=off for this job (go reads go.work otherwise), or drop -modfile from GOFLAGS.'
                : MODFILE_FLAG.fix
        })
    ];
}
const modfileFlagCheck = { rules: [MODFILE_FLAG], run: run$f };

const PARSE_ERROR = {
    id: 'GBG203',
    name: 'modfile-parse-error',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'A go.mod or go.work file does not parse: every go command in that module fails.',
    fix: 'Fix the line the error points at (run `go mod edit -fmt` to see the same error locally).'
};
function run$e(facts) {
    return facts.modules.errors.map((e) => finding$1(PARSE_ERROR, {
        message: `${e.file}:${e.line}${e.column > 1 ? `:${e.column}` : ''}: ${e.message}`,
        location: { file: e.file, line: e.line, column: e.column },
        fix: PARSE_ERROR.fix
    }));
}
const parseErrorCheck = { rules: [PARSE_ERROR], run: run$e };

/** gover.FromToolchain: `go1.22.3` -> `1.22.3`, custom suffixes after ` `, `\t`, `-` stripped. */
function fromToolchain(name) {
    if (/[\\/]/.test(name) || !name.startsWith('go'))
        return undefined;
    const v = name.slice(2).split(/[ \t-]/)[0];
    return parseGoVersion(v) ? v : undefined;
}
/** The file whose go/toolchain lines Go consults: go.work, else the main module's go.mod. */
function governingFile(facts) {
    const work = facts.modules.work;
    if (work)
        return { file: work.file, go: work.parsed.go, toolchain: work.parsed.toolchain };
    const main = facts.modules.mods.find((m) => m.main);
    if (!main)
        return undefined;
    return { file: main.file, go: main.parsed.go, toolchain: main.parsed.toolchain };
}
/** Undefined when GOTOOLCHAIN or the running version cannot be interpreted (other rules report that). */
function selectToolchain(facts) {
    const local = facts.go.version.replace(/^go/, '');
    if (!parseGoVersion(local))
        return undefined;
    const gotoolchain = facts.go.env.GOTOOLCHAIN ?? '';
    let minToolchain = `go${local}`;
    let minVers = local;
    let mode;
    if (gotoolchain === 'auto' || gotoolchain === 'path' || gotoolchain === '') {
        mode = gotoolchain === '' ? '' : gotoolchain;
    }
    else {
        const [min, suffix] = gotoolchain.split('+', 2);
        if (suffix !== undefined && suffix !== 'auto' && suffix !== 'path')
            return undefined;
        if (min !== 'local') {
            const v = fromToolchain(min);
            if (!v)
                return undefined;
            minToolchain = min;
            minVers = v;
        }
        mode = suffix ?? '';
    }
    const sel = {
        gotoolchain,
        mode,
        local,
        target: minToolchain,
        targetVersion: minVers
    };
    const gov = governingFile(facts);
    if (mode === '' || !gov)
        return sel;
    sel.file = gov.file;
    const tc = gov.toolchain;
    if (tc && tc.name !== 'default') {
        const v = fromToolchain(tc.name);
        if (v && compareGoVersions(v, sel.targetVersion) > 0) {
            Object.assign(sel, {
                target: tc.name,
                targetVersion: v,
                reason: { kind: 'toolchain', directive: tc }
            });
        }
    }
    if (tc?.name !== 'default' &&
        gov.go &&
        compareGoVersions(gov.go.version, sel.targetVersion) > 0) {
        const v = gov.go.version;
        const lang = parseGoVersion(v);
        const dotZero = lang && lang.patch < 0 && lang.kind === '' && compareGoVersions(v, '1.21') >= 0;
        Object.assign(sel, {
            target: `go${v}${dotZero ? '.0' : ''}`,
            targetVersion: v,
            reason: { kind: 'go', directive: gov.go }
        });
    }
    return sel;
}

const GO_OUT_OF_RANGE = {
    id: 'GBG206',
    name: 'go-line-outside-policy',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'A go line is outside the range the baseline allows (`go.version`).',
    fix: 'Change the go line (`go mod edit -go=VERSION`) or widen `go.version` in the baseline.'
};
const TOOLCHAIN_POLICY = {
    id: 'GBG207',
    name: 'toolchain-line-policy',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'A toolchain line is missing (baseline requires it), present (baseline forbids it), or outside `go.toolchainVersion`.',
    fix: 'Add or change it with `go mod edit -toolchain=goX.Y.Z`, remove it with `go mod edit -toolchain=none`, or update the baseline.'
};
const GOTOOLCHAIN_MODE = {
    id: 'GBG208',
    name: 'gotoolchain-mode-policy',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'GOTOOLCHAIN uses a mode the baseline does not allow (`go.gotoolchain`).',
    fix: 'Set GOTOOLCHAIN in the workflow to an allowed mode (e.g. `local`), or allow the mode in the baseline.'
};
/** local, auto, path, version, version+auto, version+path — the modes a baseline can allow. */
function gotoolchainMode(value) {
    const [min, suffix] = value.split('+', 2);
    if (value === 'auto' || value === 'path')
        return value;
    if (min === 'local')
        return suffix ?? 'local';
    return suffix ? `version+${suffix}` : 'version';
}
function files(facts) {
    const out = facts.modules.mods
        .filter((m) => m.main !== false)
        .map((m) => ({
        file: m.file,
        go: m.parsed.go,
        toolchain: m.parsed.toolchain,
        pos: m.parsed.module?.pos
    }));
    const w = facts.modules.work;
    if (w)
        out.unshift({ file: w.file, go: w.parsed.go, toolchain: w.parsed.toolchain, pos: undefined });
    return out;
}
function run$d(facts, baseline) {
    const policy = baseline.go;
    const out = [];
    const source = baseline.path ? `baseline ${baseline.path}` : 'built-in policy';
    for (const f of files(facts)) {
        const range = policy.version?.value;
        if (range && f.go && goVersionInRange(f.go.version, range) === false) {
            out.push(finding$1(GO_OUT_OF_RANGE, {
                message: `${f.file}: go ${f.go.version} is outside the allowed range ${range}.`,
                location: at(f.file, f.go.pos),
                expected: range,
                actual: f.go.version,
                source,
                fix: GO_OUT_OF_RANGE.fix
            }));
        }
        const rule = policy.toolchain?.value;
        const where = f.toolchain
            ? at(f.file, f.toolchain.pos)
            : f.pos
                ? at(f.file, f.pos)
                : { file: f.file };
        const add = (message, expected) => out.push(finding$1(TOOLCHAIN_POLICY, {
            message: `${f.file}: ${message}`,
            location: where,
            expected,
            actual: f.toolchain?.name ?? 'no toolchain line',
            source,
            fix: TOOLCHAIN_POLICY.fix
        }));
        if (rule === 'required' && !f.toolchain)
            add('the baseline requires a toolchain line.', 'a toolchain line');
        if (rule === 'forbidden' && f.toolchain)
            add(`toolchain ${f.toolchain.name} is forbidden by the baseline.`, 'no toolchain line');
        const tr = policy.toolchainVersion?.value;
        const tv = f.toolchain ? fromToolchain(f.toolchain.name) : undefined;
        if (tr &&
            f.toolchain &&
            f.toolchain.name !== 'default' &&
            (tv === undefined || goVersionInRange(tv, tr) !== true)) {
            add(`toolchain ${f.toolchain.name} is outside the allowed range ${tr}.`, tr);
        }
    }
    const allowed = policy.gotoolchain?.value;
    const value = facts.go.env.GOTOOLCHAIN ?? '';
    if (allowed && allowed.length > 0 && !allowed.includes(gotoolchainMode(value))) {
        out.push(finding$1(GOTOOLCHAIN_MODE, {
            message: `GOTOOLCHAIN=${value} (mode ${gotoolchainMode(value)}) is not one of the allowed modes: ${allowed.join(', ')}.`,
            ...(policy.gotoolchain?.location ? { location: policy.gotoolchain.location } : {}),
            expected: allowed.join(' | '),
            actual: value,
            source: facts.go.sources.GOTOOLCHAIN?.kind ?? 'go env',
            fix: GOTOOLCHAIN_MODE.fix
        }));
    }
    return out;
}
const policyCheck = {
    rules: [GO_OUT_OF_RANGE, TOOLCHAIN_POLICY, GOTOOLCHAIN_MODE],
    run: run$d
};

function replaceTargets(facts) {
    const out = [];
    const w = facts.modules.work;
    for (const target of w?.replaceDirs ?? [])
        out.push({ file: w?.file ?? '', target });
    for (const m of facts.modules.mods) {
        if (m.main === false)
            continue;
        for (const target of m.replaceDirs ?? [])
            out.push({ file: m.file, target });
    }
    return out;
}
/**
 * Whether go loads the replaced module: a main module requires it (at the replaced version, when
 * the replace names one). Go never reads a replacement of a module outside the build, so a
 * replace to a missing directory is harmless there. A main module before go 1.17 lists no full
 * requirement set (no graph pruning): every replace counts then.
 */
function replaceUsed(facts, target) {
    const { path, version } = target.replace.old;
    const mains = facts.modules.mods.filter((m) => m.main);
    return mains.some((m) => compareGoVersions(m.parsed.go?.version ?? '1.16', '1.17') < 0 ||
        m.parsed.require.some((r) => r.path === path && (version === undefined || r.version === version)));
}

const REPLACE_GO_TOO_NEW = {
    id: 'GBG223',
    name: 'replace-go-too-new',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'A directory replacement (`replace x => ./dir`) has a go line newer than the go that will run, and GOTOOLCHAIN does not allow switching: go fails with "module ./dir requires go >= …".',
    fix: 'Use that Go version in the job, allow switching with GOTOOLCHAIN=auto, or lower the go line of the replacement module.'
};
function run$c(facts) {
    const sel = selectToolchain(facts);
    // Under +auto / +path go switches to a newer toolchain instead of failing.
    if (!sel || sel.mode !== '')
        return [];
    const running = sel.targetVersion;
    return replaceTargets(facts)
        .filter(({ target }) => target.go !== undefined && compareGoVersions(target.go, running) > 0)
        .filter(({ target }) => replaceUsed(facts, target))
        .map(({ file, target }) => finding$1(REPLACE_GO_TOO_NEW, {
        message: `module ${target.replace.new.path} requires go >= ${target.go} (running go ${running}; GOTOOLCHAIN=${sel.gotoolchain})`,
        location: at(file, target.replace.newPos),
        expected: `go <= ${running}`,
        actual: `go ${target.go}`,
        source: `GOTOOLCHAIN=${sel.gotoolchain}`,
        fix: `Use Go ${target.go} or newer in this job, set GOTOOLCHAIN=auto to let go download it, or lower the go line of ${target.replace.new.path}/go.mod.`
    }));
}
const replaceGoTooNewCheck = { rules: [REPLACE_GO_TOO_NEW], run: run$c };

/** GBG222: `replace` in a module that the main module requires as a dependency (Go ignores it there). */
const REPLACE_IGNORED = {
    id: 'GBG222',
    name: 'replace-in-dependency',
    area: 'modfile',
    defaultSeverity: 'notice',
    summary: 'A replace directive sits in a module that is built as a dependency, not as the main module: Go ignores it there (the module built alone still uses it).',
    fix: 'Move the replace into the main module go.mod (or go.work), or remove it.'
};
/** Where a replace leads: an absolute directory, or module@version. */
function target(dir, r) {
    return r.new.version === undefined ? resolve(dir, r.new.path) : `${r.new.path}@${r.new.version}`;
}
function run$b(facts) {
    if (facts.modules.work)
        return []; // in a workspace every used module's replaces apply
    const main = facts.modules.mods.find((m) => m.main);
    if (!main)
        return [];
    const required = new Set(main.parsed.require.map((r) => r.path));
    const mainTargets = new Set(main.parsed.replace.map((r) => `${r.old.path}@${r.old.version ?? ''} ${target(main.dir, r)}`));
    const out = [];
    for (const m of facts.modules.mods) {
        const path = m.parsed.module?.path;
        if (m === main || !path || !required.has(path))
            continue;
        for (const r of m.parsed.replace) {
            // Not a difference: the main module already has the same replace, or the line replaces
            // the main module itself (which the build takes from the repository anyway).
            if (mainTargets.has(`${r.old.path}@${r.old.version ?? ''} ${target(m.dir, r)}`))
                continue;
            if (r.old.path === main.parsed.module?.path)
                continue;
            out.push(finding$1(REPLACE_IGNORED, {
                message: `${m.file}: replace ${r.old.path} has no effect when building ${main.parsed.module?.path ?? main.file}: ${path} is a dependency there (${main.file}), and only the main module's replaces apply.`,
                location: at(m.file, r.pos),
                fix: REPLACE_IGNORED.fix
            }));
        }
    }
    return out;
}
const replaceIgnoredCheck = { rules: [REPLACE_IGNORED], run: run$b };

const REPLACE_MISSING = {
    id: 'GBG221',
    name: 'replace-target-missing',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'A replace directive points at a directory that does not exist or has no go.mod: go fails to load the replaced module.',
    fix: 'Fix the path (it is relative to the go.mod directory), commit the directory, or drop the replace.'
};
function run$a(facts) {
    return replaceTargets(facts)
        .filter(({ target }) => !target.hasGoMod && replaceUsed(facts, target))
        .map(({ file, target }) => finding$1(REPLACE_MISSING, {
        message: target.exists
            ? `${file}: replace ${target.replace.old.path} => ${target.replace.new.path}: the directory has no go.mod.`
            : `${file}: replace ${target.replace.old.path} => ${target.replace.new.path}: replacement directory ${target.replace.new.path} does not exist.`,
        location: at(file, target.replace.newPos),
        actual: target.replace.new.path,
        fix: REPLACE_MISSING.fix
    }));
}
const replaceMissingCheck = { rules: [REPLACE_MISSING], run: run$a };

/** GBG220: a `replace` pointing at a local directory outside the repository (works on a laptop, not in CI). */
const REPLACE_OUTSIDE_REPO = {
    id: 'GBG220',
    name: 'replace-outside-repository',
    area: 'modfile',
    defaultSeverity: 'warning',
    summary: 'A replace directive points at a directory outside the repository: the build depends on files CI does not check out.',
    fix: 'Replace with a module version (`old => new vX.Y.Z`), vendor the code into the repository, or drop the replace.'
};
function run$9(facts) {
    return replaceTargets(facts)
        .filter(({ target }) => replaceUsed(facts, target))
        .filter(({ target }) => {
        const rel = relative$1(facts.root, target.dir);
        return rel === '..' || rel.startsWith('../') || rel.startsWith('..\\') || isAbsolute$1(rel);
    })
        .map(({ file, target }) => finding$1(REPLACE_OUTSIDE_REPO, {
        message: `${file}: replace ${target.replace.old.path} => ${target.replace.new.path} points outside the repository (${target.dir}).`,
        location: at(file, target.replace.newPos),
        actual: target.replace.new.path,
        expected: 'a directory inside the repository or a module version',
        fix: REPLACE_OUTSIDE_REPO.fix
    }));
}
const replaceOutsideCheck = { rules: [REPLACE_OUTSIDE_REPO], run: run$9 };

const TOOLCHAIN_BELOW_GO = {
    id: 'GBG204',
    name: 'toolchain-not-above-go',
    area: 'modfile',
    defaultSeverity: 'notice',
    summary: 'The toolchain line is not newer than the go line, so Go ignores it.',
    fix: 'Remove the toolchain line (`go mod edit -toolchain=none`) or raise it above the go line.'
};
const TOOLCHAIN_NOT_RELEASE = {
    id: 'GBG205',
    name: 'toolchain-not-a-release',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'The toolchain line names no downloadable Go release (e.g. `go1.22` instead of `go1.22.0`, or an unparsable name): switching to it fails.',
    fix: 'Name a full release, e.g. `go mod edit -toolchain=go1.22.0`.'
};
function sources(facts) {
    const files = facts.modules.mods.map((m) => ({
        file: m.file,
        go: m.parsed.go,
        toolchain: m.parsed.toolchain
    }));
    const w = facts.modules.work;
    if (w)
        files.unshift({ file: w.file, go: w.parsed.go, toolchain: w.parsed.toolchain });
    return files;
}
function run$8(facts) {
    const out = [];
    const sel = selectToolchain(facts);
    for (const { file, go, toolchain } of sources(facts)) {
        if (!toolchain || toolchain.name === 'default')
            continue;
        const v = fromToolchain(toolchain.name);
        const parsed = v === undefined ? undefined : parseGoVersion(v);
        // Go ignores a toolchain line at or below the go line (gover.Compare on the versions).
        if (v !== undefined && go && compareGoVersions(v, go.version) <= 0) {
            out.push(finding$1(TOOLCHAIN_BELOW_GO, {
                message: `${file}: toolchain ${toolchain.name} is not newer than go ${go.version}; Go ignores it.`,
                location: at(file, toolchain.pos),
                actual: toolchain.name,
                expected: `newer than go ${go.version}, or no toolchain line`,
                fix: file.endsWith('go.work')
                    ? `go ${dirFlag(file)}work edit -toolchain=none`
                    : `go ${dirFlag(file)}mod edit -toolchain=none`
            }));
            continue;
        }
        // Since Go 1.21 releases are named 1.N.0; `go1.22` has no patch and is no toolchain.
        if (!parsed ||
            (parsed.patch < 0 && parsed.kind === '' && compareGoVersions(v, '1.21') >= 0)) {
            // An error only when go would switch to it now; otherwise the build goes on with the
            // running go, and the line breaks only a job whose go is older (a notice).
            const switching = sel?.reason?.kind === 'toolchain' && sel.file === file;
            out.push({
                ...finding$1(TOOLCHAIN_NOT_RELEASE, {
                    message: switching
                        ? `${file}: toolchain ${toolchain.name} is not a Go release that go can switch to: go: download ${toolchain.name}: toolchain not available (GOTOOLCHAIN=${sel?.gotoolchain}).`
                        : `${file}: toolchain ${toolchain.name} is not a Go release that go can switch to (unused now: the running go ${facts.go.version} is newer).`,
                    location: at(file, toolchain.pos),
                    actual: toolchain.name,
                    expected: 'a release name such as go1.22.0',
                    fix: `go ${dirFlag(file)}${file.endsWith('go.work') ? 'work' : 'mod'} edit -toolchain=${v !== undefined && parsed ? `go${v}.0` : 'none'}`
                }),
                ...(switching ? {} : { severity: 'notice' })
            });
        }
    }
    return out;
}
const toolchainLineCheck = { rules: [TOOLCHAIN_BELOW_GO, TOOLCHAIN_NOT_RELEASE], run: run$8 };

/**
 * GBG230: vendor/modules.txt inconsistent with go.mod, the checks `go build -mod=vendor` makes
 * (cmd/go modload.checkVendorConsistency), reported on the go.mod line.
 */
const VENDOR_INCONSISTENT = {
    id: 'GBG230',
    name: 'inconsistent-vendoring',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'vendor/modules.txt does not match go.mod: go build fails with "inconsistent vendoring".',
    fix: 'Run `go mod vendor` and commit vendor/ (or remove vendor/ and build with -mod=mod).'
};
const describe$1 = (m) => (m.version ? `${m.path}@${m.version}` : m.path);
function check(m, root) {
    // vendor/ sits in the module root (also with -modfile=FILE elsewhere).
    const rel = relative$1(root, m.dir).split(sep).join('/');
    const vendorFile = `${rel === '' ? '' : `${rel}/`}vendor/modules.txt`;
    const modules = m.vendor?.modules ?? [];
    const meta = new Map(modules.map((v) => [`${v.path}@${v.version}`, v]));
    const out = [];
    const add = (message, location) => out.push(finding$1(VENDOR_INCONSISTENT, {
        message: `inconsistent vendoring: ${message}`,
        location,
        fix: `go ${rel === '' ? '' : `-C ${rel} `}mod vendor`
    }));
    for (const r of m.parsed.require) {
        if (!meta.get(`${r.path}@${r.version}`)?.explicit) {
            add(`${r.path}@${r.version}: is explicitly required in go.mod, but not marked as explicit in ${vendorFile}`, at(m.file, r.pos));
        }
    }
    const seen = new Set();
    for (const r of m.parsed.replace) {
        const key = `${r.old.path}@${r.old.version ?? ''}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const vr = meta.get(key)?.replacement;
        if (!vr) {
            add(`${describe$1(r.old)}: is replaced in go.mod, but not marked as replaced in ${vendorFile}`, at(m.file, r.pos));
        }
        else if (vr.path !== r.new.path || (vr.version ?? '') !== (r.new.version ?? '')) {
            add(`${describe$1(r.old)}: is replaced by ${describe$1(r.new)} in go.mod, but marked as replaced by ${describe$1(vr)} in ${vendorFile}`, at(m.file, r.pos));
        }
    }
    const required = new Set(m.parsed.require.map((r) => `${r.path}@${r.version}`));
    const replaced = new Set(m.parsed.replace.map((r) => `${r.old.path}@${r.old.version ?? ''}`));
    for (const v of modules) {
        const key = `${v.path}@${v.version}`;
        if (v.explicit && v.hasPackages && !required.has(key)) {
            add(`${describe$1(v)}: is marked as explicit in ${vendorFile}, but not explicitly required in go.mod`, { file: vendorFile, line: v.line });
        }
        if (v.replacement && !replaced.has(key) && !replaced.has(`${v.path}@`)) {
            add(`${describe$1(v)}: is marked as replaced in ${vendorFile}, but not replaced in go.mod`, {
                file: vendorFile,
                line: v.line
            });
        }
    }
    return out;
}
/** `go work vendor` checks: every workspace module against the workspace's vendor/modules.txt. */
function checkWorkspace(facts) {
    const work = facts.modules.work;
    if (!work?.dir)
        return [];
    const workDir = work.dir;
    const rel = relative$1(facts.root, workDir).split(sep).join('/');
    const vendorFile = `${rel === '' ? '' : `${rel}/`}vendor/modules.txt`;
    const modules = work.vendor?.modules ?? [];
    const meta = new Map(modules.map((v) => [`${v.path}@${v.version}`, v]));
    const out = [];
    const add = (message, location) => out.push(finding$1(VENDOR_INCONSISTENT, {
        message: `inconsistent vendoring in ${rel === '' ? '.' : rel}: ${message}`,
        location,
        fix: `go ${rel === '' ? '' : `-C ${rel} `}work vendor`
    }));
    const own = new Set(facts.modules.mods.map((m) => m.parsed.module?.path));
    const required = new Set();
    for (const m of facts.modules.mods) {
        for (const r of m.parsed.require) {
            if (own.has(r.path))
                continue; // workspace modules are not vendored
            required.add(`${r.path}@${r.version}`);
            if (!meta.get(`${r.path}@${r.version}`)?.explicit) {
                add(`${r.path}@${r.version}: is explicitly required in go.mod, but not marked as explicit in ${vendorFile}`, at(m.file, r.pos));
            }
        }
    }
    // Replacements: go.work's win over the modules' (by path); directories compare resolved.
    const byWork = new Set(work.parsed.replace.map((r) => r.old.path));
    const replaces = [
        ...work.parsed.replace.map((r) => ({ file: work.file, dir: workDir, r })),
        ...facts.modules.mods.flatMap((m) => m.parsed.replace
            // A workspace module is used from its directory: replaces of it are not vendored.
            .filter((r) => !byWork.has(r.old.path) && !own.has(r.old.path))
            .map((r) => ({ file: m.file, dir: m.dir, r })))
    ];
    const target = (dir, t) => t.version === undefined ? resolve(dir, t.path) : describe$1(t);
    const replaced = new Set();
    for (const { file, dir, r } of replaces) {
        const key = `${r.old.path}@${r.old.version ?? ''}`;
        if (replaced.has(key))
            continue;
        replaced.add(key);
        const vr = meta.get(key)?.replacement;
        if (!vr) {
            add(`${describe$1(r.old)}: is replaced in ${file}, but not marked as replaced in ${vendorFile}`, at(file, r.pos));
        }
        else if (target(workDir, vr) !== target(dir, r.new)) {
            add(`${describe$1(r.old)}: is replaced by ${describe$1(r.new)} in ${file}, but marked as replaced by ${describe$1(vr)} in ${vendorFile}`, at(file, r.pos));
        }
    }
    for (const v of modules) {
        const key = `${v.path}@${v.version}`;
        // go work vendor records workspace modules as `# path version => ./dir`.
        if (own.has(v.path))
            continue;
        if (v.explicit && v.hasPackages && !required.has(key)) {
            add(`${describe$1(v)}: is marked as explicit in ${vendorFile}, but not explicitly required in a go.mod`, { file: vendorFile, line: v.line });
        }
        if (v.replacement && !replaced.has(key) && !replaced.has(`${v.path}@`)) {
            add(`${describe$1(v)}: is marked as replaced in ${vendorFile}, but not replaced in the workspace`, {
                file: vendorFile,
                line: v.line
            });
        }
    }
    return out;
}
function run$7(facts) {
    if (facts.modules.work)
        return workspaceVendorMode(facts) ? checkWorkspace(facts) : [];
    return facts.modules.mods
        .filter((m) => m.main && vendorMode(m, facts.go.env))
        .filter((m) => m.parsed.go !== undefined && compareGoVersions(m.parsed.go.version, '1.14') >= 0) // older: lenient pre-1.14 checks
        .flatMap((m) => check(m, facts.root));
}
const VENDOR_PACKAGE_MISSING = {
    id: 'GBG231',
    name: 'vendored-package-missing',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'vendor/modules.txt lists a package whose directory under vendor/ is missing: in vendor mode go fails with "cannot find module providing package …".',
    fix: 'Run `go mod vendor` (in a workspace `go work vendor`) and commit vendor/ (check .gitignore does not drop the directory).'
};
function missingPackages(facts) {
    const work = facts.modules.work;
    const sources = work
        ? workspaceVendorMode(facts) && work.dir
            ? [{ dir: work.dir, missing: work.vendorMissing ?? [], cmd: 'work vendor' }]
            : []
        : facts.modules.mods
            .filter((m) => m.main && vendorMode(m, facts.go.env))
            .map((m) => ({ dir: m.dir, missing: m.vendorMissing ?? [], cmd: 'mod vendor' }));
    return sources.flatMap(({ dir, missing, cmd }) => {
        const rel = relative$1(facts.root, dir).split(sep).join('/');
        const vendorFile = `${rel === '' ? '' : `${rel}/`}vendor/modules.txt`;
        return missing.map((p) => finding$1(VENDOR_PACKAGE_MISSING, {
            message: `cannot find module providing package ${p.path}: import lookup disabled by -mod=vendor (${vendorFile} lists it, ${rel === '' ? '' : `${rel}/`}vendor/${p.path} does not exist)`,
            location: { file: vendorFile, line: p.line },
            actual: 'no directory',
            fix: `go ${rel === '' ? '' : `-C ${rel} `}${cmd}`
        }));
    });
}
const VENDOR_IGNORED = {
    id: 'GBG232',
    name: 'vendor-dir-ignored',
    area: 'modfile',
    defaultSeverity: 'warning',
    summary: 'vendor/ exists but vendor/modules.txt was written for the other mode (go mod vendor vs go work vendor): go ignores vendor/ and downloads modules instead.',
    fix: 'Re-vendor for the mode the job builds in: `go work vendor` in a workspace, `go mod vendor` without one (or GOWORK=off).'
};
function ignored(facts) {
    return vendorIgnored(facts).map(({ dir, reason }) => {
        const rel = relative$1(facts.root, dir).split(sep).join('/');
        const ws = facts.modules.work !== undefined;
        return finding$1(VENDOR_IGNORED, {
            message: `${rel === '' ? '' : `${rel}/`}vendor/ is not used: ${reason} go builds with -mod=readonly, downloading every module (offline builds fail).`,
            location: { file: `${rel === '' ? '' : `${rel}/`}vendor/modules.txt`, line: 1 },
            expected: ws ? '## workspace (go work vendor)' : 'no ## workspace line (go mod vendor)',
            actual: ws ? 'no ## workspace line' : '## workspace',
            fix: `go ${rel === '' ? '' : `-C ${rel} `}${ws ? 'work vendor' : 'mod vendor'}`
        });
    });
}
const vendorConsistencyCheck = {
    rules: [VENDOR_INCONSISTENT, VENDOR_PACKAGE_MISSING, VENDOR_IGNORED],
    run: (facts) => [...run$7(facts), ...missingPackages(facts), ...ignored(facts)]
};

const WORKSPACE_DRIFT = {
    id: 'GBG212',
    name: 'workspace-dependency-drift',
    area: 'modfile',
    defaultSeverity: 'notice',
    summary: 'Modules of the workspace require different versions of the same dependency: the workspace builds with the highest (as `go list -m all` shows), each module alone with its own. Off unless the baseline sets its severity.',
    fix: 'Align the requirements: `go get DEP@VERSION` in each listed module (then `go mod tidy`).'
};
function run$6(facts, baseline) {
    // Normal workspace behaviour, not a problem: reported only when the baseline asks for it.
    if (!facts.modules.work || baseline.rules[WORKSPACE_DRIFT.id] === undefined)
        return [];
    const byPath = new Map();
    const own = new Set(facts.modules.mods.map((m) => m.parsed.module?.path));
    for (const m of facts.modules.mods) {
        for (const r of m.parsed.require) {
            if (own.has(r.path))
                continue; // workspace modules replace each other; their versions do not matter
            const list = byPath.get(r.path) ?? [];
            list.push({ file: m.file, version: r.version, line: r.pos.line, pos: r.pos });
            byPath.set(r.path, list);
        }
    }
    const out = [];
    for (const [path, reqs] of [...byPath].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const versions = [...new Set(reqs.map((r) => r.version))].sort(compareSemver);
        if (versions.length < 2)
            continue;
        const selected = versions[versions.length - 1];
        const listing = reqs.map((r) => `${r.file}:${r.line} ${r.version}`).join(', ');
        for (const r of reqs.filter((x) => x.version !== selected)) {
            out.push(finding$1(WORKSPACE_DRIFT, {
                message: `${path}: ${r.file} requires ${r.version} but the workspace selects ${selected} (${listing}).`,
                location: at(r.file, r.pos),
                expected: selected,
                actual: r.version,
                fix: `go ${dirFlag(r.file)}get ${path}@${selected}`
            }));
        }
    }
    return out;
}
const workspaceDriftCheck = { rules: [WORKSPACE_DRIFT], run: run$6 };

const WORKSPACE_GO_BELOW_MODULE = {
    id: 'GBG210',
    name: 'workspace-go-below-module',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: "The go.work go line is lower than a used module's go line: go commands fail in the workspace.",
    fix: 'Run `go work use` (it raises the go.work go line), or lower the module go line.'
};
function run$5(facts) {
    const work = facts.modules.work;
    if (!work?.uses)
        return [];
    // Without a go line, go.work means go 1.18.
    const workGo = work.parsed.go?.version ?? '1.18';
    const lists = work.parsed.go
        ? `${work.file} lists go ${workGo}`
        : `${work.file} implicitly requires go 1.18`;
    const out = [];
    for (const u of work.uses) {
        const mod = facts.modules.mods.find((m) => m.dir === u.dir);
        const go = mod?.parsed.go;
        if (!mod || !go || compareGoVersions(go.version, workGo) <= 0)
            continue;
        // Before Go 1.21 a go line was no requirement: go checks only lines from 1.21 on.
        if (compareGoVersions(go.version, '1.21') < 0)
            continue;
        out.push(finding$1(WORKSPACE_GO_BELOW_MODULE, {
            message: `module ${u.use.path.replace(/^\.\//, '')} listed in ${work.file} file requires go >= ${go.version} (${mod.file}:${go.pos.line}), but ${lists}; to update it: go work use`,
            location: at(work.file, work.parsed.go?.pos ?? u.use.pos),
            expected: `go >= ${go.version}`,
            actual: `go ${workGo}`,
            fix: `go ${dirFlag(work.file)}work use`
        }));
    }
    return out;
}
const workspaceGoCheck = { rules: [WORKSPACE_GO_BELOW_MODULE], run: run$5 };

/**
 * Workspace errors go raises while loading go.work (cmd/go modload): GBG213 one module path used
 * by two `use` directories, GBG214 workspace modules replacing one module differently (unless
 * go.work replaces it), GBG215 a go.work replace of a workspace module at all versions.
 */
const WORKSPACE_DUPLICATE = {
    id: 'GBG213',
    name: 'workspace-module-duplicate',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'Two go.work `use` directories hold the same module path: go fails with "module … appears multiple times in workspace".',
    fix: 'Drop one of the directories with `go work edit -dropuse=DIR`, or give the modules different paths.'
};
const WORKSPACE_REPLACE_CONFLICT = {
    id: 'GBG214',
    name: 'workspace-replace-conflict',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'Workspace modules replace one module differently and go.work does not replace it: go fails with "conflicting replacements for …".',
    fix: 'Replace it once in go.work (`go work edit -replace MODULE=TARGET`), or align the replaces in the go.mod files.'
};
const WORKSPACE_MODULE_REPLACED = {
    id: 'GBG215',
    name: 'workspace-module-replaced',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'go.work replaces a module of the workspace at all versions: go fails with "workspace module … is replaced at all versions in the go.work file".',
    fix: 'Remove the replace from go.work (`go work edit -dropreplace=MODULE`), or name the version it replaces.'
};
const describe = (m) => (m.version ? `${m.path}@${m.version}` : m.path);
function duplicates(facts) {
    const work = facts.modules.work;
    if (!work?.uses)
        return [];
    const seen = new Map();
    const out = [];
    for (const u of work.uses) {
        const mod = facts.modules.mods.find((m) => m.dir === u.dir);
        const path = mod?.parsed.module?.path;
        if (!path)
            continue;
        const first = seen.get(path);
        if (first === undefined) {
            seen.set(path, u.use.path);
            continue;
        }
        out.push(finding$1(WORKSPACE_DUPLICATE, {
            message: `module ${path} appears multiple times in workspace (use ${first} and use ${u.use.path} in ${work.file})`,
            location: at(work.file, u.use.pos),
            actual: u.use.path,
            fix: `go ${dirFlag(work.file)}work edit -dropuse=${u.use.path}`
        }));
    }
    return out;
}
function conflicts(facts) {
    const work = facts.modules.work;
    if (!work)
        return [];
    const root = facts.root;
    const byWork = new Set(work.parsed.replace.map((r) => r.old.path));
    // Go resolves directory targets against each module's directory before comparing them.
    const target = (dir, r) => r.new.version === undefined && !isAbsolute$1(r.new.path)
        ? resolve(dir, r.new.path)
        : describe(r.new);
    const shown = (t) => (isAbsolute$1(t) ? relative$1(root, t) || '.' : t);
    const seen = new Map();
    const out = [];
    // Modules in go.work `use` order, as go loads them.
    const order = (work.uses ?? [])
        .map((u) => facts.modules.mods.find((m) => m.dir === u.dir))
        .filter((m) => m !== undefined);
    for (const m of [...new Set(order)]) {
        const own = new Set();
        for (const r of m.parsed.replace) {
            if (byWork.has(r.old.path))
                continue;
            const key = describe(r.old);
            const t = target(m.dir, r);
            const prev = seen.get(key);
            if (prev && !own.has(key) && prev.target !== t) {
                out.push(finding$1(WORKSPACE_REPLACE_CONFLICT, {
                    message: `conflicting replacements for ${key}:\n\t${shown(prev.target)} (${prev.file})\n\t${shown(t)} (${m.file})\nuse "go work edit -replace ${key}=[override]" to resolve`,
                    location: at(m.file, r.newPos),
                    expected: shown(prev.target),
                    actual: shown(t),
                    fix: `go ${dirFlag(work.file)}work edit -replace ${key}=${isAbsolute$1(prev.target) && work.dir
                        ? relative$1(work.dir, prev.target).replace(/^(?!\.)/, './')
                        : prev.target}`
                }));
            }
            own.add(key);
            seen.set(key, { target: t, file: m.file });
        }
    }
    return out;
}
function replacedWorkspaceModules(facts) {
    const work = facts.modules.work;
    if (!work)
        return [];
    const paths = new Set(facts.modules.mods.map((m) => m.parsed.module?.path));
    return work.parsed.replace
        .filter((r) => r.old.version === undefined && paths.has(r.old.path))
        .map((r) => finding$1(WORKSPACE_MODULE_REPLACED, {
        message: `workspace module ${r.old.path} is replaced at all versions in the go.work file. To fix, remove the replacement from the go.work file or specify the version at which to replace the module.`,
        location: at(work.file, r.pos),
        actual: `replace ${r.old.path} => ${describe(r.new)}`,
        fix: `go ${dirFlag(work.file)}work edit -dropreplace=${r.old.path}`
    }));
}
const workspaceModulesCheck = {
    rules: [WORKSPACE_DUPLICATE, WORKSPACE_REPLACE_CONFLICT, WORKSPACE_MODULE_REPLACED],
    run: (facts) => [...duplicates(facts), ...conflicts(facts), ...replacedWorkspaceModules(facts)]
};

const USE_MISSING = {
    id: 'GBG211',
    name: 'workspace-use-missing',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'A go.work `use` directory does not exist or contains no go.mod: go commands fail in the workspace.',
    fix: 'Fix the path, commit the module, or drop the line with `go work edit -dropuse=DIR`.'
};
function run$4(facts) {
    const work = facts.modules.work;
    return (work?.uses ?? [])
        .filter((u) => !u.hasGoMod)
        .map((u) => finding$1(USE_MISSING, {
        message: u.exists
            ? `${work?.file}: use ${u.use.path}: the directory has no go.mod.`
            : `${work?.file}: use ${u.use.path}: the directory does not exist.`,
        location: at(work?.file ?? '', u.use.pos),
        actual: u.use.path,
        fix: `Fix the path, commit the module, or drop the line: go ${dirFlag(work?.file ?? '')}work edit -dropuse=${u.use.path}`
    }));
}
const workspaceUseCheck = { rules: [USE_MISSING], run: run$4 };

/** go.mod / go.work / vendor checks (GBG2xx, beyond GBG201/GBG202 in toolchain.ts). */
const modfileChecks = [
    parseErrorCheck,
    modfileFlagCheck,
    toolchainLineCheck,
    policyCheck,
    workspaceGoCheck,
    workspaceUseCheck,
    workspaceModulesCheck,
    workspaceDriftCheck,
    replaceOutsideCheck,
    replaceMissingCheck,
    replaceIgnoredCheck,
    replaceGoTooNewCheck,
    vendorConsistencyCheck,
    goSumCheck,
    modfileUncheckedCheck
];

/**
 * GBG250–GBG255: what Go's own loader said in the preflight (`go list -e -deps -test ./...`,
 * collected by src/facts/preflight.ts), as findings at the file and line Go names, in Go's words.
 * Where Go names no position (a module-level error), the finding goes to the go.mod / go.work
 * line about that module, so it lines up with the static rules and deduplicates against them.
 */
const rule$1 = defineRule('modfile');
const PREFLIGHT_LOAD = rule$1('GBG250', 'preflight-load-error', 'error', 'Go could not load the module graph or a package (go list in the preflight): go build fails the same way.', 'Fix the file and line Go names; `go list -deps -test ./...` in the working directory shows the same error.');
const PREFLIGHT_GOSUM = rule$1('GBG251', 'preflight-gosum-missing', 'error', 'Go needs a checksum that go.sum lacks ("missing go.sum entry"), including transitive and // indirect requirements.', 'Run `go mod tidy` (or the `go mod download` / `go get` command Go suggests) and commit go.sum.');
const PREFLIGHT_VENDOR = rule$1('GBG252', 'preflight-inconsistent-vendoring', 'error', 'Go reports inconsistent vendoring: vendor/modules.txt disagrees with go.mod (or go.work).', 'Run `go mod vendor` (or `go work vendor` in a workspace) and commit vendor/.');
const PREFLIGHT_PACKAGE = rule$1('GBG253', 'preflight-package-missing', 'error', 'Go cannot find the module or vendored directory providing an imported package.', 'Add the requirement (`go get PACKAGE`), or run `go mod vendor` when the build uses vendor/.');
const PREFLIGHT_TOOLCHAIN = rule$1('GBG254', 'preflight-toolchain', 'error', 'Go refuses the go / toolchain line with the toolchain this job runs (GOTOOLCHAIN=local or path).', 'Install the Go version Go names (actions/setup-go with go-version-file), or lower the go / toolchain line.');
const PREFLIGHT_INCOMPLETE = rule$1('GBG255', 'preflight-incomplete', 'warning', 'The preflight could not finish (go list timed out or could not run), so Go was not asked.', 'Run `go list -deps -test ./...` in the working directory to see why; or set `preflight: off`.');
const PACKAGE_MISSING = /cannot find module providing package|no required module provides package|is not in std|is not in GOROOT|does not contain package|is not in vendor\/modules\.txt|is replaced but not required|package \S+ is not in/;
const TOOLCHAIN = /requires go >= |cannot find "go[^"]*" in PATH|toolchain not available|invalid GOTOOLCHAIN|switching to go\S+ is disallowed/;
function loc(file, pos) {
    return pos ? { file, line: pos.line, column: pos.column } : { file };
}
/** The main go.mod for the working directory (the one governing it, else the first main one). */
function mainMod(facts) {
    const mains = facts.modules.mods.filter((m) => m.main);
    return mains.find((m) => m.dir === facts.dir) ?? mains[0];
}
/** The require or replace line naming `modPath` in a main module or go.work (replace wins). */
function moduleLine(facts, modPath) {
    const work = facts.modules.work;
    const wr = work?.parsed.replace.find((r) => r.old.path === modPath);
    if (work && wr)
        return loc(work.file, wr.pos);
    const mains = facts.modules.mods.filter((m) => m.main);
    const ordered = [...mains.filter((m) => m.dir === facts.dir), ...mains];
    for (const m of ordered) {
        const rep = m.parsed.replace.find((r) => r.old.path === modPath);
        if (rep)
            return loc(m.file, rep.pos);
    }
    for (const m of ordered) {
        const req = m.parsed.require.find((r) => r.path === modPath);
        if (req)
            return loc(m.file, req.pos);
    }
    return undefined;
}
/** The requirement whose module path is the longest prefix of a package path. */
function providingModule(facts, pkg) {
    let best;
    for (const m of facts.modules.mods.filter((x) => x.main)) {
        for (const r of m.parsed.require) {
            if ((pkg === r.path || pkg.startsWith(r.path + '/')) && r.path.length > (best?.length ?? 0))
                best = r.path;
        }
    }
    return best;
}
/** A go.mod / go.work named by its base name in a message, resolved to the file in the facts. */
function namedModFile(facts, which) {
    const work = facts.modules.work;
    if (/go\.work$/.test(which) && work)
        return { file: work.file, go: work.parsed.go?.pos, toolchain: work.parsed.toolchain?.pos };
    const m = mainMod(facts);
    return m ? { file: m.file, go: m.parsed.go?.pos, toolchain: m.parsed.toolchain?.pos } : undefined;
}
/** Where Go's error belongs when Go names no position. */
function fallback(facts) {
    const work = facts.modules.work;
    if (work)
        return { file: work.file };
    const m = mainMod(facts);
    return m ? { file: m.file } : undefined;
}
function toolchainFinding(facts, issue) {
    const msg = issue.message;
    let location = issue.file
        ? { file: issue.file, line: issue.line, column: issue.column }
        : undefined;
    if (!location) {
        const local = /(?:^|: )module (\S+) requires go >= /.exec(msg);
        const listed = /^module (\S+) listed in go\.work file requires go >= /.exec(msg);
        const named = /^(\S+\.(?:mod|work)) requires go >= /.exec(msg);
        const wanted = /"(go[^"]+)"|download (go\S+) for/.exec(msg);
        const work = facts.modules.work;
        if (listed && work) {
            location = loc(work.file, work.parsed.go?.pos);
        }
        else if (local) {
            location = replaceDirLine(facts, local[1]);
        }
        else if (named && !/(^|\/)go\.(mod|work)$/.test(named[1])) {
            // Another file read instead of go.mod (GOFLAGS=-modfile=alt.mod): Go names it.
            location = { file: relative(facts, named[1]) };
        }
        else if (named) {
            const f = namedModFile(facts, named[1]);
            if (f)
                location = loc(f.file, f.go);
        }
        else if (wanted) {
            const name = (wanted[1] ?? wanted[2]);
            const f = namedModFile(facts, work ? 'go.work' : 'go.mod');
            if (f) {
                const m = work ? work.parsed : mainMod(facts)?.parsed;
                const onToolchain = m?.toolchain?.name === name;
                location = loc(f.file, onToolchain ? f.toolchain : (f.go ?? f.toolchain));
            }
        }
    }
    return make(PREFLIGHT_TOOLCHAIN, issue, location ?? fallback(facts));
}
/** A path Go printed (relative to the working directory), relative to the repository root. */
function relative(facts, file) {
    const abs = path.resolve(facts.dir, file);
    const rel = path.relative(facts.root, abs);
    return rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel.split(path.sep).join('/');
}
/** The replace line (go.work or a main go.mod) whose replacement is the directory `dir`. */
function replaceDirLine(facts, dir) {
    const clean = (p) => p.replace(/\/+$/, '');
    const work = facts.modules.work;
    const wr = work?.parsed.replace.find((r) => clean(r.new.path) === clean(dir));
    if (work && wr)
        return loc(work.file, wr.pos);
    for (const m of facts.modules.mods.filter((x) => x.main)) {
        const r = m.parsed.replace.find((x) => clean(x.new.path) === clean(dir));
        if (r)
            return loc(m.file, r.pos);
    }
    return undefined;
}
function gosumFinding(facts, issue) {
    const msg = issue.message;
    const providing = /missing go\.sum entry for module providing package (\S+)/.exec(msg);
    // `A@v requires\n\tB@v: missing go.sum entry for go.mod file`: the line that pulls B in is A's.
    const chain = /^(\S+?)@\S+ requires\s/.exec(msg);
    const mod = /^(\S+?)@\S+?(?: \(replaced by [^)]*\))?: missing go\.sum entry/.exec(msg);
    let location;
    if (providing) {
        const m = providingModule(facts, providing[1]);
        if (m)
            location = moduleLine(facts, m);
    }
    else if (chain)
        location = moduleLine(facts, chain[1]);
    else if (mod)
        location = moduleLine(facts, mod[1]);
    if (!location && issue.file)
        location = { file: issue.file, line: issue.line, column: issue.column };
    return make(PREFLIGHT_GOSUM, issue, location ?? fallback(facts));
}
/** One finding per module line of an "inconsistent vendoring" report. */
function vendorFindings(facts, issue) {
    const lines = issue.message.split('\n').map((l) => l.trim());
    const head = lines[0];
    const dir = /^inconsistent vendoring in (.+):$/.exec(head)?.[1];
    const details = lines.slice(1).filter((l) => /^\S+@\S*: /.test(l));
    const modulesTxt = dir ? vendorFile(facts, dir) : undefined;
    if (details.length === 0) {
        return [make(PREFLIGHT_VENDOR, issue, modulesTxt ?? fallback(facts), head)];
    }
    return details.map((d) => {
        const modPath = /^(\S+?)@/.exec(d)[1];
        const location = moduleLine(facts, modPath) ?? modulesTxt ?? fallback(facts);
        return make(PREFLIGHT_VENDOR, issue, location, `inconsistent vendoring: ${d}`);
    });
}
function vendorFile(facts, dir) {
    const work = facts.modules.work;
    if (work?.dir === dir)
        return { file: work.file.replace(/go\.work$/, 'vendor/modules.txt') };
    const m = facts.modules.mods.find((x) => x.dir === dir);
    return m ? { file: m.file.replace(/go\.mod$/, 'vendor/modules.txt') } : undefined;
}
/** A module-level error (`M@v: …`, `M@v (replaced by X): …`): at the line about M. */
function moduleLevel(facts, issue) {
    const m = /^(\S+?)@\S+?(?: \(replaced by [^)]*\))?: /.exec(issue.message);
    if (m)
        return moduleLine(facts, m[1]);
    // `conflicting replacements for M:`, `workspace module M is replaced at all versions …`
    const r = /^conflicting replacements for (\S+?):?(?:\s|$)/.exec(issue.message) ??
        /^workspace module (\S+) is replaced/.exec(issue.message);
    if (r)
        return moduleLine(facts, r[1]);
    return useLine(facts, issue.message);
}
/**
 * A workspace error about one `use` directory (`module ./a listed in go.work file …`) or one
 * module path (`module example.com/a appears multiple times in workspace`): at its use line.
 */
function useLine(facts, msg) {
    const work = facts.modules.work;
    if (!work)
        return undefined;
    const dirMatch = /module (\S+) listed in go\.work/.exec(msg);
    const clean = (p) => p.replace(/^\.\//, '').replace(/\/+$/, '');
    if (dirMatch) {
        const u = work.parsed.use.find((x) => clean(x.path) === clean(dirMatch[1]));
        if (u)
            return loc(work.file, u.pos);
    }
    const modMatch = /module (\S+) appears multiple times in workspace/.exec(msg);
    if (modMatch) {
        const dirs = new Set(facts.modules.mods.filter((m) => m.parsed.module?.path === modMatch[1]).map((m) => m.dir));
        const uses = (work.uses ?? []).filter((u) => dirs.has(u.dir));
        const second = uses[1] ?? uses[0];
        if (second)
            return loc(work.file, second.use.pos);
    }
    return undefined;
}
function make(rule, issue, location, message) {
    const more = issue.more > 0 ? ` (and ${issue.more} more place(s))` : '';
    const clean = location
        ? Object.fromEntries(Object.entries(location).filter(([, v]) => v !== undefined))
        : undefined;
    return {
        rule: rule.id,
        severity: rule.defaultSeverity,
        message: `go list: ${message ??
            issue.message
                .split('\n')
                .map((l) => l.trim())
                .join(' ')}${more}`,
        ...(clean && clean.file ? { location: clean } : {}),
        fix: rule.fix
    };
}
/** Maps one issue Go printed to findings. */
function issueFindings(facts, issue) {
    const msg = issue.message;
    if (/inconsistent vendoring/.test(msg))
        return vendorFindings(facts, issue);
    if (/missing go\.sum entry/.test(msg))
        return [gosumFinding(facts, issue)];
    if (TOOLCHAIN.test(msg))
        return [toolchainFinding(facts, issue)];
    const at = issue.file
        ? { file: issue.file, line: issue.line, column: issue.column }
        : undefined;
    if (PACKAGE_MISSING.test(msg)) {
        return [make(PREFLIGHT_PACKAGE, issue, at ?? moduleLevel(facts, issue) ?? fallback(facts))];
    }
    // Module-level errors (a replacement directory that does not exist, …) belong to the
    // go.mod line about the module even when Go prints the importing file's position.
    return [make(PREFLIGHT_LOAD, issue, moduleLevel(facts, issue) ?? at ?? fallback(facts))];
}
function run$3(facts) {
    const p = facts.preflight;
    if (!p || p.skipped)
        return [];
    if (p.timedOutAfterS !== undefined) {
        return [
            {
                rule: PREFLIGHT_INCOMPLETE.id,
                severity: PREFLIGHT_INCOMPLETE.defaultSeverity,
                message: `preflight: \`${p.command}\` timed out after ${p.timedOutAfterS} s; Go's loader was not asked.`,
                fix: PREFLIGHT_INCOMPLETE.fix
            }
        ];
    }
    const out = p.issues.flatMap((i) => issueFindings(facts, i));
    if (p.failed !== undefined && out.length === 0) {
        out.push({
            rule: PREFLIGHT_INCOMPLETE.id,
            severity: PREFLIGHT_INCOMPLETE.defaultSeverity,
            message: `preflight: \`${p.command}\` failed without an error Go attributes: ${p.failed}`,
            fix: PREFLIGHT_INCOMPLETE.fix
        });
    }
    return out;
}
const preflightCheck = {
    rules: [
        PREFLIGHT_LOAD,
        PREFLIGHT_GOSUM,
        PREFLIGHT_VENDOR,
        PREFLIGHT_PACKAGE,
        PREFLIGHT_TOOLCHAIN,
        PREFLIGHT_INCOMPLETE
    ],
    run: run$3
};
const PREFLIGHT_IDS = new Set(preflightCheck.rules.map((r) => r.id));
/**
 * One finding per file, line and concern: a preflight finding is dropped when a static rule
 * already reports an error at the same file and line (the static one carries the specific
 * fix), and repeated preflight findings at one place collapse into the first. Linear.
 */
function dedupePreflight(findings) {
    const key = (f) => `${f.location?.file ?? ''}\0${f.location?.line ?? ''}`;
    const staticErrors = new Set(findings.filter((f) => !PREFLIGHT_IDS.has(f.rule) && f.severity === 'error').map(key));
    const seen = new Set();
    return findings.filter((f) => {
        if (!PREFLIGHT_IDS.has(f.rule) || f.location?.line === undefined)
            return true;
        const k = key(f);
        if (staticErrors.has(k))
            return false;
        const own = `${k}\0${f.rule}\0${f.message}`;
        if (seen.has(own))
            return false;
        seen.add(own);
        return true;
    });
}
/** A preflight run in which Go loaded every package without an error and checked everything. */
function cleanPreflight(p) {
    return (p !== undefined &&
        p.skipped === undefined &&
        p.timedOutAfterS === undefined &&
        p.failed === undefined &&
        p.notChecked === undefined &&
        p.exitCode === 0 &&
        p.issues.length === 0);
}
/**
 * Go has the last word: when the preflight ran clean (Go's loader accepted the module files and
 * loaded every package, with the job's environment and nothing left unchecked), a static
 * go.mod/go.work/go.sum error cannot make `go build` fail on loading, so it is reported as a
 * notice that says so. Runs before the baseline's overrides, so an explicit severity there wins.
 */
function deferToGo(findings, p, isModfileRule) {
    if (!cleanPreflight(p))
        return findings;
    return findings.map((f) => f.severity === 'error' && !PREFLIGHT_IDS.has(f.rule) && isModfileRule(f.rule)
        ? {
            ...f,
            severity: 'notice',
            message: `${f.message} (Go's loader accepted the module files in the preflight: go build does not fail on this here.)`
        }
        : f);
}

const rule = defineRule('cache');
const MODULE_MODIFIED = rule('GBG350', 'module-cache-modified', 'error', 'A module in the restored GOMODCACHE differs from the hash Go recorded when it downloaded it (`go mod verify`): the build would compile modified dependency source.', 'Run the gate with `prune: corrupt` (it removes the damaged modules so Go downloads them again), or run `go clean -modcache`; then find out what wrote into the cached module.');
const MODULE_HEALED = rule('GBG351', 'module-cache-healed', 'notice', 'The gate removed modified modules from the restored GOMODCACHE; Go downloads them again.', 'Nothing to do; the next saved cache holds the clean modules.');
const MODULE_REMOVE_FAILED = rule('GBG352', 'module-cache-remove-failed', 'error', 'A modified module could not be removed from GOMODCACHE; the build would still use it.', 'Fix the permissions of GOMODCACHE, or run `go clean -modcache` before the build.');
const MODULE_UNVERIFIED = rule('GBG353', 'module-cache-unverified', 'notice', '`go mod verify` could not check the restored module cache.', 'Run `go mod verify` in the job to see why (an invalid go.mod is reported by the GBG2xx rules).');
const NO_CACHE_SERVICE = rule('GBG360', 'cache-service-unavailable', 'warning', '`cache: true`, but the runner offers no cache service: nothing was restored and nothing will be saved.', 'Run on a runner with the Actions cache service (GitHub-hosted, or a self-hosted runner of github.com), or set `cache: false`.');
const SAMPLES = 3;
function list(mods, detail) {
    const shown = mods.slice(0, SAMPLES).map((m) => `${m.path}@${m.version} (${detail(m)})`);
    return shown.join('; ') + (mods.length > SAMPLES ? `; and ${mods.length - SAMPLES} more` : '');
}
function finding(meta, message, extra = {}) {
    return {
        rule: meta.id,
        severity: meta.defaultSeverity,
        message,
        fix: meta.fix,
        source: 'GOMODCACHE',
        ...extra
    };
}
function moduleFindings(store) {
    const m = store.modules;
    const v = m?.verify;
    if (!m || !v)
        return [];
    if (v.status === 'failed')
        return [finding(MODULE_UNVERIFIED, `go mod verify failed: ${v.message ?? 'no output'}`)];
    const out = [];
    const kept = v.damaged.filter((d) => !d.removed && !d.removeError);
    const removed = v.damaged.filter((d) => d.removed);
    const failed = v.damaged.filter((d) => d.removeError);
    const where = { location: { file: m.path } };
    if (kept.length > 0)
        out.push(finding(MODULE_MODIFIED, `${kept.length} restored ${kept.length === 1 ? 'module differs' : 'modules differ'} from go.sum: ${list(kept, (d) => d.detail)}`, { ...where, expected: '0', actual: String(kept.length) }));
    if (removed.length > 0)
        out.push(finding(MODULE_HEALED, `removed ${removed.length} modified ${removed.length === 1 ? 'module' : 'modules'} from ${m.path}: ${list(removed, (d) => d.detail)}`, where));
    if (failed.length > 0)
        out.push(finding(MODULE_REMOVE_FAILED, `${failed.length} modified ${failed.length === 1 ? 'module' : 'modules'} could not be removed: ${list(failed, (d) => d.removeError ?? '')}`, where));
    return out;
}
const storeChecks = [
    {
        rules: [
            MODULE_MODIFIED,
            MODULE_HEALED,
            MODULE_REMOVE_FAILED,
            MODULE_UNVERIFIED,
            NO_CACHE_SERVICE
        ],
        run(facts) {
            const store = facts.store;
            if (!store)
                return [];
            if (!store.available)
                return [
                    {
                        rule: NO_CACHE_SERVICE.id,
                        severity: NO_CACHE_SERVICE.defaultSeverity,
                        message: 'cache: true, but ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL are not set: the build cache was not restored and will not be saved.',
                        fix: NO_CACHE_SERVICE.fix
                    }
                ];
            return moduleFindings(store);
        }
    }
];

const GO_TOO_NEW = {
    id: 'GBG201',
    name: 'go-version-unavailable',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'A go.mod/go.work `go` line is newer than the Go toolchain that will run, and GOTOOLCHAIN does not allow switching: every go command fails.',
    fix: 'Install that Go version in the workflow (actions/setup-go with go-version-file: go.mod), or allow switching with GOTOOLCHAIN=auto, or lower the go line.'
};
/**
 * The go lines Go compares with the running go at startup: go.work's in workspace mode (a
 * module's go line above go.work's is GBG210, which Go reports first), else the main go.mod's.
 */
function goLines(facts) {
    const out = [];
    const work = facts.modules.work;
    if (work)
        return work.parsed.go ? [{ file: work.file, go: work.parsed.go }] : [];
    for (const m of facts.modules.mods) {
        if (m.main && m.parsed.go)
            out.push({ file: m.file, go: m.parsed.go });
    }
    return out;
}
function run$2(facts) {
    const sel = selectToolchain(facts);
    // With +auto or +path, go switches to a newer toolchain instead (GBG202 reports that).
    if (!sel || sel.mode !== '')
        return [];
    const running = sel.targetVersion;
    return goLines(facts)
        .filter(({ go }) => compareGoVersions(go.version, running) > 0)
        .map(({ file, go }) => ({
        rule: GO_TOO_NEW.id,
        severity: GO_TOO_NEW.defaultSeverity,
        message: `${file} requires go >= ${go.version} (running go ${running}; GOTOOLCHAIN=${sel.gotoolchain})`,
        location: at(file, go.pos),
        expected: `go <= ${running}`,
        actual: `go ${go.version}`,
        source: `GOTOOLCHAIN=${sel.gotoolchain}`,
        fix: `Use Go ${go.version} or newer in this job (actions/setup-go with go-version-file: ${file}), or set GOTOOLCHAIN=auto to let go download it, or lower the go line of ${file}.`
    }));
}
const goTooNewCheck = { rules: [GO_TOO_NEW], run: run$2 };

const TOOLCHAIN_NOT_IN_PATH = {
    id: 'GBG216',
    name: 'toolchain-not-in-path',
    area: 'modfile',
    defaultSeverity: 'error',
    summary: 'GOTOOLCHAIN=path (or goX+path) makes go run the toolchain the go/toolchain line asks for from PATH, and no such executable is there: go fails with `cannot find "go1.X.Y" in PATH`.',
    fix: 'Install that Go in the job (actions/setup-go with go-version-file), put a go1.X.Y executable on PATH, or use GOTOOLCHAIN=auto / local.'
};
/** The toolchain go would look up on PATH and fail to find, if any. */
function missingPathToolchain(facts) {
    const sel = selectToolchain(facts);
    const found = facts.paths?.toolchainsOnPath;
    if (!sel || sel.mode !== 'path' || found === undefined)
        return undefined;
    if (sel.target === `go${sel.local}`)
        return undefined; // the running go itself
    return found.includes(sel.target) ? undefined : sel.target;
}
function run$1(facts) {
    const missing = missingPathToolchain(facts);
    const sel = selectToolchain(facts);
    if (!missing || !sel)
        return [];
    const file = sel.file ?? 'go.mod';
    return [
        {
            rule: TOOLCHAIN_NOT_IN_PATH.id,
            severity: TOOLCHAIN_NOT_IN_PATH.defaultSeverity,
            message: `go: cannot find "${missing}" in PATH (GOTOOLCHAIN=${sel.gotoolchain}${sel.reason ? `; ${file} asks for it` : ''})`,
            ...(sel.reason && sel.file ? { location: at(sel.file, sel.reason.directive.pos) } : {}),
            expected: `${missing} on PATH`,
            actual: 'not on PATH',
            source: `GOTOOLCHAIN=${sel.gotoolchain}`,
            fix: `Install ${missing} in the job (actions/setup-go with go-version-file: ${file}) or put a ${missing} executable on PATH; or set GOTOOLCHAIN=auto to download it.`
        }
    ];
}
const toolchainPathCheck = { rules: [TOOLCHAIN_NOT_IN_PATH], run: run$1 };

const TOOLCHAIN_SWITCH = {
    id: 'GBG202',
    name: 'toolchain-switch',
    area: 'modfile',
    defaultSeverity: 'warning',
    summary: 'The go or toolchain line asks for a newer Go than the one installed, so go switches toolchains at startup (GOTOOLCHAIN=auto downloads it; GOTOOLCHAIN=path needs it in PATH).',
    fix: 'Install the Go version the go.mod asks for (actions/setup-go with go-version-file: go.mod) so the job runs the toolchain it was set up with.'
};
function run(facts) {
    const sel = selectToolchain(facts);
    if (!sel?.reason || !sel.file || sel.mode === '')
        return [];
    if (missingPathToolchain(facts))
        return []; // GBG216: not a switch but a failure
    const { kind, directive } = sel.reason;
    const line = kind === 'go' ? `go ${sel.targetVersion}` : `toolchain ${sel.target}`;
    const how = sel.mode === 'auto'
        ? `would download ${sel.target} from the module proxy`
        : `would run ${sel.target} from PATH (and fail if it is not installed)`;
    return [
        {
            rule: TOOLCHAIN_SWITCH.id,
            severity: TOOLCHAIN_SWITCH.defaultSeverity,
            message: `${sel.file} sets ${line}, newer than the running go ${sel.local}: go ${how} (GOTOOLCHAIN=${sel.gotoolchain}).`,
            location: at(sel.file, directive.pos),
            expected: `go ${sel.local}`,
            actual: sel.target,
            source: `GOTOOLCHAIN=${sel.gotoolchain}`,
            fix: `Set up ${sel.target} in the workflow (actions/setup-go with go-version-file: ${sel.file}), or pin GOTOOLCHAIN=local to fail fast instead of switching.`
        }
    ];
}
const toolchainSwitchCheck = { rules: [TOOLCHAIN_SWITCH], run };

/** Toolchain selection checks: the go/toolchain lines against the running go and GOTOOLCHAIN. */
const toolchainChecks = [goTooNewCheck, toolchainSwitchCheck, toolchainPathCheck];

/** Every check, in report order of areas. Add a check to its area's list, not here. */
const allChecks = [
    ...envChecks,
    ...baselineEnvChecks,
    ...toolchainChecks,
    ...modfileChecks,
    preflightCheck,
    ...cacheChecks,
    ...storeChecks
];

const RANK = { error: 3, warning: 2, notice: 1 };
/** Ordinal string order: stable across locales, and without the ICU collator's start-up cost. */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Most severe first, then by file, line and column, then rule ID: a stable order for every sink. */
function compareFindings(a, b) {
    return (RANK[b.severity] - RANK[a.severity] ||
        compareStrings(a.location?.file ?? '\uffff', b.location?.file ?? '\uffff') ||
        (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
        (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
        compareStrings(a.rule, b.rule));
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

/** Where each rule is documented; anchors are the lower-cased rule IDs. */
const DOCS_URL = `${DOCS_BASE_URL}/rules.md`;
const CHECK_CRASHED = {
    id: 'GBG001',
    name: 'check-crashed',
    area: 'gate',
    defaultSeverity: 'error',
    summary: 'A check failed unexpectedly; its rules were not evaluated.',
    fix: 'Report the message as a bug in go-baseline-gate; meanwhile turn the failing rule off in the baseline `rules:` section.'
};
/** All rules, sorted by ID. IDs are stable: a rule is never renumbered, only retired. */
const RULES = [CHECK_CRASHED, ...allChecks.flatMap((c) => c.rules)].sort((a, b) => compareStrings(a.id, b.id));
const BY_ID = new Map(RULES.map((r) => [r.id, r]));
function ruleById(id) {
    return BY_ID.get(id);
}
function docsUrl(rule) {
    return `${DOCS_URL}#${rule.id.toLowerCase()}`;
}
/** The closest known rule ID or name to a misspelt one, for "did you mean" messages. */
function suggestRule(text) {
    const byName = new Map(RULES.map((r) => [r.name, r.id]));
    const best = suggest(text, [...RULES.map((r) => r.id), ...byName.keys()]);
    return best === undefined ? undefined : (byName.get(best) ?? best);
}

export { suggestRule as A, compareFindings as B, CHECK_CRASHED as C, DirectiveError as D, DOCS_URL as E, RULES as R, SCHEMA_URL as S, collectError as a, parseReplace as b, compareStrings as c, docsUrl as d, parseVersion as e, checkMajor as f, goQuoteRune as g, parseGodebug as h, isGoPrint as i, parseToolchainDirective as j, parseGoDirective as k, linePos as l, modulePathMajor as m, goQuote as n, isValidSemver as o, parsePathArg as p, hasGoModSum as q, hasZipSum as r, parseGoSum as s, isDirectoryPath as t, describeSource as u, deferToGo as v, dedupePreflight as w, decide as x, allChecks as y, ruleById as z };
