import { createRequire as __gbgCreateRequire } from 'node:module';
const __gbgBuiltin = process.getBuiltinModule ?? __gbgCreateRequire(import.meta.url);
import { l as parseFlags, u as readRegularFile, v as workFileJSON, x as parseGoWork, y as modFileJSON, z as parseGoMod, M as ModfileSyntaxError } from './cli-core.js';
import { basename } from 'node:path';
import { U as UsageError } from './cli-boot.js';



import 'node:child_process';
import 'node:os';

/**
 * `go-baseline-gate modfile --json FILE`: prints the parse of a go.mod or go.work in the shape of
 * `go mod edit -json` / `go work edit -json`, plus positions. Exit 0 on success; 2 with Go's
 * `file:line:col: message` errors when the file does not parse, or on bad usage.
 */
const USAGE = 'usage: go-baseline-gate modfile --json [--work] FILE\n' +
    '  FILE is a go.mod, or a go.work (by name, or with --work)';
const OPTIONS = { json: { type: 'boolean' }, work: { type: 'boolean' } };
async function modfileCommand(args, io) {
    let file;
    let work;
    try {
        const { values, positionals } = parseFlags('modfile', args, OPTIONS, USAGE, 1);
        if (!values.json || positionals[0] === undefined) {
            throw new UsageError(values.json ? 'expected one FILE' : 'missing --json', undefined, USAGE);
        }
        file = positionals[0];
        work = values.work === true || basename(file).endsWith('.work');
    }
    catch (e) {
        if (!(e instanceof UsageError))
            throw e;
        io.stderr(`go-baseline-gate: ${e.format()}\n`);
        return 2;
    }
    let text;
    try {
        text = (await readRegularFile(file)).toString('utf8');
    }
    catch (e) {
        io.stderr(`modfile: cannot read ${file}: ${e.code ?? String(e)}\n`);
        return 2;
    }
    try {
        const json = work ? workFileJSON(parseGoWork(text, file)) : modFileJSON(parseGoMod(text, file));
        io.stdout(JSON.stringify(json, null, '\t') + '\n');
        return 0;
    }
    catch (e) {
        if (!(e instanceof ModfileSyntaxError))
            throw e;
        io.stderr(`errors parsing ${file}:\n${e.message}\n`);
        return 2;
    }
}

export { modfileCommand };
