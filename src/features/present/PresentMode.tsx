import { useUrlParam } from '@/state/urlState';
import { AudienceDeck } from './AudienceDeck';
import { PresenterView } from './PresenterView';

/** `?present=1` is the audience deck; `?present=presenter` the presenter's window. */
export default function PresentMode() {
  const mode = useUrlParam('present');
  return mode === 'presenter' ? <PresenterView /> : <AudienceDeck />;
}
