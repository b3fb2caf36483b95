// The `yaml` package as the file of its own that the CLI requires for a YAML configuration
// (dist/cli/yaml.cjs; see `apart` in scripts/build.mjs): a quarter of a megabyte of code that a
// run with a JSON configuration, or none, then neither reads nor holds in its code cache.
export * from 'yaml';
