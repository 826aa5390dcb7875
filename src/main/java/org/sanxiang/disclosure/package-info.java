/**
 * 公示 — the public portal (no login): 事前 disclosure (GS-1, 国办发〔2018〕118号) of the agency,
 * its units, certified officers (name, certificate number, enforcement area, status
 * computed for today with the injected clock), powers and items with their service guide
 * (行政许可法 第三十条, XK-30: basis, conditions, procedure, time limits, materials and sample
 * texts, and today's 行政裁量基准) in the version in force today or on any date, the
 * random-inspection list, the 重大执法决定法制审核目录 at {@code /review-catalogue} (SH-2),
 * supervision channels and the change history; certificate verification (亮证, GS-2, ZJ-1)
 * at {@code /verify/officer/{number}} with a QR code that encodes its absolute address
 * ({@code sanxiang.public-base-url} when set, else the request's). Server-rendered,
 * readable without JavaScript and on a 375 px phone; every value from data is escaped.
 * Reads only the {@code catalog} API; nothing depends on it.
 */
package org.sanxiang.disclosure;
