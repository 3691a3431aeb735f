/**
 * Where a dataset keeps its files, as its records name them: the folder `data/`, the articles'
 * texts in `data/articles/`, an article kept under its id at `data/articles/<id>.txt`.
 *
 * @module
 */

/** The dataset folder, as article records' `file` paths begin. */
export const DATA_FOLDER = 'data';

/** The visits file's name inside a dataset folder: `data/visits.geojson` in the project. */
export const VISITS_FILE_NAME = 'visits.geojson';

/** The folder of the articles' texts inside the dataset: `data/articles`. */
export const ARTICLES_FOLDER = `${DATA_FOLDER}/articles`;

/** An article record's `file` for a text kept under `name`: `data/articles/<name>.txt`. */
export const articleFile = (name: string): string => `${ARTICLES_FOLDER}/${name}.txt`;

/** The base map the product ships (provinces and coastline, TopoJSON), from the project's root. */
export const BASEMAP_FILE = `${DATA_FOLDER}/basemap/basemap.topo.json`;
