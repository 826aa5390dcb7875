/**
 * 执法文书 — the standard enforcement documents of a case (RULES.md WS-1, WS-2): templates
 * kept as versioned data that declare their fields, where each value comes from and which
 * are mandatory; document numbers (文号) in one gap-free series per agency, 代字 and year
 * (GB/T 9704-2012 7.2.5); PDF output on A4 after GB/T 9704 with an embedded open CJK
 * font; a QR code on every document to its public verification page; the 送达回证 of each
 * delivery; and the electronic case file (电子案卷) assembled when a case is archived. An
 * archived case takes no new document and voids none (案件已归档，不能修改).
 */
package org.sanxiang.documents;
