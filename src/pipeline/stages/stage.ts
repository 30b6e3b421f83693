/**
 * What a build stage is: a named function from the artifact the stages before it made
 * (typed by what it reads) to what it adds, with the session for paths, options and the
 * report. build.ts declares the stages in order; `check` runs those marked `inCheck`
 * up to the last check before rendering.
 */
import type { BuildSession } from '../build-session.js';

/** Returned by a stage that ends the build early (locked, or nothing changed). */
export const STOP = Symbol('stop the build');

export interface BuildStage<In, Out> {
  /** The stage's name, as in report.stages and the README. */
  name: string;
  /** Also run by `check`: the stage only reads and checks, writes nothing to the output folder. */
  inCheck: boolean;
  /**
   * @param input what the earlier stages made (the runner merges each stage's output into it)
   * @param session the build's options, paths, caches and report
   * @returns what this stage adds, or STOP to end the build here
   */
  run(input: In, session: BuildSession): Out | typeof STOP | Promise<Out | typeof STOP>;
}

/**
 * `true` when every stage of the list gets what it reads from the stages before it (their
 * outputs merged, as the runner merges them), `never` otherwise: build.ts assigns `true` to
 * it, so a stage placed before the stage that makes its input does not compile.
 */
export type StagesChain<Stages extends readonly unknown[], Made = object> = Stages extends readonly [BuildStage<infer In, infer Out>, ...infer Rest]
  ? Made extends In
    ? StagesChain<Rest, Made & Out>
    : never
  : true;
