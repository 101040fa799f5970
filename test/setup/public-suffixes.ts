// Every unit test sees sites as the extension does: the public-suffix list is loaded before the tests run.
import { loadPublicSuffixesFromDisk } from '../../lib/site/public-suffixes-node';

loadPublicSuffixesFromDisk();
