import { f as run } from './chunks/main-shared.js';
import 'path';
import 'os';
import 'crypto';
import 'fs';
import 'string_decoder';
import 'events';
import 'child_process';
import 'assert';
import 'timers';
import 'node:path';
import 'node:fs';
import 'node:fs/promises';
import 'node:crypto';

await run();
