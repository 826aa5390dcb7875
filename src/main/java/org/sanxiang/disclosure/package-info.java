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
 * <p>
 * 事中 and 事后 live in sub-packages: {@code window} (岗位信息公示牌 per service window, GS-2),
 * {@code publication} (every licensing decision's 双公示 record, masked, published within 7
 * working days, withdrawn or corrected with a public history, GS-3 to GS-7),
 * {@code search} (the public decisions list and Chinese full-text search over a Lucene
 * index derived from the publications) and {@code opendata} (CSV/JSON downloads, the 信用中国
 * export, the Atom feed and the push outbox to the provincial platform). Other modules
 * read publications only through {@link org.sanxiang.disclosure.PublishedDecisions} and
 * {@link org.sanxiang.disclosure.PublicationTimeliness}.
 */
package org.sanxiang.disclosure;
