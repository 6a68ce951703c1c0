import { mkdir, writeFile, access } from 'node:fs/promises';
import path__default from 'node:path';
import { U as UsageError } from './errors.js';
import { c as collectGoFacts } from './go.js';
import { D as DEFAULT_BASELINE, f as findRoot } from './root.js';
import { r as renderBaseline } from './record.js';
import { d as didYouMean } from './suggest.js';
import 'node:child_process';
import 'node:fs';
import 'node:os';
import './schema.js';
import './rules.js';
import './env.js';
import './_commonjsHelpers.js';
import './valid.js';
import './format.js';
import './escape.js';

const USAGE = `usage: go-baseline-gate record [--out FILE] [--force] [--dir DIR] [--go PATH]

Writes a baseline from the current go env.
  --out FILE   where to write it (default: ${DEFAULT_BASELINE} under the repository root; - for stdout)
  --force      overwrite an existing file
  --dir DIR    the directory whose repository root is used (default: the current directory)
  --go PATH    the go binary to ask (default: go on PATH)
`;
const VALUE_FLAGS = ['--out', '--dir', '--go'];
const BOOL_FLAGS = ['--force', '--help', '-h'];
function parseRecordArgs(args) {
    const parsed = { force: false, help: false };
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        const eq = arg.indexOf('=');
        const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
        if (VALUE_FLAGS.includes(flag)) {
            const value = eq > 0 && flag !== arg ? arg.slice(eq + 1) : args[++i];
            if (value === undefined || value === '') {
                throw new UsageError(`${flag} needs a value`, undefined, USAGE.split('\n')[0]);
            }
            parsed[flag.slice(2)] = value;
        }
        else if (arg === '--force')
            parsed.force = true;
        else if (arg === '--help' || arg === '-h')
            parsed.help = true;
        else {
            throw new UsageError(`unknown argument '${arg}' for record${didYouMean(flag, [...VALUE_FLAGS, ...BOOL_FLAGS])}`, undefined, USAGE.split('\n')[0]);
        }
    }
    return parsed;
}
async function exists(file) {
    return access(file).then(() => true, () => false);
}
async function record(args, io, env) {
    const opts = parseRecordArgs(args);
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

export { parseRecordArgs, recordCommand };
