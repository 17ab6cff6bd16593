/**
 * What the object types resolve from: the upstream messages, plus what the gateway carries along
 * with them, said in the object itself (no side tables keyed by object).
 */
import type { Location__Output } from '../generated/viam/app/v1/Location.ts';
import type { Robot__Output } from '../generated/viam/app/v1/Robot.ts';
import type { RobotPart__Output } from '../generated/viam/app/v1/RobotPart.ts';
import type { Fragment__Output } from '../generated/viam/app/v1/Fragment.ts';
import type { GetFragmentResponse__Output } from '../generated/viam/app/v1/GetFragmentResponse.ts';
import type { PartSummary__Output } from '../generated/viam/app/v1/PartSummary.ts';

interface Carried {
  /** Made from ListMachineSummaries: holds only what a summary says (ids and names; parts also main part, online state, last access). */
  fromSummary?: true;
}

/** A location; from a summary it carries its robots. */
export type LocationShape = Location__Output & Carried & { summaryRobots?: RobotShape[] };

/** A robot; from a summary it carries its parts, main part first. */
export type RobotShape = Robot__Output & Carried & { summaryParts?: PartShape[] };

export type PartShape = RobotPart__Output &
  Carried & {
    /** What ListMachineSummaries said of the part, when the part came from it. */
    summary?: PartSummary__Output;
    /** GetRobotPart's config_json, when the part came from GetRobotPart. */
    configJson?: string;
    /** The part as it was before an edit (`RobotPartHistoryEntry.old`): its fields describe that version, not the part now. */
    historic?: true;
    /** An old version's id in the graph (its history entry's), so client caches keep it apart from the part now. */
    versionId?: string;
  };

/** A fragment; from GetFragment it carries its revisions and tags; `historic` when it is an older revision (`fragment(version:)`, `history.old`). */
export type FragmentShape = Fragment__Output & Partial<Pick<GetFragmentResponse__Output, 'revisions' | 'tags'>> & { historic?: true };

/**
 * The one key every partial object is primed under: a symbol, which no by-id load (a string id)
 * can ask for. DataLoader keeps the first object primed under a key and ignores the rest, so the
 * thousands of objects of a summary tree cost a lookup each, not a cached promise each.
 */
const PARTIAL_OBJECT = Symbol('partial object');

/**
 * The key a resolved object is cached under for by-id loads of its type. Objects that are not the
 * whole current object (from a summary, or an old version) get one no by-id load asks for, so
 * `robot(id)` elsewhere in the operation still fetches the whole robot.
 */
export function cacheKeyOf(value: { id: string } & Carried & { historic?: true }): string {
  // A symbol where Pothos types the key as the id's type: DataLoader keys its cache map by it as is.
  if (value.fromSummary || value.historic) return PARTIAL_OBJECT as unknown as string;
  return value.id;
}
