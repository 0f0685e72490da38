// A region as readers write it: the dataset's own name for it in the UI's language ("Hanoi" is
// "Hà Nội"), or the region as the data name it when the dataset gives no name.
import type { Bilingual, Region } from '../../engine/index.ts';
import type { Lang } from './format.ts';

export function regionName(region: Region, names: Readonly<Record<Region, Bilingual>> | undefined, lang: Lang): string {
  return names?.[region]?.[lang] ?? region;
}
