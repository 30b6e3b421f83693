/**
 * The render of one output with its kind looked up: the one place where rendering meets
 * the kind registry (src/render takes the kind as an argument, so it never imports the
 * registry, whose kinds import src/render).
 */
import type { KindDefinition, Rendered } from '../kinds/kind.js';
import { kindNamed } from '../kinds/registry.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { checkTaskLayout, renderTask, type RenderTask } from '../render/render-task.js';

/** The kind a task names; throws for a name no kind has (a task is made from a loaded document). */
function kindOf(task: RenderTask): KindDefinition {
  const kind = kindNamed(task.kind);
  if (!kind) throw new Error(`unknown kind ${task.kind}`);
  return kind;
}

/** Render one output (render-task.ts's renderTask with the task's kind). */
export function renderOutput(task: RenderTask): Promise<Rendered> {
  return renderTask(kindOf(task), task);
}

/** The layout checks of one output (render-task.ts's checkTaskLayout with the task's kind). */
export function checkOutputLayout(task: RenderTask): Promise<Diagnostic[]> {
  return checkTaskLayout(kindOf(task), task);
}
