/**
 * The asynchronous file-system calls the gate makes, on Node's callback API: `node:fs/promises`
 * costs start-up, since loading it loads readline and the REPL history too (Node 20 to 24).
 * Same names and signatures as fs/promises, except that `open` gives a file descriptor.
 */
import * as fs from 'node:fs'
import { promisify } from 'node:util'

export const access = promisify(fs.access)
export const close = promisify(fs.close)
export const fstat = promisify(fs.fstat)
export const mkdir = promisify(fs.mkdir)
export const open = promisify(fs.open)
export const read = promisify(fs.read)
export const readdir = promisify(fs.readdir)
// The native call, as fs/promises' realpath: one system call, not an lstat per path element.
export const realpath = promisify(fs.realpath.native)
export const stat = promisify(fs.stat)
export const write = promisify(fs.write)
export const writeFile = promisify(fs.writeFile)
