import { run } from './entry/main.js'

await run()
