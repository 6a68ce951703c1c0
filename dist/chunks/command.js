import { mkdir, writeFile, access } from 'node:fs/promises';
import path__default from 'node:path';
import { p as parseFlags } from './cli.js';
import { U as UsageError } from './errors.js';
import { c as collectGoFacts } from './go.js';
import { f as findRoot } from './format.js';
import { D as DEFAULT_BASELINE } from './output.js';
import { r as renderBaseline } from './record.js';
import 'node:util';
import 'node:fs';
import 'node:os';
import './run.js';
import 'node:child_process';
import './readfile.js';
import 'node:buffer';
import './valid.js';

const USAGE = `usage: go-baseline-gate record [--out FILE] [--force] [--dir DIR] [--go PATH]

Writes a baseline from the current go env.
  --out FILE   where to write it (default: ${DEFAULT_BASELINE} under the repository root; - for stdout)
  --force      overwrite an existing file
  --dir DIR    the directory whose repository root is used (default: the current directory)
  --go PATH    the go binary to ask (default: go on PATH)
`;
const OPTIONS = {
    out: { type: 'string' },
    force: { type: 'boolean' },
    dir: { type: 'string' },
    go: { type: 'string' },
    help: { type: 'boolean', short: 'h' }
};
async function exists(file) {
    return access(file).then(() => true, () => false);
}
async function record(args, io, env) {
    const opts = parseFlags('record', args, OPTIONS, USAGE.split('\n')[0] ?? USAGE).values;
    if (opts.help) {
        io.stdout(USAGE);
        return 0;
    }
    const dir = path__default.resolve(opts.dir ?? '.');
    const root = findRoot(dir, env);
    const toStdout = opts.out === '-';
    const out = opts.out && !toStdout ? path__default.resolve(opts.out) : path__default.join(root, DEFAULT_BASELINE);
    if (!toStdout && !opts.force && (await exists(out))) {
        throw new UsageError(`${out} already exists; record will not overwrite it`, { file: out }, 'pass --force to replace it, or --out to write somewhere else');
    }
    const go = await collectGoFacts({ goBinary: opts.go, cwd: dir, env });
    const text = renderBaseline({ go, processEnv: env, root });
    if (toStdout) {
        io.stdout(text);
        return 0;
    }
    await mkdir(path__default.dirname(out), { recursive: true });
    await writeFile(out, text);
    io.stderr(`go-baseline-gate: wrote ${out} from ${go.version}; review it and commit it.\n`);
    return 0;
}
/** `go-baseline-gate record`: exit 0 when written, 2 on a usage problem (message, never a stack trace). */
async function recordCommand(args, io, env = process.env) {
    try {
        return await record(args, io, env);
    }
    catch (e) {
        if (!(e instanceof UsageError))
            throw e;
        io.stderr(`go-baseline-gate: ${e.format()}\n`);
        return 2;
    }
}

export { recordCommand };
