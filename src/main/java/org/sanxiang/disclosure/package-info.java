/**
 * 公示 — the public portal (no login): 事前 disclosure of the agency, its units, certified officers,
 * powers and items with their legal basis, the random-inspection list, supervision channels and the
 * change history; certificate verification with a QR code. Reads other modules' APIs; nothing
 * depends on it.
 */
package org.sanxiang.disclosure;
