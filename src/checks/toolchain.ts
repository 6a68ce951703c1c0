import type { Check } from './types.js'
import { goTooNewCheck } from './modfile/go-too-new.js'
import { toolchainPathCheck } from './modfile/toolchain-path.js'
import { toolchainSwitchCheck } from './modfile/toolchain-switch.js'

/** Toolchain selection checks: the go/toolchain lines against the running go and GOTOOLCHAIN. */
export const toolchainChecks: Check[] = [goTooNewCheck, toolchainSwitchCheck, toolchainPathCheck]
