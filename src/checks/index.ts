import type { Check } from './types.js'
import { baselineEnvChecks } from './baseline-env.js'
import { cacheChecks } from './cache.js'
import { envChecks } from './env.js'
import { modfileChecks } from './modfile.js'
import { preflightCheck } from './preflight.js'
import { storeChecks } from './store.js'
import { toolchainChecks } from './toolchain.js'

/** Every check, in report order of areas. Add a check to its area's list, not here. */
export const allChecks: Check[] = [
  ...envChecks,
  ...baselineEnvChecks,
  ...toolchainChecks,
  ...modfileChecks,
  preflightCheck,
  ...cacheChecks,
  ...storeChecks
]
