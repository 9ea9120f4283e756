import { loadCatalogue } from '../../src/i18n/catalogue';

// The page loads Korean when it is first asked for (loadCatalogue); the tests read both languages
// synchronously (translator('ko')), as the worker does, so they load it once up front.
await loadCatalogue('ko');
