import { Text } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/types';
import type { RichText } from '../../src/markdown/blocks.js';

/** Styled runs inside one Text. */
export function Runs({ runs }: { runs: RichText }) {
  return (
    <>
      {runs.map((r, i) => (
        r.bold || r.italic ? (
          <Text key={i} style={{ ...(r.bold ? { fontWeight: 'bold' } : {}), ...(r.italic ? { fontStyle: 'italic' } : {}) }}>
            {r.text}
          </Text>
        ) : (
          r.text
        )
      ))}
    </>
  );
}

/** A paragraph of rich text. */
export function Para({ runs, style, hyphenate }: { runs: RichText; style?: Style; hyphenate?: (w: string) => string[] }) {
  return (
    <Text style={style} {...(hyphenate ? { hyphenationCallback: hyphenate } : {})}>
      <Runs runs={runs} />
    </Text>
  );
}
