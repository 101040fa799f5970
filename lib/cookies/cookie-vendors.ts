// The vendor list alone, for the popup: it checks cookies against the policy (vendor names in the
// policy's text) without loading the cookie and host tables, which the background resolves.
import vendors from './cookie-vendors.json';
import type { VendorRow } from './cookie-table-types';

export const COOKIE_VENDORS: VendorRow[] = vendors;
