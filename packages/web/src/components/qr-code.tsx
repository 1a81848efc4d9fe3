import { useEffect, useState } from 'preact/hooks';
import { type QrRun, qrRuns } from '../qr-runs';

/** The quiet zone around a QR code, in modules, as the standard asks. */
const QUIET = 4;

interface Matrix {
  size: number;
  runs: QrRun[];
}

/**
 * A QR code drawn as inline SVG <rect>s from qrcode-generator's module
 * matrix (no innerHTML, no data: URL). The generator is loaded on demand so
 * it stays out of the initial bundle.
 */
export function QrCode(props: { text: string; label: string }) {
  const [matrix, setMatrix] = useState<Matrix | undefined>(undefined);
  useEffect(() => {
    let live = true;
    import('qrcode-generator').then(({ default: qrcode }) => {
      const qr = qrcode(0, 'M');
      qr.addData(props.text, 'Byte');
      qr.make();
      const size = qr.getModuleCount();
      if (live) setMatrix({ size, runs: qrRuns(size, (row, col) => qr.isDark(row, col)) });
    });
    return () => {
      live = false;
    };
  }, [props.text]);

  if (!matrix) return <div class="qr qr-pending" />;
  const extent = matrix.size + QUIET * 2;
  return (
    <svg
      class="qr"
      viewBox={`0 0 ${extent} ${extent}`}
      role="img"
      aria-label={props.label}
      // The contract names this image by its alt text; SVG has no alt, so its name comes from aria-label
      // and the attribute is mirrored for tools that look images up by alt.
      ref={(el) => el?.setAttribute('alt', props.label)}
      shape-rendering="crispEdges"
    >
      <rect width={extent} height={extent} fill="#ffffff" />
      {matrix.runs.map((run) => (
        <rect
          key={`${run.x},${run.y}`}
          x={run.x + QUIET}
          y={run.y + QUIET}
          width={run.width}
          height={1}
          fill="#000000"
        />
      ))}
    </svg>
  );
}
