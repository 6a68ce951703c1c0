import type { Check } from './types.js'
import { modfileUncheckedCheck } from './modfile-unchecked.js'
import { goSumCheck } from './modfile/gosum-missing.js'
import { modfileFlagCheck } from './modfile/modfile-flag.js'
import { parseErrorCheck } from './modfile/parse-error.js'
import { policyCheck } from './modfile/policy.js'
import { replaceGoTooNewCheck } from './modfile/replace-go-too-new.js'
import { replaceIgnoredCheck } from './modfile/replace-ignored.js'
import { replaceMissingCheck } from './modfile/replace-missing.js'
import { replaceOutsideCheck } from './modfile/replace-outside.js'
import { toolchainLineCheck } from './modfile/toolchain-line.js'
import { vendorConsistencyCheck } from './modfile/vendor-consistency.js'
import { workspaceDriftCheck } from './modfile/workspace-drift.js'
import { workspaceGoCheck } from './modfile/workspace-go.js'
import { workspaceModulesCheck } from './modfile/workspace-modules.js'
import { workspaceUseCheck } from './modfile/workspace-use.js'

/** go.mod / go.work / vendor checks (GBG2xx, beyond GBG201/GBG202 in toolchain.ts). */
export const modfileChecks: Check[] = [
  parseErrorCheck,
  modfileFlagCheck,
  toolchainLineCheck,
  policyCheck,
  workspaceGoCheck,
  workspaceUseCheck,
  workspaceModulesCheck,
  workspaceDriftCheck,
  replaceOutsideCheck,
  replaceMissingCheck,
  replaceIgnoredCheck,
  replaceGoTooNewCheck,
  vendorConsistencyCheck,
  goSumCheck,
  modfileUncheckedCheck
]
