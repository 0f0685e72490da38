// `--dataset FILE.json`: a dataset file (as `cast import` writes it) for a command to run on
// instead of the embedded data. The file is checked whole before any command uses it: its JSON
// and fields, then its records as a scenario's data (units against the metrics, own metric ids),
// every problem at its place in the file.
import { parseDatasetText, scenarioDataOf, type Engine, type ScenarioData } from '../engine/index.ts';
import { fileProblems } from './errors.ts';
import { readInputFile } from './io.ts';
import { inputName } from './stdin.ts';

export interface DatasetOption {
  /** The file as messages name it. */
  path: string;
  data: ScenarioData;
}

export function readDatasetOption(engine: Engine, file: string): DatasetOption {
  const path = inputName(file);
  const parsed = parseDatasetText(readInputFile(file), path);
  if (!parsed.ok) throw fileProblems(path, 'not a valid dataset file', parsed.issues);
  const data = scenarioDataOf(parsed.value);
  const checked = engine.scenarioData(engine.newScenario({ data }));
  // The checks speak of a scenario's data ("data.observations[3].unit"); the file has no "data.".
  if (!checked.ok)
    throw fileProblems(
      path,
      'invalid dataset',
      checked.issues.map((i) => ({ ...i, where: i.where.replace(/^data\./, '') })),
    );
  return { path, data };
}
