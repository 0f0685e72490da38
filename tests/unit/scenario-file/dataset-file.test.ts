// Dataset files (what `cast import` writes and `--dataset` reads): the embedded Hanoi figures are
// one such dataset, round-trip through the format, and run as a scenario's own data.
import { describe, expect, it } from 'vitest';
import { HANOI_DATASET } from '../../../src/data/index.ts';
import { datasetFileOf, parseDatasetText, scenarioDataOf, serializeDatasetFile } from '../../../src/engine/index.ts';
import { hanoi } from '../../support/hanoi.ts';

const file = datasetFileOf({ base: 'none', observations: HANOI_DATASET.observations, targets: HANOI_DATASET.targets, removed: [] }, 'Hanoi');

describe('dataset files', () => {
  it('hold the embedded Hanoi figures, and read back to the same records', () => {
    const read = parseDatasetText(serializeDatasetFile(file), 'hanoi.json');
    expect(read.ok ? read.value : read.issues).toEqual(file);
  });

  it('run as a scenario’s own data, with the answers of the embedded figures', () => {
    const own = hanoi.newScenario({ data: scenarioDataOf(file), leversFrom: '2025-10-01', horizon: '2025-12-31' });
    const embedded = hanoi.newScenario({ leversFrom: '2025-10-01', horizon: '2025-12-31' });
    const answer = (s: typeof own) => {
      const data = hanoi.scenarioData(s);
      if (!data.ok) throw new Error(JSON.stringify(data.issues));
      return hanoi.simulate(s, data.value, { paths: 500, seed: 3 }).run({ levers: {}, distributions: {}, leversFrom: '2025-10-01' }).targets;
    };
    expect(answer(own)).toEqual(answer(embedded));
  });

  it('are told apart from other files, and a newer version is refused', () => {
    const scenarioText = JSON.stringify({ format: 'targetcast-scenario', version: 2 });
    const notDataset = parseDatasetText(scenarioText, 'x.json');
    expect(notDataset.ok ? [] : notDataset.issues.map((i) => `${i.where}: ${i.message}`)).toEqual([
      'format: not a targetcast dataset file: "format" must be "targetcast-dataset", got the string "targetcast-scenario"',
    ]);
    const newer = parseDatasetText(JSON.stringify({ ...file, version: 9 }), 'x.json');
    expect(newer.ok ? [] : newer.issues.map((i) => i.where)).toEqual(['version']);
  });
});
