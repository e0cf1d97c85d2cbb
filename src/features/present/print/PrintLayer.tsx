import { PrintPageSetup } from '../PrintPageSetup';
import { PrintHandout } from './PrintHandout';

/** Everything only paper needs: the running header and page numbers, and the handout itself. */
export function PrintLayer() {
  return (
    <>
      <PrintPageSetup />
      <PrintHandout />
    </>
  );
}
