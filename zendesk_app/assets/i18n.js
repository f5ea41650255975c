// UI strings from translations/en.json, looked up by dotted key with {placeholder} filling.

export class Strings {
  constructor(table) {
    this.table = table || {};
  }

  static async load(url) {
    const response = await fetch(url, { credentials: 'omit' });
    if (!response.ok) throw new Error(`translations: HTTP ${response.status}`);
    return new Strings(await response.json());
  }

  t(key, vars) {
    let value = key.split('.').reduce((node, part) => (node == null ? node : node[part]), this.table);
    if (typeof value !== 'string') value = key; // a missing key shows itself rather than nothing
    return value.replace(/\{(\w+)\}/g, (whole, name) =>
      vars && vars[name] !== undefined && vars[name] !== null ? String(vars[name]) : whole);
  }
}
