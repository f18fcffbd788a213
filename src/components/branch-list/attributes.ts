import type { ComplexAttributeConverter } from 'lit';

/**
 * A yes/no attribute a CMS editor can write either way: present, `""`, `true`, `on`, `oui`
 * mean yes; `false`, `off`, `no`, `non`, `0` mean no. Lit's plain boolean treats
 * `show-merged="false"` as true, which is the opposite of what the editor meant.
 * Absent means "not set" (undefined), so the element can keep its own default.
 */
export const flag: ComplexAttributeConverter<boolean | undefined> = {
  fromAttribute(value: string | null): boolean | undefined {
    if (value === null) return undefined;
    return !['false', 'off', 'no', 'non', '0'].includes(value.trim().toLowerCase());
  },
  toAttribute(value: boolean | undefined): string | null {
    return value === undefined ? null : String(value);
  },
};

/** A positive whole number written in an attribute, or undefined when it is not one. */
export function parseCount(value: string | undefined, max: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n >= 1 && n <= max ? n : undefined;
}

export interface AttributeProblem {
  readonly attr: string;
  readonly value: string;
  /** What to write instead, e.g. "name | idcc". */
  readonly expected: string;
}

/** The attributes of `<opco-branch-list>` whose value cannot be used (the default is used instead). */
export function attributeProblems(
  values: { readonly sort?: string; readonly pageSize?: string },
  sortKeys: readonly string[],
  maxPageSize: number,
): AttributeProblem[] {
  const problems: AttributeProblem[] = [];
  if (values.sort !== undefined && !sortKeys.includes(values.sort)) {
    problems.push({ attr: 'sort', value: values.sort, expected: sortKeys.join(' | ') });
  }
  if (values.pageSize !== undefined && parseCount(values.pageSize, maxPageSize) === undefined) {
    problems.push({ attr: 'page-size', value: values.pageSize, expected: `1 … ${maxPageSize}` });
  }
  return problems;
}
