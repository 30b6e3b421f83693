/**
 * The registry's parameters are typed per code: `npm run typecheck` fails when a call
 * passes a wrong, missing or misspelled parameter (each `@ts-expect-error` below must stay
 * an error, or typecheck fails on the unused directive). At run time, a reason picks its
 * own message and hint from the registry.
 */
import { describe, expect, it } from 'vitest';
import { diag } from '../src/diagnostics/errors.js';

describe('diag parameters', () => {
  it('builds the message and hint of a code from typed parameters', () => {
    const d = diag('BrandUnknown', { brand: 'acme', known: 'default, school' });
    expect(d.message).toBe('brand `acme` does not exist');
    expect(d.hint).toBe('known brands: default, school');
  });

  it('takes a reason, whose message and hint live in the registry', () => {
    const d = diag('StructureInvalid', { reason: 'sectionEmpty', section: 'Onthaal' });
    expect(d.message).toBe('section `Onthaal` has no items');
    expect(d.hint).toBe('add a list of statements under the heading (`- ...`)');
    expect(diag('UsageInvalid', { reason: 'port', port: 'x' }).hint).toBe('run with --help to see the options');
  });

  it('refuses wrong parameters at compile time', () => {
    // Never called: these lines are here for the compiler only.
    const wrongCalls = () => [
      // @ts-expect-error a misspelled parameter (`brands` for `brand`)
      diag('BrandUnknown', { brands: 'acme', known: 'default' }),
      // @ts-expect-error a missing parameter (`known`)
      diag('BrandUnknown', { brand: 'acme' }),
      // @ts-expect-error a free-text `detail` is no parameter of any code
      diag('StructureInvalid', { detail: 'something is wrong' }),
      // @ts-expect-error a reason that does not exist
      diag('StructureInvalid', { reason: 'somethingWrong' }),
      // @ts-expect-error a reason without its own parameter (`section`)
      diag('StructureInvalid', { reason: 'sectionEmpty' }),
      // @ts-expect-error a code that reads parameters needs them
      diag('BrandUnknown'),
    ];
    expect(wrongCalls).toBeTypeOf('function');
    expect(diag('SourceEmpty').message).toBe('the file is empty');
  });
});
