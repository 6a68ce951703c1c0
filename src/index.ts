import { run } from './entry/main-entry.js'

await run()
