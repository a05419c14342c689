/** The dataset asset's path inside the built extension (shared by the build hook and the background). */
export const DATASET_ASSET = 'dataset.json';
