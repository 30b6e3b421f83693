import { Text } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/types';
import type { RichText } from '../../src/markdown/blocks.js';
import { hasRightToLeft, layoutText } from '../../src/text/layout-text.js';

/** Styled runs inside one Text, as the line layout gets them (see layout-text.ts). */
export function Runs({ runs }: { runs: RichText }) {
  const isolate = runs.some((r) => hasRightToLeft(r.text));
  return (
    <>
      {runs.map((r, i) => {
        const text = layoutText(r.text, isolate, runs.slice(0, i).map((b) => b.text).join(''));
        return r.bold || r.italic || r.strike ? (
          <Text key={i} style={{ ...(r.bold ? { fontWeight: 'bold' } : {}), ...(r.italic ? { fontStyle: 'italic' } : {}), ...(r.strike ? { textDecoration: 'line-through' } : {}) }}>
            {text}
          </Text>
        ) : (
          text
        );
      })}
    </>
  );
}

/**
 * A paragraph of rich text.
 * @param tags structure props for a tagged PDF (`tag('P', { lang })` of ./tags.ts), optional
 */
export function Para({ runs, style, hyphenate, tags }: { runs: RichText; style?: Style; hyphenate?: (w: string) => string[]; tags?: Record<string, unknown> }) {
  return (
    <Text style={style} {...(hyphenate ? { hyphenationCallback: hyphenate } : {})} {...tags}>
      <Runs runs={runs} />
    </Text>
  );
}
