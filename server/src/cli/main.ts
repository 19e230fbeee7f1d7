// Placeholder CLI entry; the real CLI lands here.
import { version } from '../../../package.json';
if (process.argv.includes('--version')) console.log(version);
