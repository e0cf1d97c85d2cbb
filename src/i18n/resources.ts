/** Every namespace of labels; a test checks that zh and en have the same keys. */
import { actions } from './messages/actions';
import { common } from './messages/common';
import { compare } from './messages/compare';
import { findings } from './messages/findings';
import { glossary } from './messages/glossary';
import { importer } from './messages/importer';
import { keyWork } from './messages/keyWork';
import { library } from './messages/library';
import { libraryReport } from './messages/libraryReport';
import { other } from './messages/other';
import { overview } from './messages/overview';
import { present } from './messages/present';
import { spending } from './messages/spending';
import { staffing } from './messages/staffing';

export const namespaces = {
  common,
  actions,
  overview,
  spending,
  staffing,
  keyWork,
  other,
  findings,
  glossary,
  present,
  library,
  libraryReport,
  importer,
  compare,
} as const;

export { LANGUAGES, type Language } from './languages';

export const resources = {
  'zh-CN': Object.fromEntries(Object.entries(namespaces).map(([ns, m]) => [ns, m.zh])),
  en: Object.fromEntries(Object.entries(namespaces).map(([ns, m]) => [ns, m.en])),
};
