import { usePresentMode } from '@/state/viewState';
import { AudienceDeck } from './AudienceDeck';
import { PresenterView } from './PresenterView';

/** `?present=1` is the audience deck; `?present=presenter` the presenter's window. */
export default function PresentMode() {
  const [mode] = usePresentMode();
  return mode === 'presenter' ? <PresenterView /> : <AudienceDeck />;
}
