import { compareFindings } from '../decide.js'
import { ruleById } from '../rules.js'
import type { Finding, Severity } from '../types.js'
import { escapeCommandData, escapeCommandProperty } from './escape.js'

/** GitHub shows at most this many annotations of each level per step (and 50 per job). */
export const ANNOTATIONS_PER_LEVEL = 10

export interface Annotation {
  level: Severity
  message: string
  properties: {
    title: string
    file?: string
    line?: number
    col?: number
    endLine?: number
    endColumn?: number
  }
}

function toAnnotation(f: Finding): Annotation {
  const rule = ruleById(f.rule)
  const loc = f.location
  // Only paths inside the repository can land on a PR's diff; absolute ones stay in the message.
  const inRepo = loc && loc.file && !loc.file.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(loc.file)
  const where = loc && !inRepo ? ` [${loc.file}${loc.line ? `:${loc.line}` : ''}]` : ''
  return {
    level: f.severity,
    message: `${f.message}${where}${f.fix ? `\nfix: ${f.fix}` : ''}`,
    properties: {
      title: `${f.rule}${rule ? ` ${rule.name}` : ''}`,
      ...(inRepo && loc
        ? {
            file: loc.file,
            ...(loc.line ? { line: loc.line } : {}),
            ...(loc.line && loc.column ? { col: loc.column } : {}),
            ...(loc.endLine ? { endLine: loc.endLine } : {}),
            ...(loc.endLine && loc.endColumn ? { endColumn: loc.endColumn } : {})
          }
        : {})
    }
  }
}

export type LevelCounts = Record<Severity, number>

export interface AnnotationSelection {
  /** The annotations to emit, most severe first. */
  annotations: Annotation[]
  /** The annotation of each finding that got one. */
  byFinding: Map<Finding, Annotation>
  /** Findings annotated per level. */
  used: LevelCounts
  /** Findings held back (they are all in the job summary). */
  dropped: number
}

/**
 * The annotations to emit: most severe first, at most ANNOTATIONS_PER_LEVEL per level minus what
 * the step itself will print at that level (`reserved`: the failure message is an `::error` too),
 * since GitHub drops the rest silently. n log n in the number of findings (one sort).
 */
export function selectAnnotations(
  findings: Finding[],
  reserved: Partial<LevelCounts> = {}
): AnnotationSelection {
  const used: LevelCounts = { error: 0, warning: 0, notice: 0 }
  const limit = (s: Severity): number => Math.max(0, ANNOTATIONS_PER_LEVEL - (reserved[s] ?? 0))
  const annotations: Annotation[] = []
  const byFinding = new Map<Finding, Annotation>()
  let dropped = 0
  for (const f of [...findings].sort(compareFindings)) {
    if (used[f.severity] >= limit(f.severity)) {
      dropped++
      continue
    }
    used[f.severity]++
    const a = toAnnotation(f)
    annotations.push(a)
    byFinding.set(f, a)
  }
  return { annotations, byFinding, used, dropped }
}

/** The workflow command for one annotation, escaped so untrusted text can't start another command. */
export function formatAnnotation(a: Annotation): string {
  const props = Object.entries(a.properties)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeCommandProperty(String(v))}`)
    .join(',')
  return `::${a.level}${props ? ` ${props}` : ''}::${escapeCommandData(a.message)}`
}
