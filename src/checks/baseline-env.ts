import { driftCheck } from './env/drift.js'
import { gobinCheck } from './env/gobin.js'
import { gocacheCheck } from './env/gocache.js'
import { goinsecureCheck } from './env/goinsecure.js'
import { goproxyCheck } from './env/goproxy.js'
import { gorootCheck } from './env/goroot.js'
import { gotoolchainCheck } from './env/gotoolchain.js'
import { moduleModeCheck } from './env/module-mode.js'
import type { Check } from './types.js'

/**
 * go env against the baseline (GBG110-111) and the built-in recommended policy (GBG120-150).
 * GBG101/GBG102 (checksum bypass, -mod=mod) live in env.ts and are part of the same policy.
 */
export const baselineEnvChecks: Check[] = [
  driftCheck,
  moduleModeCheck,
  goinsecureCheck,
  goproxyCheck,
  gocacheCheck,
  gorootCheck,
  gobinCheck,
  gotoolchainCheck
]
