#!/usr/bin/env node
import { createRequire as __gbgCreateRequire } from 'node:module';
const __gbgBuiltin = process.getBuiltinModule ?? __gbgCreateRequire(import.meta.url);
const { fstatSync } = __gbgBuiltin('node:fs');
import module$1 from 'node:module';

// Node 22.1+ caches compiled code between runs (a no-op where unsupported, e.g. Node 20); enabled
// before the gate's modules load, so they are the ones it caches.
module$1.enableCompileCache?.();
// A reader that stops early (`go-baseline-gate check --format sarif | head`) ends the output,
// not the process with an unhandled EPIPE stack trace.
process.stdout.on('error', (err) => {
    if (err.code !== 'EPIPE')
        throw err;
    process.exit(process.exitCode ?? 0);
});
const argv = process.argv.slice(2);
const env = process.env;
const cwd = process.cwd();
// `check` (the default command) without --go: start go env/go version now, while the rest
// of the gate loads; the engine picks the result up (see prefetchGoFacts).
const command = argv[0] === undefined || argv[0].startsWith('-') ? 'check' : argv[0];
if (command === 'check' && !argv.some((a) => /^--go(=|$)|^-h$|^--help$|^--version$/.test(a))) {
    const { prefetchCheck } = await import('./chunks/cli-boot.js').then(function (n) { return n.l; });
    const flag = (name) => {
        const i = argv.findLastIndex((a) => a === name || a.startsWith(`${name}=`));
        return i < 0 ? undefined : argv[i] === name ? argv[i + 1] : argv[i].slice(name.length + 1);
    };
    const { resolve } = await import('node:path');
    prefetchCheck({ env, dir: resolve(cwd, flag('--dir') ?? '.'), baseline: flag('--baseline') });
}
// `cache` asks go for GOCACHE and GOROOT: the same, with the keys by name.
if (command === 'cache' && !argv.some((a) => /^-h$|^--help$/.test(a))) {
    const { prefetchGoFacts } = await import('./chunks/cli-boot.js').then(function (n) { return n.l; });
    prefetchGoFacts({ cwd, env, cacheOnly: true });
}
/** Standard output's descriptor when it is a regular file (see CliIO.stdoutFile). */
function regularFile(fd) {
    try {
        return fstatSync(fd).isFile() ? fd : undefined;
    }
    catch {
        return undefined;
    }
}
const { cli } = await import('./chunks/cli-core.js').then(function (n) { return n.F; });
process.exitCode = await cli(argv, {
    stdout: (s) => process.stdout.write(s),
    stdoutBytes: (b) => process.stdout.write(b),
    stdoutFile: regularFile(1),
    stderr: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY),
    env,
    cwd
});
