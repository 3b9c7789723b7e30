// Reads a dataset document with the types quicktype generates from the JSON Schema (Dataset.ts, beside this file):
// the number of records in each collection, then each organisation's id and first name, one a line.
import { Convert, Dataset, Organization } from "./Dataset";

export function summarize(json: string): string {
    const dataset: Dataset = Convert.toDataset(json);
    const counts: string[] = [];
    for (const [name, value] of Object.entries(dataset)) {
        if (Array.isArray(value)) {
            counts.push(name + "=" + value.length);
        }
    }
    const organizations: Organization[] = dataset.organizations ?? [];
    const names: string[] = organizations.map(o => o.id + " " + o.kind + " " + Object.values(o.name)[0]);
    // What the generated converter writes back reads again as the same dataset.
    if (JSON.stringify(Convert.toDataset(Convert.datasetToJson(dataset))) !== JSON.stringify(dataset)) {
        throw new Error("the dataset does not read back");
    }
    return [counts.sort().join(" "), ...names].join("\n");
}
